/**
 * The visitor's local date as `YYYY-MM-DD`, for early-bird deadlines (no Intl: loading a locale's
 * data costs a render ~10 ms). `now` is the element's fixed clock, if any.
 */
export function today(now = new Date()): string {
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
