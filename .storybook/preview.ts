/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';

// API tables on the Docs pages come from the manifests `npm run build` writes. A glob rather than
// a static import: typecheck and lint run before the build, when the files do not exist yet.
const manifests = Object.values(
  import.meta.glob<{ modules?: unknown[] }>('../packages/*/custom-elements.json', {
    eager: true,
    import: 'default',
  }),
);
setCustomElementsManifest({
  schemaVersion: '1.0.0',
  modules: manifests.flatMap((m) => m.modules ?? []),
});

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // Fail the a11y panel on violations rather than only listing them.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
