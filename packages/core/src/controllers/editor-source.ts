import type { ReactiveController, ReactiveElement } from 'lit';
import { childScriptText } from '../child-script.js';

/**
 * Editor content that replaces a widget's built-in content: `src`, else the inline
 * `<script type="…">` child, else nothing (the built-in). The loader lives in a lazy chunk and
 * reports its own problems (through `firstEditorSource`, so every widget words them alike); this
 * controller owns when to load and the race guard: a load overtaken by a newer `src` is dropped.
 */
export class EditorSource<T> implements ReactiveController {
  /** The editor's content once loaded and usable; undefined means the built-in content. */
  value?: T;
  /** True while loading: render a busy placeholder, not a flash of built-in content. */
  loading = false;
  private _token = 0;
  private _started = false;
  private _src?: string;

  constructor(
    private readonly _host: ReactiveElement,
    private readonly _scriptType: string,
    private readonly _load: (src: string | undefined, inline: string | undefined) => Promise<T | undefined>,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {}

  /** Call from `willUpdate` with the current `src`: loads on the first call and whenever it changes. */
  sync(src: string | undefined): void {
    const wanted = src?.trim() || undefined;
    if (this._started && wanted === this._src) return;
    this._started = true;
    this._src = wanted;
    const token = ++this._token;
    const inline = childScriptText(this._host, this._scriptType);
    if (!wanted && inline === undefined) {
      // Also ends a load still under way for a `src` that has just been removed.
      this.value = undefined;
      this.loading = false;
      return;
    }
    this.loading = true;
    const settle = (value: T | undefined) => {
      if (token !== this._token) return;
      this.value = value;
      this.loading = false;
      this._host.requestUpdate();
    };
    this._load(wanted, inline).then(settle, () => settle(undefined));
  }
}
