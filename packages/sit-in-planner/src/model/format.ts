import { parseDate, parseTime, type SitInPlan } from './plan.js';

/** The date as words in `lang` (e.g. "Saturday 27 March 2027"), or what was typed if not a date. */
export function formatDate(plan: SitInPlan, lang: string): string {
  const date = parseDate(plan.day, plan.month, plan.year);
  if (!date) return [plan.day, plan.month, plan.year].filter((s) => s.trim()).join(' / ');
  const value = new Date(Date.UTC(date.year, date.month - 1, date.day, 12));
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeZone: 'UTC' }).format(value);
  } catch {
    return new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeZone: 'UTC' }).format(value);
  }
}

/** The start time as `HH:MM`, or what was typed if it is not a time. */
export function formatTime(plan: SitInPlan): string {
  const time = parseTime(plan.time);
  return time
    ? `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`
    : plan.time.trim();
}
