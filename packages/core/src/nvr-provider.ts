import { LitElement, html, css } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
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

  /** Locale for widgets inside, e.g. `en-GB` (used once translations are configured). */
  @property() locale?: string;

  /** Emergency telephone number shown in safety guidance, e.g. `999`, `112`. */
  @property({ attribute: 'emergency-number' }) emergencyNumber?: string;

  /** JSON object of named links to the site's own pages, e.g. `{"findPractitioner": "/find"}`. */
  @property({ type: Object }) links?: Record<string, string>;

  @provide({ context: nvrSettingsContext })
  protected settings: NvrSettings = {};

  private readonly _problems = new ConfigProblems(this);

  override willUpdate(): void {
    // Lit's Object converter gives null for malformed JSON; no attribute at all is fine.
    const parsed =
      this.links === undefined && !this.hasAttribute('links') ? undefined : parseLinks(this.links);
    parsed?.problems.forEach(({ field, problem }) => this._problems.report(field, problem));
    this.settings = {
      ...(this.locale ? { locale: this.locale } : {}),
      ...(this.emergencyNumber ? { emergencyNumber: this.emergencyNumber } : {}),
      ...(parsed?.links ? { links: parsed.links } : {}),
    };
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
