import { LitElement, html, css } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { nvrSettingsContext, type NvrSettings } from './settings.js';
import { useLocale } from './localization.js';

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

  override willUpdate(): void {
    const links = this._validLinks();
    this.settings = {
      ...(this.locale ? { locale: this.locale } : {}),
      ...(this.emergencyNumber ? { emergencyNumber: this.emergencyNumber } : {}),
      ...(links ? { links } : {}),
    };
    void useLocale(this.locale);
  }

  /** Lit's Object converter yields null for malformed JSON; keep only string values. */
  private _validLinks(): Record<string, string> | undefined {
    if (this.links == null) {
      if (this.hasAttribute('links')) {
        console.warn('<nvr-provider> links: is not valid JSON; ignored.');
      }
      return undefined;
    }
    return Object.fromEntries(
      Object.entries(this.links).filter(([, v]) => typeof v === 'string'),
    ) as Record<string, string>;
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
