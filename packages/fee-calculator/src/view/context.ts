import { html } from 'lit';
import type { FeeConfig } from '../model/fee-types.js';
import type { Quote } from '../model/pricing.js';
import type { FeeSession } from '../state/fee-session.js';

/** The views only an editor's price list needs (discounts, booking…), once loaded. */
export type EditorListViews = typeof import('./lazy/editor-list.js');

/** What every view of `<nvr-fee-calculator>` reads: data and callbacks, never the element. */
export interface FeeViewContext {
  config: FeeConfig;
  quote: Quote;
  /** The visitor's choices (read only: changes go through the callbacks). */
  session: Readonly<FeeSession>;
  /** The visitor's date, `YYYY-MM-DD`. */
  today: string;
  lang: string;
  money: (minor: number) => string;
  /** Editor notes rendered from Markdown, by item id (plain text until then). */
  notes: Map<string, DocumentFragment>;
  editor?: EditorListViews;
  onToggle: (id: string, checked: boolean) => void;
  onParticipants: (value: string) => void;
  onVat: (including: boolean) => void;
  onCode: (code: string) => void;
  onBook: (url: string) => void;
}

/** Money in running text, isolated so a right-to-left page cannot reorder its symbol and digits. */
export const bdi = (c: FeeViewContext, minor: number) => html`<bdi>${c.money(minor)}</bdi>`;
