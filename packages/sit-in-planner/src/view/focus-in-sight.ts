import type { ReactiveController, ReactiveElement } from 'lit';
import { WindowListener } from '@nvr-widgets/core';

/**
 * Scrolls the focused control out from under a sticky bar (WCAG 2.4.11 Focus Not Obscured).
 * Browsers scroll focus into view only when it is outside the viewport, and one under the bar is
 * inside it: most often when moving backwards, or to the error summary.
 */
export class FocusInSight implements ReactiveController {
  /** Until when scrolling may still be bringing the focused control into view (performance.now()). */
  private _until = 0;

  constructor(
    private readonly _host: ReactiveElement,
    private readonly _bar: string,
  ) {
    _host.addController(this);
    new WindowListener(_host, 'scroll', this._onScroll, { capture: true, passive: true });
  }

  hostConnected(): void {
    // On the shadow root: a move between two controls inside it never reaches the host.
    this._host.renderRoot.addEventListener('focusin', this._onFocusIn);
  }

  hostDisconnected(): void {
    this._host.renderRoot.removeEventListener('focusin', this._onFocusIn);
  }

  private _onFocusIn = (): void => {
    this._reveal();
    // The browser may still be scrolling to the control, animated (WebKit) or to a text field's
    // caret: look again as that scrolling happens, for a moment only, never against the visitor.
    this._until = performance.now() + 600;
  };

  private _onScroll = (): void => {
    if (performance.now() < this._until) requestAnimationFrame(() => this._reveal());
  };

  private _reveal(): void {
    const target = this._host.shadowRoot?.activeElement;
    const bar = this._host.renderRoot.querySelector(this._bar)?.getBoundingClientRect();
    if (!target || !bar || target.closest(this._bar)) return;
    const box = target.getBoundingClientRect();
    // Centred, it is clear of the bar, whichever way the visitor was moving.
    if (box.top < bar.bottom && box.bottom > bar.top) target.scrollIntoView({ block: 'center' });
  }
}
