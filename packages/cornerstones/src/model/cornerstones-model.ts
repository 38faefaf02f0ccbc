/**
 * Pure rules of `<nvr-cornerstones>`: the `open` attribute and deep links. No DOM here, so every
 * branch is unit-tested in Node.
 */
import type { Parsed } from '@nvr-widgets/core/pure.js';

/** `heading-level` takes h2–h6 and defaults to h3 (parsed by core's `parseHeadingLevel`). */
export const HEADING_LEVELS = { min: 2, max: 6, fallback: 3 } as const;

/**
 * `open="2"`, `"1,3"` or `"all"` → zero-based indices of the sections to open.
 * Unknown parts are dropped with a problem; in `single` mode only the first survives.
 */
export function parseOpen(raw: string | null | undefined, count: number, single = false): Parsed<number[]> {
  if (raw == null || raw.trim() === '') return { value: [] };
  const text = raw.trim().toLowerCase();
  let indices: number[];
  const bad: string[] = [];
  if (text === 'all') {
    indices = Array.from({ length: count }, (_, i) => i);
  } else {
    indices = [];
    for (const part of text.split(/[\s,]+/).filter(Boolean)) {
      const n = /^\d+$/.test(part) ? Number(part) : NaN;
      if (n >= 1 && n <= count) {
        if (!indices.includes(n - 1)) indices.push(n - 1);
      } else bad.push(part);
    }
  }
  const problems: string[] = [];
  if (bad.length) {
    problems.push(
      `${bad.map((b) => `"${b}"`).join(', ')} ${bad.length === 1 ? 'is not a section number' : 'are not section numbers'} (use 1–${count}, a comma list, or "all"); ignored`,
    );
  }
  if (single && indices.length > 1) {
    problems.push(`only one section can be open with "single"; opening section ${indices[0] + 1}`);
    indices = indices.slice(0, 1);
  }
  return problems.length ? { value: indices, problem: problems.join('; ') } : { value: indices };
}

export const HASH_PREFIX = 'nvr-cornerstone-';

/** The deep-link fragment for a section, e.g. `#nvr-cornerstone-3` for index 2. */
export function sectionHash(index: number): string {
  return `#${HASH_PREFIX}${index + 1}`;
}

/** `#nvr-cornerstone-3` → 2; anything else (or out of range) → undefined. */
export function indexFromHash(hash: string, count: number): number | undefined {
  const match = new RegExp(`^#${HASH_PREFIX}(\\d{1,3})$`).exec(hash);
  if (!match) return undefined;
  const n = Number(match[1]);
  return n >= 1 && n <= count ? n - 1 : undefined;
}
