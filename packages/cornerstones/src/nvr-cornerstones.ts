import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { NvrElement, childScriptText, emit } from '@nvr-widgets/core';
import { builtInCornerstones } from './cornerstones-content.js';
import { indexFromHash, parseHeadingLevel, parseOpen, sectionHash } from './cornerstones-model.js';
import { styles } from './nvr-cornerstones.styles.js';
import './events.js';

/** What one section renders: plain strings for built-in content, sanitised fragments for Markdown. */
interface SectionView {
  id: string;
  title: string;
  summary: string | DocumentFragment;
  body: TemplateResult | DocumentFragment;
}

/**
 * An accordion explaining the five cornerstones of Non-Violent Resistance (NVR), or sections an
 * editor writes in Markdown. Collapsed text stays findable with find-in-page, everything prints
 * expanded, and `#nvr-cornerstone-N` in the page URL opens and scrolls to section N. A child
 * `<script type="text/markdown">` (or `src`) replaces the built-in sections; other children are
 * not shown.
 *
 * @tag nvr-cornerstones
 *
 * @event {CustomEvent<NvrCornerstoneToggleDetail>} nvr-cornerstone-toggle - A section opened or closed: `{index, id, open}` (index is 1-based).
 * @event {CustomEvent<NvrConfigErrorDetail>} nvr-config-error - An attribute or the Markdown had a problem: `{widget, field, problem}`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart toggle-all - The "Show all sections" / "Hide all sections" button.
 * @csspart section - One cornerstone: heading, summary and panel.
 * @csspart heading - The `h2`–`h6` of a section.
 * @csspart button - The button inside the heading that opens and closes the section.
 * @csspart number - The section number in its circle.
 * @csspart summary - The one-line summary, visible while collapsed.
 * @csspart panel - The section's body, hidden until opened (or found, or printed).
 * @csspart copy-link - The "Copy link to this section" button.
 *
 * @cssprop [--nvr-cornerstones-number-size=2em] - Diameter of the number circle.
 * @cssprop [--nvr-cornerstones-number-background=var(--nvr-color-accent)] - Fill of the number circle.
 * @cssprop [--nvr-cornerstones-number-color=var(--nvr-color-accent-text)] - Colour of the number.
 * @cssprop [--nvr-cornerstones-reserve] - Height reserved before the script runs; see docs/placeholder.css.
 */
export class NvrCornerstones extends NvrElement {
  static override styles = [...NvrElement.styles, styles];
  // Declared here rather than with decorators, as in the fee calculator: fewer bytes, same API.
  static override properties = {
    _markdownSections: { state: true },
    _loading: { state: true },
    _open: { state: true },
    _headingLevel: { state: true },
    _copied: { state: true },
    open: {},
    single: { type: Boolean, reflect: true },
    headingLevel: { attribute: 'heading-level' },
    src: {},
  };

  declare private _markdownSections?: SectionView[];
  /** True while editor Markdown loads: show nothing rather than flash the built-in sections. */
  private _loading = false;
  private _open: ReadonlySet<number> = new Set();
  private _headingLevel = 3;
  /** Result of the last "Copy link" press, shown beside that button. */
  declare private _copied?: { index: number; ok: boolean; url: string };

  /** Sections to open at first: a number (`"2"`), a comma list (`"1,3"`) or `"all"`. */
  declare open?: string;

  /** Allow only one section open at a time. */
  single = false;

  /** Level of each section heading, 2–6, to fit the page's outline. */
  headingLevel: string | number = 3;

  /** URL of a Markdown file whose `## Headings` replace the built-in sections. */
  declare src?: string;

  /** Discards stale async loads when `src` changes again before the first one finished. */
  private _loadToken = 0;

  private get _sections(): SectionView[] {
    return (
      this._markdownSections ??
      builtInCornerstones().map(({ id, title, summary, body, examples }) => ({
        id,
        title,
        summary,
        body: html`${body.map((p) => html`<p>${p}</p>`)}
          <p>${msg('For example:')}</p>
          <ul>
            ${examples.map((e) => html`<li>${e}</li>`)}
          </ul>`,
      }))
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this._onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this._onHashChange);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('headingLevel')) {
      const { value, problem } = parseHeadingLevel(String(this.headingLevel));
      if (problem) this.problems.report('heading-level', problem);
      this._headingLevel = value;
    }
    if (changed.has('src') || !this.hasUpdated) void this._loadEditorContent();
    if (this._loading) return;
    if (changed.has('open') || changed.has('_loading')) {
      this._applyOpenAttribute();
    } else if (changed.has('single') && this.single && this._open.size > 1) {
      this._setOpen(new Set([Math.min(...this._open)]));
    }
    // A deep link applies once the sections it numbers are known: at first, or after Markdown loads.
    if (!this.hasUpdated || changed.has('_loading')) void this._openFromHash(false);
  }

  private _applyOpenAttribute(): void {
    const { value, problem } = parseOpen(this.open, this._sections.length, this.single);
    if (problem) this.problems.report('open', problem);
    this._open = new Set(value);
  }

  /** Editor Markdown (`src`, else the inline script) replaces the built-in sections when valid. */
  private async _loadEditorContent(): Promise<void> {
    const token = ++this._loadToken;
    const inline = childScriptText(this, 'text/markdown');
    if (!this.src && inline === undefined) {
      // Also ends a load still under way for a `src` that has just been removed.
      this._markdownSections = undefined;
      this._loading = false;
      return;
    }
    this._loading = true;
    const { loadEditorSections } = await import('./editor-sections.js');
    const sections = await loadEditorSections(this.src, inline, (field, problem) =>
      this.problems.report(field, problem),
    );
    if (token !== this._loadToken) return;
    this._markdownSections = sections;
    this._loading = false;
  }

  private _onHashChange = (): void => void this._openFromHash(true);

  /** Opens and scrolls to `#nvr-cornerstone-N`; on a hash change also moves focus there. */
  private async _openFromHash(moveFocus: boolean): Promise<void> {
    const index = indexFromHash(window.location.hash, this._sections.length);
    if (index === undefined) return;
    this._setOpen(new Set(this.single ? [index] : [...this._open, index]));
    await this.updateComplete;
    const section = this.renderRoot.querySelector<HTMLElement>(`#section-${index}`);
    section?.scrollIntoView({ block: 'start' });
    if (moveFocus) section?.querySelector('button')?.focus({ preventScroll: true });
  }

  /** Replaces the open set and fires one toggle event per section that changed, in order. */
  private _setOpen(next: ReadonlySet<number>): void {
    const before = this._open;
    this._open = next;
    this._sections.forEach(({ id }, i) => {
      const open = next.has(i);
      if (open !== before.has(i)) emit(this, 'nvr-cornerstone-toggle', { index: i + 1, id, open });
    });
  }

  private _toggle(index: number, open = !this._open.has(index)): void {
    const next = new Set(this.single ? [] : this._open);
    if (open) next.add(index);
    else next.delete(index);
    this._setOpen(next);
  }

  private _toggleAll(): void {
    const allOpen = this._open.size === this._sections.length;
    this._setOpen(new Set(allOpen ? [] : this._sections.map((_, i) => i)));
  }

  private async _copyLink(index: number): Promise<void> {
    const url = new URL(sectionHash(index), window.location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      this._copied = { index, ok: true, url };
    } catch {
      // Clipboard access is refused in some embeds (iframes without permission): show the link.
      this._copied = { index, ok: false, url };
    }
  }

  override render() {
    const sections = this._sections;
    const allOpen = this._open.size === sections.length;
    if (this._loading)
      return html`<div part="base" class="base" aria-busy="true"><p>${msg('Loading…')}</p></div>`;
    return html`<div part="base" class="base" lang=${this.settings.locale ?? nothing}>
      ${
        this.single
          ? nothing
          : html`<div class="controls no-print">
              <button
                part="toggle-all"
                class="link-button"
                type="button"
                aria-expanded=${allOpen}
                @click=${this._toggleAll}
              >
                ${allOpen ? msg('Hide all sections') : msg('Show all sections')}
              </button>
            </div>`
      }
      ${sections.map((s, i) => this._renderSection(s, i))}
      <div class="visually-hidden" role="status">${this._copied?.ok ? msg('Link copied') : ''}</div>
    </div>`;
  }

  private _renderSection(section: SectionView, index: number) {
    const open = this._open.has(index);
    const button = html`<button
      part="button"
      class="toggle"
      type="button"
      id="button-${index}"
      aria-expanded=${open}
      aria-controls="panel-${index}"
      aria-label="${index + 1}. ${section.title}"
      aria-describedby=${section.summary ? `summary-${index}` : nothing}
      @click=${() => this._toggle(index)}
    >
      <span part="number" class="number">${index + 1}</span>
      <span class="title">${section.title}</span>
      <svg class="chevron" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <path d="M5 7.5l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" />
      </svg>
    </button>`;
    return html`<section part="section" class="section" id="section-${index}" data-id=${section.id}>
      ${this._renderHeading(button)}
      ${
        section.summary
          ? html`<p part="summary" class="summary" id="summary-${index}">${section.summary}</p>`
          : nothing
      }
      <div
        part="panel"
        class="panel"
        id="panel-${index}"
        role=${
          // A named region only while open: closed, it would be an empty landmark to skip.
          open ? 'region' : nothing
        }
        aria-labelledby=${open ? `button-${index}` : nothing}
        hidden=${open ? nothing : 'until-found'}
        @beforematch=${() => this._toggle(index, true)}
      >
        ${section.body}
        <p class="copy no-print">
          <button part="copy-link" class="link-button" type="button" @click=${() => this._copyLink(index)}>
            ${msg('Copy link to this section')}
          </button>
          ${
            // Seen beside the button; heard once, from the status region (a renamed button and the
            // region together said it twice).
            this._copied?.index === index && this._copied.ok
              ? html`<span class="copied" aria-hidden="true">${msg('Link copied')}</span>`
              : nothing
          }
          ${
            this._copied?.index === index && !this._copied.ok
              ? html`<span>${msg('Copy this link:')} ${this._copied.url}</span>`
              : nothing
          }
        </p>
      </div>
    </section>`;
  }

  /** Literal tags rather than static-html: five small templates beat a second template engine. */
  private _renderHeading(content: TemplateResult) {
    switch (this._headingLevel) {
      case 2:
        return html`<h2 part="heading" class="heading">${content}</h2>`;
      case 4:
        return html`<h4 part="heading" class="heading">${content}</h4>`;
      case 5:
        return html`<h5 part="heading" class="heading">${content}</h5>`;
      case 6:
        return html`<h6 part="heading" class="heading">${content}</h6>`;
      default:
        return html`<h3 part="heading" class="heading">${content}</h3>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nvr-cornerstones': NvrCornerstones;
  }
}
