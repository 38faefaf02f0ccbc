/** @nvr-widgets/sit-in-planner — side-effect free: import `./define.js` to register `<nvr-sit-in-planner>`. */
export { NvrSitInPlanner } from './nvr-sit-in-planner.js';
