import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import { childScriptText } from '../child-script.js';
import type { ProblemReporter } from '../emergency-number.js';
import { CHUNKS_FIELD, chunkProblem } from './chunk-problem.js';
import { nextTask } from '../first-render-turns.js';

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
  private _given?: unknown;

  constructor(
    private readonly _host: ReactiveElement,
    private readonly _scriptType: string,
    private readonly _load: (
      src: string | undefined,
      inline: string | undefined,
      given: unknown,
    ) => Promise<T | undefined>,
    /** Told once (as `chunks`) when the loader's chunk cannot load. */
    private readonly _problems?: ProblemReporter,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Call from `willUpdate` with the current `src`: loads on the first call and whenever it changes.
   * `given`, content set as a property (e.g. the fee calculator's `config`), wins over both and is
   * passed to the loader; a new value (by identity) loads again.
   */
  sync(src: string | undefined, given?: unknown): void {
    const wanted = src?.trim() || undefined;
    if (this._started && wanted === this._src && given === this._given) return;
    this._started = true;
    this._src = wanted;
    this._given = given;
    const token = ++this._token;
    const inline = childScriptText(this._host, this._scriptType);
    if (!wanted && inline === undefined && given === undefined) {
      // Also ends a load still under way for a `src` that has just been removed.
      this.value = undefined;
      this.loading = false;
      return;
    }
    this.loading = true;
    // Pre-rendering is synchronous: it writes the loading view, and the browser loads the content.
    if (isServer) return;
    const settle = (value: T | undefined) => {
      if (token !== this._token) return;
      this.value = value;
      this.loading = false;
      this._host.requestUpdate();
    };
    // The widget renders the content a task after its loader is done: reading it (parsing,
    // validating, Markdown) and drawing it in one task kept a tap waiting 200 ms and more on a
    // phone. The loading view stays on screen in between.
    const later = (value: T | undefined) => nextTask().then(() => settle(value));
    void this._load(wanted, inline, given).then(later, (error: unknown) => {
      // The loader reports the content's own problems and does not throw: a rejection is its
      // chunk failing to load. The built-in content shows meanwhile; the editor is told once.
      if (token === this._token) this._problems?.report(CHUNKS_FIELD, chunkProblem(error));
      return later(undefined);
    });
  }
}
