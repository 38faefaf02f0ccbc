/** Where a problem goes: `ConfigProblems` in an element (one warning + `nvr-config-error`). */
export interface ProblemReporter {
  report(field: string, problem: string): void;
}

/** A number as the visitor reads it, and the `tel:` link that dials exactly those digits. */
export interface EmergencyNumber {
  /** As the editor wrote it, trimmed: `999`, `112`, `+44 20 7946 0000`. */
  readonly text: string;
  /** `tel:` URI with the visual separators removed: `tel:+442079460000`. */
  readonly href: string;
}

/** The number every widget falls back to (UK): editors set their own on the widget or provider. */
export const DEFAULT_EMERGENCY: EmergencyNumber = { text: '999', href: 'tel:999' };

/**
 * Digits with an optional leading `+` and the separators people write (space, `-`, `.`, `(`, `)`).
 * Anything else — letters, "or", a second number, a scheme — is refused rather than stripped, so
 * the link never dials something other than what the page shows ("999 or 112" used to dial 999112).
 */
const PHONE = /^\+?[\d\s().-]+$/;

/** The number, or `undefined` when `raw` is not one telephone number of 2–15 digits (E.164). */
export function parseEmergencyNumber(raw: string | null | undefined): EmergencyNumber | undefined {
  const text = raw?.trim() ?? '';
  if (!PHONE.test(text)) return undefined;
  const digits = text.replace(/\D/g, '');
  if (digits.length < 2 || digits.length > 15) return undefined;
  return { text, href: `tel:${text.startsWith('+') ? '+' : ''}${digits}` };
}

/**
 * The number a widget shows: its own `emergency-number` attribute, else the provider's, else 999.
 * An invalid value is reported once (naming where it came from) and skipped, never half-used.
 */
export function resolveEmergencyNumber(
  own: string | null | undefined,
  shared: string | null | undefined,
  problems: ProblemReporter,
): EmergencyNumber {
  for (const [value, field] of [
    [own, 'emergency-number'],
    [shared, '<nvr-provider> emergency-number'],
  ] as const) {
    if (!value?.trim()) continue;
    const parsed = parseEmergencyNumber(value);
    if (parsed) return parsed;
    problems.report(
      field,
      `"${value.trim()}" is not one telephone number; using the next choice or ${DEFAULT_EMERGENCY.text}`,
    );
  }
  return DEFAULT_EMERGENCY;
}
