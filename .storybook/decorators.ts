import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/** Locales in the toolbar: the widgets' words are en-GB for now; numbers, money and dates follow `lang`. */
export const LOCALES = [
  { value: 'en-GB', title: 'English (UK)' },
  { value: 'en-US', title: 'English (US)' },
  { value: 'de-DE', title: 'Deutsch' },
  { value: 'nl-NL', title: 'Nederlands' },
  { value: 'fr-FR', title: 'Français' },
  { value: 'he-IL', title: 'עברית (RTL)' },
  { value: 'ar-EG', title: 'العربية (RTL)' },
];
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'yi']);

/** `direction` "locale" follows the locale (Hebrew and Arabic read right to left). */
export const directionFor = (locale: string, direction: string): 'ltr' | 'rtl' =>
  direction === 'ltr' || direction === 'rtl'
    ? direction
    : RTL_LANGUAGES.has(locale.split('-')[0].toLowerCase())
      ? 'rtl'
      : 'ltr';

/**
 * Every story inside a wrapper that carries the toolbar's `lang` and `dir`, as a host page would:
 * the widgets read the nearest `lang` and follow `dir` (`:host(:dir(rtl))`, logical properties).
 * The wrapper's class gives the preview a host page's system font (`preview-head.html`).
 */
export const withLocaleAndDirection: Decorator = (story, context) => {
  const locale = String(context.globals.locale ?? 'en-GB');
  const dir = directionFor(locale, String(context.globals.direction ?? 'locale'));
  return html`<div class="nvr-story" lang=${locale} dir=${dir}>${story()}</div>`;
};
