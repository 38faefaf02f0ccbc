import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Offline machines: no telemetry calls home.
  core: { disableTelemetry: true },
  viteFinal: (config) =>
    mergeConfig(config, {
      // Resolve workspace packages to src/*.ts (the "source" export condition), so stories run on
      // sources. Setting conditions replaces Vite's defaults, so keep them.
      resolve: { conditions: ['source', ...defaultClientConditions] },
      // Lit's decorators need experimentalDecorators + useDefineForClassFields: false. Oxc reads
      // them from tsconfig.json already; stating them here keeps a tsconfig change from silently
      // leaving decorators untransformed (a blank story).
      oxc: {
        decorator: { legacy: true },
        assumptions: { setPublicClassFields: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
      },
    }),
};

export default config;
