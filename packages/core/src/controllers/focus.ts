import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Where keyboard and screen-reader users are taken after a render: `after('#heading')` focuses
 * that element once it exists (a lazily loaded view may need another render first). And when a
 * render removes the focused control ("No, keep my plan"), focus goes to the widget's `fallback`
 * instead of falling to the page's body.
 */
export class FocusController implements ReactiveController {
  private _target?: string;
  private _before: Element | null = null;

  constructor(
    private readonly _host: ReactiveElement,
    private readonly _fallback: () => string | undefined = () => undefined,
  ) {
    _host.addController(this);
  }

  /** Focus the first element matching `selector` after the next render that shows it. */
  after(selector: string): void {
    this._target = selector;
    this._host.requestUpdate();
  }

  hostUpdate(): void {
    this._before = this._host.shadowRoot?.activeElement ?? null;
  }

  hostUpdated(): void {
    const root = this._host.renderRoot;
    const lost = this._before && !this._before.isConnected;
    this._before = null;
    if (this._target) {
      const target = root.querySelector<HTMLElement>(this._target);
      if (!target) return;
      this._target = undefined;
      target.focus();
    } else if (lost) {
      const fallback = this._fallback();
      if (fallback) root.querySelector<HTMLElement>(fallback)?.focus();
    }
  }
}
