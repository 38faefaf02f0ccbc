/**
 * Parsers for the attributes editors type by hand. Each returns the value to use and, when the input
 * was wrong, an editor-readable problem (English, for the console and `nvr-config-error`; visitors
 * never see it). None throws: a bad value falls back to the default.
 */
import { isSafeUrl } from './urls.js';

/**
 * An attribute's text, whatever a script set the property to (a number, an object…): undefined
 * for null or undefined, so "no value" never renders as "null" or "undefined".
 */
export function attributeText(value: unknown): string | undefined {
  if (value == null) return undefined;
  try {
    return String(value);
  } catch {
    // No text form at all (Object.create(null), a throwing toString): as if it were not set.
    return undefined;
  }
}

/** What to use, and what was wrong with the input if anything. */
export interface Parsed<T> {
  value: T;
  problem?: string;
}

/** An enumerated attribute: one of `allowed` (case-insensitive), else the first, with a problem. */
export function parseKeyword<T extends string>(
  raw: string | null | undefined,
  allowed: readonly [T, ...T[]],
): Parsed<T> {
  const text = (raw ?? '').trim().toLowerCase();
  if (!text) return { value: allowed[0] };
  const found = allowed.find((a) => a === text);
  if (found) return { value: found };
  const list = allowed.map((a) => `"${a}"`).join(' or ');
  return { value: allowed[0], problem: `"${raw}" is not ${list}; using "${allowed[0]}"` };
}

/** `heading-level`: a whole number from `min` to `max`, else `fallback` with a problem. */
export function parseHeadingLevel(
  raw: string | number | null | undefined,
  { min = 2, max = 6, fallback = 3 } = {},
): Parsed<number> {
  const text = String(raw ?? '').trim();
  if (!text) return { value: fallback };
  const n = Number(text);
  if (Number.isInteger(n) && n >= min && n <= max) return { value: n };
  return {
    value: fallback,
    problem: `"${text}" is not a heading level from ${min} to ${max}; using ${fallback}`,
  };
}

/**
 * A link an editor sets: https:, http: or relative, plus mailto: and tel: unless `webOnly` (a page
 * to go to, such as the quick-exit target). Empty gives undefined without a problem.
 */
export function parseLink(
  raw: string | null | undefined,
  { webOnly = false } = {},
): Parsed<string | undefined> {
  const url = raw?.trim();
  if (!url) return { value: undefined };
  // Control characters and spaces are dropped as browsers do, so ' tel:' is caught too.
  // eslint-disable-next-line no-control-regex
  if (isSafeUrl(url) && !(webOnly && /^(mailto|tel):/i.test(url.replace(/[\s\u0000-\u001f]/g, ''))))
    return { value: url };
  const kinds = webOnly
    ? 'an https:, http: or relative URL'
    : 'an https:, http:, mailto:, tel: or relative URL';
  return { value: undefined, problem: `"${url}" is not ${kinds}` };
}
