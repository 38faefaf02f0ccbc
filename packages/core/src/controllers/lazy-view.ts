import {
  adoptStyles,
  html,
  type CSSResultOrNative,
  type ReactiveController,
  type ReactiveElement,
  type TemplateResult,
} from 'lit';
import { msg } from '@lit/localize';
import type { ConfigProblems } from '../config-problems.js';
import { CHUNKS_FIELD, chunkProblem } from './chunk-problem.js';

/** What a lazily loaded view module may bring besides its render functions: its own styles. */
export interface LazyModule {
  readonly viewStyles?: CSSResultOrNative;
}

/** Styles adopted from lazy chunks, per shadow root, so a second chunk does not drop the first's. */
const extraStyles = new WeakMap<ShadowRoot, CSSResultOrNative[]>();

/**
 * A view that lives in its own chunk (`view/lazy/`): loaded once, on first need; its styles join
 * the element's; a failure (offline, or the `chunks/` folder not copied beside the script) is
 * reported once as `chunks` and shown to the visitor with one message and a Try again button, the
 * same in every widget.
 */
export class LazyView<M extends object> implements ReactiveController {
  /** The loaded module, once it has arrived. */
  module?: M;
  /** The last attempt failed: render {@link LazyView.failure} instead of the view. */
  failed = false;
  private _pending?: Promise<M>;

  constructor(
    private readonly _host: ReactiveElement,
    private readonly _problems: ConfigProblems,
    private readonly _import: () => Promise<M>,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {}

  /** Starts loading (once) and resolves with the module; rejects, after reporting, if it cannot. */
  load(): Promise<M> {
    this._pending ??= this._import().then(
      (module) => {
        this._adopt(module);
        this.module = module;
        this.failed = false;
        this._host.requestUpdate();
        return module;
      },
      (error: unknown) => {
        this._pending = undefined;
        this.failed = true;
        this._problems.report(CHUNKS_FIELD, chunkProblem(error));
        this._host.requestUpdate();
        throw error;
      },
    );
    return this._pending;
  }

  /** The module if loaded; otherwise starts loading and gives undefined (render a loading state). */
  get(): M | undefined {
    if (!this.module && !this.failed) this.load().catch(() => {});
    return this.module;
  }

  /** "Try again" after a failure. */
  retry = (): void => {
    this.failed = false;
    this.load().catch(() => {});
    this._host.requestUpdate();
  };

  /**
   * What the visitor sees when the chunk could not load: one message, one way forward. `retried`
   * runs after Try again starts loading (the planner focuses its heading there: the button goes
   * away, and a click from a script or a switch device leaves no focus to fall back from).
   */
  failure(reassurance?: string, retried?: () => void): TemplateResult {
    const retry = () => (this.retry(), retried?.());
    return html`<div class="lazy-failed">
      <p role="alert">
        ${msg('This part could not load. Check your connection, then try again.')} ${reassurance ?? ''}
      </p>
      <p><button class="button" type="button" @click=${retry}>${msg('Try again')}</button></p>
    </div>`;
  }

  private _adopt(module: M): void {
    const root = this._host.renderRoot;
    // A chunk without styles of its own (no `viewStyles` export) is a LazyModule too.
    const { viewStyles } = module as LazyModule;
    if (!viewStyles || !(root instanceof ShadowRoot)) return;
    const extras = extraStyles.get(root) ?? [];
    if (extras.includes(viewStyles)) return;
    extras.push(viewStyles);
    extraStyles.set(root, extras);
    const own = (this._host.constructor as typeof ReactiveElement).elementStyles;
    adoptStyles(root, [...own, ...extras]);
    // WebKit (2.50) matches the sheets' media queries against the viewport they were first used
    // at: after a phone turns, a layout would not change. Once styles are resolved, assigning the
    // list again makes it evaluate them afresh.
    if (root.adoptedStyleSheets) {
      this._host.getBoundingClientRect();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets];
    }
  }
}
