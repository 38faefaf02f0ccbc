/**
 * Reading amounts and rates from an editor's decimal strings, exactly (no floating point). Used
 * only by the config parser, so it loads lazily with it.
 */
import { PPM } from './money.js';

/** The largest amount a config may state, in minor units: keeps every product a safe integer. */
export const MAX_AMOUNT = 10_000_000_000;

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/**
 * ISO 4217 minor digits where they are not 2 (the list as amended to 2025). The browser's `Intl`
 * data (CLDR) disagrees for about 17 currencies — IQD has 3 digits in ISO 4217 but 0 in Chromium,
 * HUF and IDR 2 but 0 — so arithmetic takes its digits from here and `Intl` only formats.
 */
const ISO_DIGITS: Record<string, number> = {
  ...Object.fromEntries(
    'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF'.split(' ').map((c) => [c, 0]),
  ),
  ...Object.fromEntries('BHD IQD JOD KWD LYD OMR TND'.split(' ').map((c) => [c, 3])),
  CLF: 4,
  UYW: 4,
};

/** Minor digits of an ISO 4217 currency (GBP 2, JPY 0, IQD 3), or undefined if it is not one. */
export function minorDigits(currency: string): number | undefined {
  if (!/^[A-Z]{3}$/.test(currency) || !Intl.supportedValuesOf('currency').includes(currency)) {
    return undefined;
  }
  return ISO_DIGITS[currency] ?? 2;
}

/** `"660"`, `"660.5"`, `"660.50"` → 66050 (2 digits); a problem for anything else. */
export function parseAmount(text: string, digits: number): { value: number } | { problem: string } {
  const match = DECIMAL.exec(text);
  if (!match) return { problem: `${JSON.stringify(text)} is not a decimal amount` };
  const [, whole, fraction = ''] = match;
  if (fraction.length > digits) {
    return { problem: `${JSON.stringify(text)} has more than ${digits} decimal places` };
  }
  const value = BigInt(whole + fraction.padEnd(digits, '0'));
  if (value > BigInt(MAX_AMOUNT)) return { problem: `${JSON.stringify(text)} is too large` };
  return { value: Number(value) };
}

/** `"20%"`, `"17.5"`, `"5.25%"` → parts per million; at most 4 decimal places, at most 100%. */
export function parseRate(text: string): { value: number } | { problem: string } {
  const match = DECIMAL.exec(text.replace(/\s*%$/, ''));
  if (!match || (match[2] ?? '').length > 4) {
    return { problem: `${JSON.stringify(text)} is not a percentage such as "20%"` };
  }
  const value = BigInt(match[1] + (match[2] ?? '').padEnd(4, '0'));
  if (value > BigInt(PPM)) return { problem: `${JSON.stringify(text)} is more than 100%` };
  return { value: Number(value) };
}
