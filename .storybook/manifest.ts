/// <reference types="vite/client" />
import { setCustomElementsManifest } from '@storybook/web-components';

/** The parts of a custom-elements manifest (schema 1.0) that the docs pages read. */
export interface Item {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  fieldName?: string;
}
export interface Declaration {
  tagName?: string;
  description?: string;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
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
const isPublic = (name: string | undefined, privacy = 'public') =>
  privacy === 'public' && !name?.startsWith('_');

// The analyzer lists every member, private state and static `styles` included, and a property
// beside its attribute. Keep the public API, and each attribute-backed property once, as its attribute.
for (const declaration of modules.flatMap((m) => m.declarations ?? [])) {
  const viaAttribute = new Set(declaration.attributes?.map((a) => a.fieldName));
  declaration.members = declaration.members?.filter(
    (m) => !m.static && isPublic(m.name, m.privacy) && !viaAttribute.has(m.name),
  );
  declaration.attributes = declaration.attributes?.filter((a) => isPublic(a.fieldName ?? a.name));
}

// Before the first build there is no manifest: skip it rather than warn "component not found".
if (modules.length) setCustomElementsManifest({ schemaVersion: '1.0.0', modules });

/** The element's declaration, or undefined before the first build. */
export const declarationFor = (tagName: string): Declaration | undefined =>
  modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tagName);
