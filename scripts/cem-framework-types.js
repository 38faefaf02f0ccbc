/**
 * A custom-elements-manifest analyzer plugin: once a package's manifest is complete, it writes the
 * framework types that package ships, generated from that manifest by
 * `custom-element-jsx-integration` and `custom-element-vuejs-integration`:
 *
 * - `dist/jsx-integration.d.ts`: `CustomElements`, each tag's props (attributes, properties and
 *   `on<event>` handlers with the event's typed `detail`);
 * - `dist/react.d.ts`: adds those tags to React 19's `JSX.IntrinsicElements`, with React's own
 *   HTML attributes, `ref` and `key`; an app loads it once with `import type {} from '<pkg>/react'`;
 * - `dist/vue.d.ts`: adds them to Vue's `GlobalComponents` (`import type {} from '<pkg>/vue'`).
 *
 * Types come from the element classes themselves (`NvrEscalationQuiz['mode']`), so a property's
 * TypeScript type (a union such as `'learn' | 'reflect'`) is what a framework user sees. The
 * generators read a copy of the manifest prepared for them: private, protected and `_` members are
 * left out (Lit's `@state()` fields are listed as attributes by the analyzer), and each event's type
 * is its `detail` as the package declares it in `HTMLElementEventMap`, so no detail type needs
 * importing and `on<event>` handlers get `CustomEvent<detail>`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const OUT = 'dist';
const hidden = (member) =>
  member.privacy === 'private' || member.privacy === 'protected' || member.name.startsWith('_');

/** A copy of the manifest with only the public surface, events typed by their detail. */
export function forFrameworks(manifest) {
  const copy = structuredClone(manifest);
  for (const mod of copy.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.tagName) continue;
      const notPublic = new Set((declaration.members ?? []).filter(hidden).map((m) => m.name));
      declaration.members = (declaration.members ?? []).filter((m) => !notPublic.has(m.name));
      declaration.attributes = (declaration.attributes ?? []).filter(
        (a) => !a.name.startsWith('_') && !notPublic.has(a.fieldName ?? a.name),
      );
      declaration.events = (declaration.events ?? []).map((event) => ({
        ...event,
        type: { text: `HTMLElementEventMap['${event.name}']['detail']` },
      }));
    }
  }
  return copy;
}

const camel = (name) => name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const pascal = (name) => camel(name).replace(/^./, (c) => c.toUpperCase());

/**
 * Vue's template compiler (and vue-tsc with strictTemplates) reads `show-vat="…"` as the prop
 * `showVat` and `@nvr-fee-change` as `onNvrFeeChange`: the generator's kebab-case keys would match
 * neither, so every multi-word attribute and every event is renamed to the key Vue looks up.
 */
export function vueKeys(text, manifest) {
  const renames = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.tagName) continue;
      for (const { name } of declaration.attributes ?? [])
        if (name.includes('-')) renames.set(`"${name}"?:`, `${camel(name)}?:`);
      for (const { name } of declaration.events ?? []) renames.set(`"on${name}"?:`, `on${pascal(name)}?:`);
    }
  }
  for (const [from, to] of renames) text = text.replaceAll(from, to);
  return text;
}

const header = (what) =>
  `// Generated from custom-elements.json by scripts/cem-framework-types.js (${what}): do not edit.\n`;

/** React 19: the tags join JSX.IntrinsicElements with React's own attributes for that element. */
export function reactTypes(tags, packageName) {
  return `${header('React 19 JSX types')}// Load once in a React 19 app: import type {} from '${packageName}/react';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CustomElements } from './jsx-integration.js';

type ElementOf<K> = K extends keyof HTMLElementTagNameMap ? HTMLElementTagNameMap[K] : HTMLElement;

/** The element's attributes, properties and on<event> handlers, then React's HTML attributes, ref and key. */
type ReactProps<K extends keyof CustomElements> = Omit<
  CustomElements[K],
  keyof HTMLAttributes<HTMLElement> | 'ref' | 'key' | 'children' | 'class' | 'classList' | 'htmlFor' | 'part'
> &
  DetailedHTMLProps<HTMLAttributes<ElementOf<K>>, ElementOf<K>>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${tags.map((tag) => `      '${tag}': ReactProps<'${tag}'>;`).join('\n')}
    }
  }
}
`;
}

export function frameworkTypesPlugin() {
  return {
    name: 'nvr-framework-types',
    packageLinkPhase({ customElementsManifest }) {
      const manifest = forFrameworks(customElementsManifest);
      const tags = manifest.modules
        .flatMap((m) => (m.declarations ?? []).map((d) => d.tagName))
        .filter(Boolean);
      if (!tags.length) return;
      const packageName = JSON.parse(readFileSync('package.json', 'utf8')).name;
      mkdirSync(OUT, { recursive: true });
      const common = { outdir: OUT, globalTypePath: './index.js', hideLogs: true };
      generateJsxTypes(manifest, { ...common, fileName: 'jsx-integration.d.ts' });
      generateVuejsTypes(manifest, { ...common, fileName: 'vue.d.ts' });
      // The Vue generator also adds the tags to a global JSX namespace, with Vue component types as
      // their props: wrong for every JSX runtime and a clash in apps that have one. Vue templates
      // read GlobalComponents only.
      const vue = path.join(OUT, 'vue.d.ts');
      const vueText = readFileSync(vue, 'utf8').replace(
        /\n\s*declare global \{\s*namespace JSX \{[\s\S]*?\n\s*\}\s*\n\s*\}\s*$/,
        '\n',
      );
      writeFileSync(vue, header('Vue GlobalComponents') + vueKeys(vueText, manifest));
      const jsx = path.join(OUT, 'jsx-integration.d.ts');
      writeFileSync(jsx, header('JSX props per tag') + readFileSync(jsx, 'utf8'));
      writeFileSync(path.join(OUT, 'react.d.ts'), reactTypes(tags, packageName));
    },
  };
}
