import { isServer, type PropertyValues } from 'lit';
import {
  Announcer,
  EditorSource,
  loadMarkdown,
  NvrElement,
  WindowListener,
  emit,
  linkButtonStyles,
  renderLoading,
} from '@nvr-widgets/core';
import { attributeText as text, parseHeadingLevel } from '@nvr-widgets/core/pure.js';
import { msg } from '@lit/localize';
import { HEADING_LEVELS, sectionHash } from './model/cornerstones-model.js';
import { OpenSections, type SectionChange } from './state/open-sections.js';
import {
  builtInSections,
  renderCornerstones,
  type CopiedLink,
  type SectionView,
} from './view/cornerstones-view.js';
import { styles } from './nvr-cornerstones.styles.js';
import './events.js';

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
  static override styles = [...NvrElement.styles, linkButtonStyles, styles];
  // Declared here rather than with decorators, as in the fee calculator: fewer bytes, same API.
  static override properties = {
    _copied: { state: true },
    open: {},
    single: { type: Boolean, reflect: true },
    headingLevel: { attribute: 'heading-level' },
    src: {},
  };

  /** Sections to open at first: a number (`"2"`), a comma list (`"1,3"`) or `"all"`. */
  declare open?: string;

  /** Allow only one section open at a time. */
  single = false;

  /** Level of each section heading, 2–6, to fit the page's outline. */
  headingLevel: string | number = 3;

  /** URL of a Markdown file whose `## Headings` replace the built-in sections. */
  declare src?: string;

  /** Result of the last "Copy link" press, shown beside that button. */
  declare private _copied?: CopiedLink;
  private _headingLevel: number = HEADING_LEVELS.fallback;
  private readonly _state = new OpenSections();
  /** Editor Markdown was loading: when it ends, the open state starts afresh for the new sections. */
  private _wasLoading = false;
  private readonly _announcer = new Announcer(this);
  /**
   * Editor Markdown (`src`, else the inline script). Its loader and renderer (marked + DOMPurify) are
   * a lazy chunk pages with built-in content never load; if the chunk cannot load, EditorSource
   * keeps the built-in sections and tells the editor (`chunks`, as every widget does).
   */
  private readonly _editor = new EditorSource(
    this,
    'text/markdown',
    async (src, inline) => {
      // The Markdown reader is fetched beside the loader, not after it: one round trip, not two.
      loadMarkdown().catch(() => {}); // the loader awaits it too, and reports a failure
      const { loadEditorSections } = await import('./view/lazy/editor-sections.js');
      return loadEditorSections(src, inline, (field, problem) => this.problems.report(field, problem));
    },
    this.problems,
  );

  constructor() {
    super();
    new WindowListener(this, 'hashchange', () => void this._openFromHash(true));
  }

  private get _sections(): readonly SectionView[] {
    return this._editor.value ?? builtInSections();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('headingLevel')) {
      const { value, problem } = parseHeadingLevel(this.headingLevel, HEADING_LEVELS);
      if (problem) this.problems.report('heading-level', problem);
      this._headingLevel = value;
    }
    // Properties may be set to anything from script: read them as text, never throw.
    this._editor.sync(text(this.src));
    if (this._editor.loading) {
      this._wasLoading = true;
      return;
    }
    const fresh = !this.hasUpdated || this._wasLoading;
    this._wasLoading = false;
    this._state.count = this._sections.length;
    if (fresh || changed.has('open')) {
      this._state.single = Boolean(this.single);
      const problem = this._state.applyAttribute(text(this.open));
      if (problem) this.problems.report('open', problem);
    } else if (changed.has('single')) {
      this._emitChanges(this._state.setSingle(Boolean(this.single)));
    }
    // A deep link applies once the sections it numbers are known: at first, or after Markdown loads.
    if (fresh && !isServer) this.afterHydration(() => void this._openFromHash(false));
  }

  /** One `nvr-cornerstone-toggle` per section that opened or closed, in order. */
  private _emitChanges(changes: SectionChange[]): void {
    const sections = this._sections;
    for (const { index, open } of changes) {
      emit(this, 'nvr-cornerstone-toggle', { index: index + 1, id: sections[index]?.id ?? '', open });
    }
    if (changes.length) this.requestUpdate();
  }

  /** Opens and scrolls to `#nvr-cornerstone-N`; on a hash change also moves focus there. */
  private async _openFromHash(moveFocus: boolean): Promise<void> {
    const found = this._state.openFromHash(window.location.hash);
    if (!found) return;
    this._emitChanges(found.changes);
    await this.updateComplete;
    const section = this.renderRoot.querySelector<HTMLElement>(`#section-${found.index}`);
    section?.scrollIntoView({ block: 'start' });
    if (moveFocus) section?.querySelector('button')?.focus({ preventScroll: true });
  }

  private async _copyLink(index: number): Promise<void> {
    const url = new URL(sectionHash(index), window.location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      this._copied = { index, ok: true, url };
      this._announcer.say(msg('Link copied'));
    } catch {
      // Clipboard access is refused in some embeds (iframes without permission): show the link.
      this._copied = { index, ok: false, url };
      this._announcer.clear();
    }
  }

  override render() {
    if (this._editor.loading) return renderLoading();
    const state = this._state;
    return renderCornerstones({
      sections: this._sections,
      headingLevel: this._headingLevel,
      single: state.single,
      locale: this.settings.locale,
      isOpen: (index) => state.has(index),
      allOpen: state.allOpen,
      copied: this._copied,
      status: this._announcer.render(),
      toggle: (index, open) => this._emitChanges(state.toggle(index, open)),
      toggleAll: () => this._emitChanges(state.toggleAll()),
      copyLink: (index) => void this._copyLink(index),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nvr-cornerstones': NvrCornerstones;
  }
}
