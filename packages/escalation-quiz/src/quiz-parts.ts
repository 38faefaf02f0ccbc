/**
 * Rendering pieces shared by the element and its lazily loaded views (answers, reflect mode), and
 * the narrow interface those views use to act on the element.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { EmergencyNumber } from '@nvr-widgets/core';
import type { Answer } from './quiz-model.js';
import { fragmentCopy } from './fragment-copy.js';

/** What a lazily loaded view may read from and ask of the element. */
export interface QuizHost {
  /** "Question 2 of 6" heading, with Back from the second step on. */
  progress(label: string, position: number): TemplateResult;
  /** The radio group; `chosen` is the visitor's earlier answer, if any. */
  options<T extends string | number>(
    legend: string,
    options: { value: T; label: string; hint?: string }[],
    chosen: T | undefined,
    choose: (value: T) => void,
  ): TemplateResult;
  /** Next, or the results after the last step; with nothing chosen, asks for a choice. */
  next(): void;
  /** A new draw (learn) or a fresh start (reflect). */
  retry(): void;
  /** Shows or hides the list of every question with its answer (learn results). */
  toggleReview(): void;
  /** From `<nvr-provider>`, default 999. */
  emergencyNumber: EmergencyNumber;
  /** A safe URL, or undefined when none is configured. */
  deEscalationUrl?: string;
  /** Level of the main headings (`heading-level`, 2–4); sub-headings are one below. */
  headingLevel: number;
}

/**
 * A heading at `level` (2–5), focusable so that the quiz can move focus to each step's heading.
 * Literal tags rather than static-html: a few small templates cost less than a second engine.
 */
export function heading(level: number, content: unknown, id: string, cls = 'sub', describedBy?: string) {
  const part = cls === 'progress' ? cls : nothing;
  // What focus on the heading should also say (the score under "Your results").
  const d = describedBy ?? nothing;
  return level < 3
    ? html`<h2 part=${part} class=${cls} id=${id} tabindex="-1" aria-describedby=${d}>${content}</h2>`
    : level < 4
      ? html`<h3 part=${part} class=${cls} id=${id} tabindex="-1" aria-describedby=${d}>${content}</h3>`
      : level < 5
        ? html`<h4 part=${part} class=${cls} id=${id} tabindex="-1" aria-describedby=${d}>${content}</h4>`
        : html`<h5 part=${part} class=${cls} id=${id} tabindex="-1" aria-describedby=${d}>${content}</h5>`;
}

/** Built-in text becomes a paragraph; editor Markdown is already block content. */
export const block = (text: string | DocumentFragment) =>
  typeof text === 'string' ? html`<p>${text}</p>` : fragmentCopy(text);

export const button = (label: string, onClick: () => void, primary = false) =>
  html`<button part="button" class="button ${primary ? 'primary' : ''}" type="button" @click=${onClick}>
    ${label}
  </button>`;

export const answerLabel = (answer: Answer): string =>
  ({
    symmetrical: msg('Fighting back (symmetrical escalation)'),
    complementary: msg('Giving in (complementary escalation)'),
    none: msg('Neither: a non-escalating response'),
  })[answer];

export const verdict = (right: boolean) => (right ? msg('Right') : msg('Not quite'));
