import { ContextRoot } from '@lit/context';

/** One per page, whichever bundle (each CDN file has its own copy of core) got there first. */
const ATTACHED = Symbol.for('nvr-widgets/context-root');

/**
 * A `<nvr-provider>` defined after the widgets inside it (its script loaded later than theirs, or
 * it comes from another file) never reached them: each widget asked for the settings once, when
 * nobody could answer, and so showed the built-in emergency number instead of the provider's.
 * Lit's ContextRoot keeps such unanswered requests at the top of the page and asks again when a
 * provider appears. (About 0.3 kB gzip.)
 */
export function answerLateProviders(): void {
  if (Reflect.get(globalThis, ATTACHED) === true) return;
  Reflect.set(globalThis, ATTACHED, true);
  new ContextRoot().attach(document.documentElement);
}
