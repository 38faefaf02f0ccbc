import { css } from 'lit';

/**
 * Rules for pre-rendered markup (`npm run prerender`) before the script has defined the element.
 * `:host(:not(:defined))` never matches once a script has styled the element, so no bundle carries
 * them: `scripts/prerender.js` writes them into the snippet's stylesheet, after the element's own.
 *
 * - The view for readers without the script replaces the first view only if the script has still
 *   not defined the element after a while (a blocked CDN, an old browser, a CSP mistake): a script
 *   on its way must not be raced, or the page would jump when it arrives. Animated, not switched
 *   by display: an element with display: none runs no animation, and Firefox does not animate
 *   display; these properties flip in every engine.
 * - While hidden it is not laid out either: it waits off screen, where content-visibility: auto
 *   skips its contents (above the widget, the one side no page can be scrolled to). The planner's
 *   printable plan is bigger than its first view, and laying it out for nothing held the host
 *   page's first paint (+208 ms against the plain embed at 4x CPU; about equal without). Not
 *   content-visibility: hidden flipped by the animation: WebKit then never lays the shown contents
 *   out (height 0), while a box coming on screen is laid out in every engine.
 * - The parser may stop for a frame anywhere in a pre-rendered view (a network chunk ends, its
 *   time slice is up), and a half-parsed view moves as the rest arrives: an end-aligned button
 *   grows leftwards as its words come in. The view shows once the no-script view after it has
 *   begun (prerender always writes one), so its first frame is its finished layout.
 */
export const prerenderStyles = css`
  :host(:not(:defined)) .no-script {
    display: block;
    content-visibility: auto;
    contain-intrinsic-block-size: auto none;
    position: absolute;
    inset-block-start: -1000vh;
    visibility: hidden;
    max-block-size: 0;
    overflow: hidden;
    animation: nvr-no-script-show 0s var(--nvr-no-script-delay, 3s) forwards;
  }
  @media print {
    /* On paper every part of it, on screen or not. */
    :host(:not(:defined)) .no-script {
      content-visibility: visible;
    }
  }
  :host(:not(:defined)) .base:not(:has(~ .no-script)) {
    visibility: hidden;
  }
  :host(:not(:defined)) .base {
    animation: nvr-no-script-hide 0s var(--nvr-no-script-delay, 3s) forwards;
  }
  @keyframes nvr-no-script-show {
    to {
      position: static;
      visibility: visible;
      max-block-size: none;
      overflow: visible;
    }
  }
  @keyframes nvr-no-script-hide {
    to {
      position: absolute;
      visibility: hidden;
      max-block-size: 0;
      overflow: hidden;
    }
  }
`;
