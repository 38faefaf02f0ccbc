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
