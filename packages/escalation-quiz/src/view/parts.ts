/**
 * What every quiz view gets (`QuizViewContext`: data and callbacks, never the element itself), and
 * the small pieces the element's first view and the lazily loaded views share.
 */
import { html, type TemplateResult } from 'lit';
import { heading as coreHeading, type EmergencyNumber } from '@nvr-widgets/core';
import type { Answer } from '../model/quiz.js';
import type { Frequency } from '../model/reflect.js';
import { fragmentCopy } from './fragment-copy.js';

/** What the views read and may ask of the element. */
export interface QuizViewContext {
  /** Level of the main headings (`heading-level`, 2–4); sub-headings are one below. */
  headingLevel: number;
  /** From `<nvr-provider>`, default 999. */
  emergencyNumber: EmergencyNumber;
  /** A safe URL, or undefined when none is configured. */
  deEscalationUrl?: string;
  /** "Choose an answer" is shown: Check or Next was pressed with nothing chosen. */
  error: boolean;
  /** To an earlier step (Back). */
  back(position: number): void;
  /** Check answer, Next, or the results after the last step; with nothing chosen, asks for a choice. */
  next(): void;
  /** A new draw (learn) or a fresh start (reflect). */
  retry(): void;
  /** Shows or hides the list of every question with its answer (learn results). */
  toggleReview(): void;
  /** The visitor chose an answer to learn question `id`. */
  chooseAnswer(id: string, answer: Answer): void;
  /** The visitor chose a frequency for reflect statement `id`. */
  chooseFrequency(id: string, frequency: Frequency): void;
}

/**
 * The quiz's headings are all focusable: each step moves focus to its heading. `cls` "progress"
 * is also the heading's part (the step or results heading).
 */
export const heading = (level: number, content: unknown, id: string, cls = 'sub', describedBy?: string) =>
  coreHeading(level, content, {
    id,
    class: cls,
    part: cls === 'progress' ? cls : undefined,
    focusable: true,
    describedBy,
  });

/** Built-in text becomes a paragraph; editor Markdown is already block content. */
export const block = (text: string | DocumentFragment) =>
  typeof text === 'string' ? html`<p>${text}</p>` : fragmentCopy(text);

export const button = (label: string, onClick: () => void, primary = false): TemplateResult =>
  html`<button part="button" class="button ${primary ? 'primary' : ''}" type="button" @click=${onClick}>
    ${label}
  </button>`;
