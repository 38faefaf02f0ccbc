import { LitElement, type PropertyDeclarations } from 'lit';
import { ContextConsumer } from '@lit/context';
import { updateWhenLocaleChanges } from '@lit/localize';
import { baseStyles, tokens } from './tokens.js';
import { ConfigProblems } from './config-problems.js';
import { nvrSettingsContext, type NvrSettings } from './settings.js';

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

  constructor() {
    super();
    // Re-render in the new language when configureLocales() + <nvr-provider locale> switch it.
    updateWhenLocaleChanges(this);
    // A controller rather than @consume: same behaviour, and no decorator code in every bundle.
    new ContextConsumer(this, {
      context: nvrSettingsContext,
      subscribe: true,
      callback: (settings) => (this.settings = settings),
    });
  }

  /** The language in force for this element: provider locale, else nearest `lang`, else en-GB. */
  protected get effectiveLang(): string {
    return this.settings.locale || closestAttribute(this, 'lang') || 'en-GB';
  }
}

/** Nearest ancestor-or-self value of `name`, walking out of shadow roots through their hosts. */
export function closestAttribute(from: Node, name: string): string | null {
  for (let node: Node | null = from; node;) {
    if (node instanceof Element && node.hasAttribute(name)) return node.getAttribute(name);
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}
