/**
 * The provider's booking link: `{items}`, `{participants}` and `{code}` in the template are
 * replaced by the selection, each value URL-encoded so no choice can change the URL's shape.
 * What a template may look like is checked here too, so the config parser and every filled-in
 * link use the same rules.
 */

const PLACEHOLDER = /\{(items|participants|code)\}/g;

/** Browsers drop control characters and spaces from URLs: check what they would follow. */
// eslint-disable-next-line no-control-regex
const cleaned = (url: string) => url.replace(/[\u0000-\u0020\u007f]/g, '');

/**
 * Only https: or path-relative templates (no http:, javascript:, data:…, and no protocol-relative
 * "//host"); whitespace tricks stripped.
 * Each placeholder is checked as a letter: one before the first ":" (`{code}:alert(1)`) would
 * otherwise let a visitor's typed code choose the scheme of the filled-in link.
 */
export function isSafeBookingUrl(template: string): boolean {
  const url = cleaned(template).replace(PLACEHOLDER, 'x');
  return /^https:/i.test(url) || isRelative(url);
}

/** No scheme, and not "//host" (or "\\host", which browsers read the same): it stays on this site. */
const isRelative = (url: string) => !/^([a-z][a-z\d+.-]*:|[/\\]{2})/i.test(url);

/**
 * True when no placeholder can decide which site the link goes to: an https: template names its
 * host (ended by "/", "?" or "#") before the first placeholder and is a URL with the placeholders
 * empty or filled, and a relative one stays relative
 * with every placeholder empty — `/{code}/book` with no code typed is `//book`, another host.
 */
export function fixesHostBeforePlaceholders(template: string): boolean {
  const url = cleaned(template);
  if (!/^https:/i.test(url)) return isRelative(url.replace(PLACEHOLDER, ''));
  const first = url.search(PLACEHOLDER);
  if (!['', 'x'].every((value) => URL.canParse(url.replace(PLACEHOLDER, value)))) return false;
  return /^https:[/\\]{2}[^/\\?#]+[/\\?#]/i.test(first < 0 ? `${url}/` : url.slice(0, first));
}

/**
 * The filled-in link, or undefined when it would not be an https: or same-site link (a template
 * that was never validated): the visitor's choices must never send them to another site.
 */
export function bookingHref(
  template: string,
  items: readonly string[],
  participants: number,
  code: string,
): string | undefined {
  const values: Record<string, string> = {
    items: items.join(','),
    participants: String(participants),
    code: code.trim(),
  };
  const href = template.replace(PLACEHOLDER, (_, key: string) => encodeURIComponent(values[key]));
  return isSafeBookingUrl(href) && fixesHostBeforePlaceholders(href) ? href : undefined;
}
