/**
 * Money as integer minor units (pence, yen, fils), parsed from decimal strings without ever
 * touching floating point. Rates (VAT, percentage discounts) are integer parts per million, so
 * every product is a BigInt fraction rounded half-up to a whole minor unit.
 */

/** Parts per million in 100%: rates are stored as integers, e.g. 20% = 200_000. */
export const PPM = 1_000_000;

/** `numerator / denominator` rounded half-up, for non-negative integers. */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}

/** `amount × rate`, rounded half-up to a whole minor unit (VAT on a net, a percentage off). */
export function applyRate(amount: number, ppm: number): number {
  return Number(divideHalfUp(BigInt(amount) * BigInt(ppm), BigInt(PPM)));
}

/** The VAT inside a VAT-inclusive gross: `gross × rate / (1 + rate)`, rounded half-up. */
export function vatInside(gross: number, ppm: number): number {
  return Number(divideHalfUp(BigInt(gross) * BigInt(ppm), BigInt(PPM + ppm)));
}

/**
 * Minor units as a decimal string in major units (`-6600, 2` → `"-66.00"`), for Intl formatting
 * without floating point. Zero is always `"0…"`: there is no negative zero in a string.
 */
export function toDecimalString(minor: number, digits: number): string {
  const sign = minor < 0 ? '-' : '';
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  return digits ? `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}` : `${sign}${text}`;
}

/** Formatters by language, currency and digits: building one costs far more than using it. */
const formats: Record<string, Intl.NumberFormat> = {};

function numberFormat(lang: string, currency: string | undefined, digits: number): Intl.NumberFormat {
  // The ISO 4217 digits, not Intl's own (0 for IQD, HUF…): every amount is shown to the unit.
  const options: Intl.NumberFormatOptions = {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    ...(currency && { style: 'currency', currency }),
  };
  try {
    return new Intl.NumberFormat(lang, options);
  } catch {
    return new Intl.NumberFormat('en-GB', options);
  }
}

/** Formats minor units for people: `Intl.NumberFormat` in the page's language, exact to the unit. */
export function formatMoney(
  minor: number,
  currency: string | undefined,
  digits: number,
  lang: string,
): string {
  const format = (formats[lang + currency + digits] ??= numberFormat(lang, currency, digits));
  // Intl formats a decimal string exactly (no float on the way): "1200.50" is such a literal.
  return format.format(toDecimalString(minor, digits) as Intl.StringNumericLiteral);
}
