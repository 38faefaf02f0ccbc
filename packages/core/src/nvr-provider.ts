import { LitElement, html, css } from 'lit';
import { ContextProvider } from '@lit/context';
import { nvrSettingsContext, parseLinks, type NvrSettings } from './settings.js';
import { useLocale } from './localization.js';
import { ConfigProblems } from './config-problems.js';

/**
 * Shares site-wide settings with every NVR widget inside it, so an editor sets them once.
 * It renders only its children and adds no box of its own (`display: contents`).
 *
 * @tag nvr-provider
 * @slot - The widgets (and any other content) that receive these settings.
 *
 * @example
 * <nvr-provider locale="en-GB" emergency-number="999"
 *   links='{"findPractitioner": "/find-a-practitioner"}'>
 *   <nvr-cornerstones></nvr-cornerstones>
 * </nvr-provider>
 */
export class NvrProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  // Declared, not decorated, like the widgets: the all-in-one file then carries no decorator code.
  static override properties = {
    locale: {},
    emergencyNumber: { attribute: 'emergency-number' },
    links: { type: Object },
  };

  /** Locale for widgets inside, e.g. `en-GB` (used once translations are configured). */
  declare locale?: string;

  /** Emergency telephone number shown in safety guidance, e.g. `999`, `112`. */
  declare emergencyNumber?: string;

  /** JSON object of named links to the site's own pages, e.g. `{"findPractitioner": "/find"}`. */
  declare links?: Record<string, string>;

  /** What the widgets inside receive (a controller rather than @provide: no decorator code). */
  private readonly _shared = new ContextProvider(this, { context: nvrSettingsContext, initialValue: {} });

  private readonly _problems = new ConfigProblems(this);

  /** The settings shared now. */
  protected get settings(): NvrSettings {
    return this._shared.value;
  }

  override willUpdate(): void {
    // Lit's Object converter gives null for malformed JSON; no attribute at all is fine.
    const parsed =
      this.links === undefined && !this.hasAttribute('links') ? undefined : parseLinks(this.links);
    parsed?.problems.forEach(({ field, problem }) => this._problems.report(field, problem));
    this._shared.setValue({
      ...(this.locale ? { locale: this.locale } : {}),
      ...(this.emergencyNumber ? { emergencyNumber: this.emergencyNumber } : {}),
      ...(parsed?.links ? { links: parsed.links } : {}),
    });
    void useLocale(this.locale);
  }

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nvr-provider': NvrProvider;
  }
}
