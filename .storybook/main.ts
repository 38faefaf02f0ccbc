import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Offline machines: no telemetry calls home.
  core: { disableTelemetry: true },
  // Decorators: Vite's TypeScript transform (Oxc) reads experimentalDecorators and
  // useDefineForClassFields: false from the root tsconfig.json, so Lit's decorators work unchanged.
  viteFinal: (config) =>
    mergeConfig(config, {
      // Resolve workspace packages to src/*.ts (the "source" export condition): stories run on
      // sources. Setting conditions replaces Vite's defaults, so keep them.
      resolve: { conditions: ['source', ...defaultClientConditions] },
      // Storybook's own bundles (manager, axe) exceed Vite's 500 kB hint; ours are far smaller.
      build: { chunkSizeWarningLimit: 1000 },
      // Storybook's renderer imports lit/directive-helpers.js but is not pre-bundled itself, so in
      // dev that file would load a second lit-html beside the pre-bundled one.
      optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] },
    }),
};

export default config;
