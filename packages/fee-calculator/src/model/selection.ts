/**
 * Selection rules, pure: groups are mutually exclusive, `requires` pulls items in, `excludes`
 * pushes them out, and the participant count stays within the provider's range. Every function
 * returns a selection that obeys all of them, in the config's item order, without unknown ids.
 */
import type { FeeConfig, FeeItem } from './fee-types.js';

const find = (config: FeeConfig, id: string) => config.items.find((item) => item.id === id);

/** True when `a` and `b` cannot be chosen together. */
const conflict = (a: FeeItem, b: FeeItem) =>
  a !== b &&
  ((a.group !== undefined && a.group === b.group) || a.excludes.includes(b.id) || b.excludes.includes(a.id));

/** Known ids in config order, dropping items whose requirements are missing until none are. */
function settle(config: FeeConfig, ids: readonly string[]): string[] {
  let chosen = config.items.filter((item) => ids.includes(item.id));
  for (let size = -1; size !== chosen.length;) {
    size = chosen.length;
    chosen = chosen.filter((item) => item.requires.every((r) => chosen.some((c) => c.id === r)));
  }
  return chosen.map((item) => item.id);
}

/** Chooses `id` with everything it requires; whatever conflicts with them is let go. */
export function selectItem(config: FeeConfig, current: readonly string[], id: string): string[] {
  const adding: FeeItem[] = [];
  const visit = (next: string) => {
    const item = find(config, next);
    if (item && !adding.includes(item)) {
      adding.push(item);
      item.requires.forEach(visit);
    }
  };
  visit(id);
  const kept = current.filter((c) => !adding.some((a) => conflict(a, find(config, c) ?? a)));
  return settle(config, [...kept, ...adding.map((a) => a.id)]);
}

/** Lets `id` go, and whatever required it. */
export const deselectItem = (config: FeeConfig, current: readonly string[], id: string): string[] =>
  settle(
    config,
    current.filter((c) => c !== id),
  );

/** Applies ids in order as if chosen one by one; also names the ids that are not items. */
export const selectionFrom = (config: FeeConfig, ids: readonly string[]) => ({
  items: ids.reduce<string[]>((items, id) => selectItem(config, items, id), []),
  unknown: ids.filter((id) => !find(config, id)),
});

/** A whole number of participants within the provider's range (the default when not a number). */
export function clampParticipants(config: FeeConfig, value: number): number {
  const { min, max } = config.participants;
  return Number.isFinite(value)
    ? Math.min(max, Math.max(min, Math.round(value)))
    : config.participants.default;
}

/** An attribute's id list: `"a, b,,c"` → `["a", "b", "c"]`. */
export const idList = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
