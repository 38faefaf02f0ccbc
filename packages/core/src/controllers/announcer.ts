import { html, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';

/**
 * The widget's one polite live region. `say(text)` announces once; with a `delay` (ms) only the
 * last of quick successive messages is spoken, so typing does not announce every keystroke.
 * Saying the same words again is announced again (the region is emptied first).
 */
export class Announcer implements ReactiveController {
  private _text = '';
  private _timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly _host: ReactiveElement,
    private readonly _delay = 0,
  ) {
    _host.addController(this);
  }

  /** What the region says now. */
  get text(): string {
    return this._text;
  }

  say(text: string): void {
    clearTimeout(this._timer);
    const same = text === this._text;
    if (same) this._set('');
    if (this._delay || same) this._timer = setTimeout(() => this._set(text), this._delay || 50);
    else this._set(text);
  }

  clear(): void {
    clearTimeout(this._timer);
    this._set('');
  }

  hostDisconnected(): void {
    clearTimeout(this._timer);
  }

  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status">${this._text}</div>`;
  }

  private _set(text: string): void {
    if (text === this._text) return;
    this._text = text;
    this._host.requestUpdate();
  }
}
