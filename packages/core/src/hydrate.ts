/**
 * Taking over a pre-rendered view (`npm run prerender`: Declarative Shadow DOM written by Lit's
 * server renderer) instead of rendering it again. Its own module, loaded only when an element
 * finds such a view: pages with plain tags never download it.
 */
export { hydrate } from '@lit-labs/ssr-client';
