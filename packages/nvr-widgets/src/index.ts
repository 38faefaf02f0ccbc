/** nvr-widgets — every NVR widget in one package. Side-effect free: import `./define.js` to register all tags. */
export * from '@nvr-widgets/core';
export * from '@nvr-widgets/cornerstones';
