/** Schemes an editor may link to; everything else (javascript:, data:, vbscript:…) is dropped. */
const SAFE_SCHEME = /^(?:https?|mailto|tel):/i;
/** A scheme is letters, digits, `+`, `-` or `.` before the first `:` (and before any `/?#`). */
const ANY_SCHEME = /^[a-z][a-z\d+.-]*:/i;

/**
 * True for `https:`, `http:`, `mailto:`, `tel:` and relative URLs. Control characters and
 * whitespace are stripped first, as browsers do, so `java\tscript:` is caught too.
 */
export function isSafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  return SAFE_SCHEME.test(cleaned) || !ANY_SCHEME.test(cleaned);
}
