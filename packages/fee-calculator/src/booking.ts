/**
 * The provider's booking link: `{items}`, `{participants}` and `{code}` in the template are
 * replaced by the selection, each value URL-encoded so no choice can change the URL's shape.
 */
export function bookingHref(
  template: string,
  items: readonly string[],
  participants: number,
  code: string,
): string {
  const values: Record<string, string> = {
    items: items.join(','),
    participants: String(participants),
    code: code.trim(),
  };
  return template.replace(/\{(items|participants|code)\}/g, (_, key: string) =>
    encodeURIComponent(values[key]),
  );
}

/**
 * Only https: or relative URLs (no http:, javascript:, data:…); whitespace tricks stripped. Checked
 * on the editor's template, and again on the filled-in link: a placeholder before the first ":"
 * (`{code}:alert(1)`) would otherwise let a typed value choose the scheme.
 */
export function isSafeBookingUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  return /^https:/i.test(cleaned) || !/^[a-z][a-z\d+.-]*:/i.test(cleaned);
}
