import { LitElement, isServer, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import { updateWhenLocaleChanges } from '@lit/localize';
import { baseStyles, tokens } from './tokens.js';
import { ConfigProblems } from './config-problems.js';
import { nvrSettingsContext, type NvrSettings } from './settings.js';
import { firstRenderTurn } from './first-render-turns.js';
import { answerLateProviders } from './late-providers.js';

type Hydrate = typeof import('./hydrate.js').hydrate;
/** Lit's hydration, once a pre-rendered widget on the page has loaded it. */
let hydrateView: Hydrate | undefined;
let hydration: Promise<void> | undefined;
const loadHydration = (): Promise<void> =>
  (hydration ??= import('./hydrate.js').then(
    (module) => void (hydrateView = module.hydrate),
    // Offline, or chunks/ not copied beside the script: _takeOver renders afresh instead.
    () => (hydration = undefined),
  ));

/**
 * Behaviour every NVR widget shares; concrete widgets add styles and rendering.
 * - `settings`: what the nearest `<nvr-provider>` shares (empty without one).
 * - `problems`: one warning + `nvr-config-error` per distinct editor mistake.
 * - `effectiveLang`: provider locale, else the nearest `lang` across shadow roots (for `Intl`).
 * Direction needs no code: CSS `direction` inherits into shadow roots and styles are logical.
 */
export class NvrElement extends LitElement {
  static override styles = [tokens, baseStyles];
  // Declared, not decorated: a widget without decorators of its own then carries no decorator
  // code at all (about 0.3 kB gzip per bundle).
  static override properties: PropertyDeclarations = { settings: { state: true } };

  /** Settings shared by the nearest `<nvr-provider>`, kept up to date. */
  protected settings: NvrSettings = {};

  protected readonly problems = new ConfigProblems(this);

  /**
   * True until the update that takes over a pre-rendered view (`npm run prerender`) is done, its
   * renders included. Lit hydrates by keeping the server's nodes and trusting they show what that
   * render returns, so it must return what the server saw: attributes only. What the server cannot
   * know (the URL's hash, saved work, the visitor's clock, a provider's settings, the page's lang)
   * waits for {@link NvrElement.afterHydration}.
   */
  protected hydrating = !isServer && this.shadowRoot !== null;

  /**
   * `:host(:state(pending))` until the first render (tokens.ts): first renders wait for their turn,
   * and meanwhile the element is defined, so the page's placeholder rule no longer holds its space.
   */
  private readonly _internals = isServer ? undefined : this.attachInternals();

  /** Runs `apply` now, or right after the pre-rendered view has been taken over. */
  protected afterHydration(apply: () => void): void {
    if (this.hydrating) void this.updateComplete.then(apply);
    else apply();
  }

  constructor() {
    super();
    // A pre-rendered view holds its own space. (Engines without custom states keep none.)
    if (!this.hydrating) {
      try {
        this._internals?.states.add('pending');
      } catch {
        // Custom states before 2024 took only "--pending"; such an engine reserves nothing here.
      }
    }
    // Re-render in the new language when configureLocales() + <nvr-provider locale> switch it.
    updateWhenLocaleChanges(this);
    // Before asking: a provider that is defined later must still find this widget.
    if (!isServer) answerLateProviders();
    // A controller rather than @consume: same behaviour, and no decorator code in every bundle.
    new ContextConsumer(this, {
      context: nvrSettingsContext,
      subscribe: true,
      // The pre-rendered view was written without a provider (attributes only), and taking it over
      // must render exactly that, or its emergency number and lang would stay the build's for good:
      // the provider's settings arrive in the update right after.
      callback: (settings) => this.afterHydration(() => (this.settings = settings)),
    });
  }

  /**
   * The first update waits for its turn (first-render-turns.ts), and a pre-rendered view for the
   * code that takes it over (a small chunk only such pages load). Either way what is on screen
   * stays: a placeholder's reserved space, or the pre-rendered view itself.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    // The turn is taken once that code is here. Waited for side by side, every pre-rendered widget
    // on the page had had its turn before the chunk arrived, and all of them then hydrated in the
    // one microtask checkpoint after it: one long task again.
    const code = this.hydrating && !hydrateView ? loadHydration() : undefined;
    const turn = code ? code.then(firstRenderTurn) : firstRenderTurn();
    const prepared = this.prepareFirstRender ? turn.then(() => this._prepare()) : turn;
    return prepared.then(() => super.scheduleUpdate());
  }

  /**
   * Work the first render needs that can run a task ahead of it, in a turn of its own: two shorter
   * tasks instead of one long one. (The fee calculator creates the page's first currency formatter
   * here: ICU loading its number data was most of its first render, and the page's longest task.)
   */
  protected prepareFirstRender?(): void;

  private _prepare(): Promise<unknown> {
    try {
      this.prepareFirstRender?.();
    } catch {
      // Preparing is only ever a head start: the render meets the same problem and reports it.
    }
    return firstRenderTurn();
  }

  protected override update(changed: PropertyValues): void {
    if (this.hydrating) this._takeOver();
    // After hydration this renders into the same nodes, changing only what differs.
    super.update(changed);
    // Renders from here on are the browser's own.
    this.hydrating = false;
    // In the same task as the render it gave way to: no frame shows the widget without either.
    this._internals?.states.delete('pending');
  }

  /**
   * Hydrates the pre-rendered view. If that cannot be done (its chunk did not load, or the markup
   * came from another version of the widget), the widget renders afresh: it works, with one flash.
   */
  private _takeOver(): void {
    const root = this.renderRoot;
    // LitElement renders before the root's first child, here the pre-rendered stylesheet link; and
    // Lit finds an earlier render on that node. The hydrated render lives on the root itself.
    this.renderOptions.renderBefore = null;
    try {
      if (!hydrateView) throw new Error('its code could not load');
      hydrateView(this.render(), root, this.renderOptions);
      return;
    } catch (error) {
      this.problems.report(
        'pre-rendered markup',
        `it could not be taken over (${error instanceof Error ? error.message : String(error)}), so it was` +
          ' rendered again; pre-render with the same version as the script',
      );
    }
    root.replaceChildren();
    // Rendered afresh, nothing needs to look like the server's: the browser's own view at once.
    this.hydrating = false;
  }

  /**
   * The language in force for this element: provider locale, else nearest `lang`, else en-GB.
   * While hydrating, what the server saw: the element's own `lang` (it had no page around it).
   */
  protected get effectiveLang(): string {
    if (this.hydrating) return this.getAttribute('lang') || 'en-GB';
    return this.settings.locale || closestAttribute(this, 'lang') || 'en-GB';
  }
}

/** Nearest ancestor-or-self value of `name`, walking out of shadow roots through their hosts. */
export function closestAttribute(from: Node, name: string): string | null {
  // Pre-rendering (Lit's server renderer) has no tree to walk: the element's own attribute counts.
  // (No DOM globals there either: Lit's element shim has getAttribute, so test for that.)
  if (isServer)
    return 'getAttribute' in from && typeof from.getAttribute === 'function' ? from.getAttribute(name) : null;
  for (let node: Node | null = from; node;) {
    if (node instanceof Element && node.hasAttribute(name)) return node.getAttribute(name);
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}
