/**
 * A pre-rendered planner as an editor pastes it: the build's snippet (dist/html, so run
 * `npm run build` first), parsed with setHTMLUnsafe, which builds the declarative shadow root and,
 * like a blocked CDN, never runs the snippet's own <script>: each test decides whether the
 * widget's script loads.
 */
import type { NvrSitInPlanner } from '../src/index.js';
import { prerenderedSnippet, stylesheetLoaded } from '../../../test/helpers.js';

export { shownOnScreen as shown } from '../../../test/helpers.js';

/**
 * The snippet with `attributes` added to the tag. Only attributes the server does not render from
 * (`storage-key`, `start-step`) are added this way: the markup is then exactly what
 * `npm run prerender -- nvr-sit-in-planner <attributes>` writes.
 */
export async function prerendered(attributes = ''): Promise<NvrSitInPlanner> {
  // The element's tag, not the snippet's comment that names it.
  const markup = (await prerenderedSnippet('nvr-sit-in-planner')).replace(
    /<nvr-sit-in-planner\s*>(?=<template)/,
    `<nvr-sit-in-planner ${attributes}>`,
  );
  const host = document.createElement('div');
  document.body.append(host);
  host.setHTMLUnsafe(markup);
  const el = host.querySelector('nvr-sit-in-planner');
  if (!el?.shadowRoot) throw new Error('the snippet has no declarative shadow root');
  if (attributes && !el.hasAttributes()) throw new Error(`the tag did not take ${attributes}`);
  // Its stylesheet, so heights and visibility are what a visitor sees.
  await stylesheetLoaded(el);
  return el;
}
