import { LitElement, html, css } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { nvrSettingsContext, type NvrSettings } from './settings.js';
import { useLocale } from './localization.js';
import { ConfigProblems } from './config-problems.js';
import { isSafeUrl } from './urls.js';

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

  private readonly _problems = new ConfigProblems(this);

  /** Keeps only string links with safe URLs; Lit's Object converter gives null for bad JSON. */
  private _validLinks(): Record<string, string> | undefined {
    const links: unknown = this.links;
    if (links == null || typeof links !== 'object' || Array.isArray(links)) {
      if (this.hasAttribute('links')) {
        this._problems.report('links', 'is not a JSON object of names and URLs; ignored');
      }
      return undefined;
    }
    const valid: Record<string, string> = {};
    for (const [name, url] of Object.entries(links)) {
      if (typeof url === 'string' && isSafeUrl(url)) valid[name] = url;
      else
        this._problems.report(
          `links.${name}`,
          `${JSON.stringify(url)} is not an http(s) or relative URL; ignored`,
        );
    }
    return valid;
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
