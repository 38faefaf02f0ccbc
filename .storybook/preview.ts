/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';

interface Declaration {
  members?: { name: string; privacy?: string; static?: boolean }[];
  attributes?: { fieldName?: string }[];
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

// API tables on the Docs pages come from the manifests `npm run build` writes. A glob rather than
// a static import: typecheck and lint run before the build, when the files do not exist yet.
const manifests = Object.values(
  // nvr-widgets' manifest repeats the others (it re-exports them): leave it out.
  import.meta.glob<Manifest>(['../packages/*/custom-elements.json', '!../packages/nvr-widgets/**'], {
    eager: true,
    import: 'default',
  }),
);
const modules = manifests.flatMap((m) => m.modules ?? []);

// Storybook lists every member, private state and static `styles` included, and a property beside
// its attribute. Keep the public API, and each attribute-backed property once, as its attribute.
for (const declaration of modules.flatMap((m) => m.declarations ?? [])) {
  const viaAttribute = new Set(declaration.attributes?.map((a) => a.fieldName));
  declaration.members = declaration.members?.filter(
    (m) => !m.static && (m.privacy ?? 'public') === 'public' && !viaAttribute.has(m.name),
  );
}
// Before the first build there is no manifest: skip it rather than warn "component not found".
if (modules.length) setCustomElementsManifest({ schemaVersion: '1.0.0', modules });

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // Report a11y violations as failures (the default, 'todo', only lists them).
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
