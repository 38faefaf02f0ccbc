/**
 * What `<nvr-cornerstones>` shows: the accordion of sections. Render functions only: they read the
 * context and call its callbacks, never the element's fields.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { heading } from '@nvr-widgets/core';
import { builtInCornerstones } from '../content/cornerstones-content.js';

/** What one section renders: plain strings for built-in content, sanitised fragments for Markdown. */
export interface SectionView {
  id: string;
  title: string;
  summary: string | DocumentFragment;
  body: TemplateResult | DocumentFragment;
}

/** The result of the last "Copy link" press, shown beside that button. */
export interface CopiedLink {
  index: number;
  ok: boolean;
  url: string;
}

export interface CornerstonesViewContext {
  sections: readonly SectionView[];
  headingLevel: number;
  single: boolean;
  locale?: string;
  isOpen: (index: number) => boolean;
  allOpen: boolean;
  copied?: CopiedLink;
  /** The widget's one live region (the Announcer's). */
  status: TemplateResult;
  toggle: (index: number, open?: boolean) => void;
  toggleAll: () => void;
  copyLink: (index: number) => void;
}

/** The five built-in cornerstones, in the current locale. */
export const builtInSections = (): SectionView[] =>
  builtInCornerstones().map(({ id, title, summary, body, examples }) => ({
    id,
    title,
    summary,
    body: html`${body.map((p) => html`<p>${p}</p>`)}
      <p>${msg('For example:')}</p>
      <ul>
        ${examples.map((e) => html`<li>${e}</li>`)}
      </ul>`,
  }));

export function renderCornerstones(ctx: CornerstonesViewContext): TemplateResult {
  return html`<div part="base" class="base" lang=${ctx.locale ?? nothing}>
    ${
      ctx.single
        ? nothing
        : html`<div class="controls no-print">
            <button
              part="toggle-all"
              class="link-button"
              type="button"
              aria-expanded=${ctx.allOpen}
              @click=${ctx.toggleAll}
            >
              ${ctx.allOpen ? msg('Hide all sections') : msg('Show all sections')}
            </button>
          </div>`
    }
    ${ctx.sections.map((s, i) => renderSection(ctx, s, i))} ${ctx.status}
  </div>`;
}

function renderSection(ctx: CornerstonesViewContext, section: SectionView, index: number): TemplateResult {
  const open = ctx.isOpen(index);
  const copied = ctx.copied?.index === index ? ctx.copied : undefined;
  const button = html`<button
    part="button"
    class="toggle"
    type="button"
    id="button-${index}"
    aria-expanded=${open}
    aria-controls="panel-${index}"
    aria-label="${index + 1}. ${section.title}"
    aria-describedby=${section.summary ? `summary-${index}` : nothing}
    @click=${() => ctx.toggle(index)}
  >
    <span part="number" class="number">${index + 1}</span>
    <span class="title">${section.title}</span>
    <svg class="chevron" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d="M5 7.5l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" />
    </svg>
  </button>`;
  return html`<section part="section" class="section" id="section-${index}" data-id=${section.id}>
    ${heading(ctx.headingLevel, button, { part: 'heading', class: 'heading' })}
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
      @beforematch=${() => ctx.toggle(index, true)}
    >
      ${section.body}
      <p class="copy no-print">
        <button part="copy-link" class="link-button" type="button" @click=${() => ctx.copyLink(index)}>
          ${msg('Copy link to this section')}
        </button>
        ${
          // Seen beside the button; heard once, from the status region (a renamed button and the
          // region together said it twice).
          copied?.ok ? html`<span class="copied" aria-hidden="true">${msg('Link copied')}</span>` : nothing
        }
        ${copied && !copied.ok ? html`<span>${msg('Copy this link:')} ${copied.url}</span>` : nothing}
      </p>
    </div>
  </section>`;
}
