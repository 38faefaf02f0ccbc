/**
 * Selection rules, pure: groups are mutually exclusive, `requires` pulls items in, `excludes`
 * pushes them out, and the participant count stays within the provider's range. Every function
 * returns a selection that obeys all of them, in the config's item order.
 */
import type { FeeConfig, FeeItem } from './fee-types.js';

const byId = (config: FeeConfig) => new Map(config.items.map((item) => [item.id, item]));

/** True when `a` and `b` cannot be chosen together. */
function conflict(a: FeeItem, b: FeeItem): boolean {
  return (
    a.id !== b.id &&
    ((a.group !== undefined && a.group === b.group) || a.excludes.includes(b.id) || b.excludes.includes(a.id))
  );
}

/** Drops items whose requirements are missing until none are, then orders as the config does. */
function settle(config: FeeConfig, chosen: Set<string>): string[] {
  const items = byId(config);
  for (let changed = true; changed;) {
    changed = false;
    for (const id of chosen) {
      if (!items.get(id)!.requires.every((r) => chosen.has(r))) {
        chosen.delete(id);
        changed = true;
      }
    }
  }
  return config.items.filter((item) => chosen.has(item.id)).map((item) => item.id);
}

/** Chooses `id` with everything it requires; whatever conflicts with them is let go. */
export function selectItem(config: FeeConfig, current: readonly string[], id: string): string[] {
  const items = byId(config);
  if (!items.has(id)) return settle(config, new Set(current.filter((c) => items.has(c))));
  const adding = new Set<string>();
  const visit = (next: string) => {
    if (adding.has(next) || !items.has(next)) return;
    adding.add(next);
    items.get(next)!.requires.forEach(visit);
  };
  visit(id);
  const chosen = new Set(
    current.filter((c) => items.has(c) && ![...adding].some((a) => conflict(items.get(a)!, items.get(c)!))),
  );
  adding.forEach((a) => chosen.add(a));
  return settle(config, chosen);
}

/** Lets `id` go, and whatever required it. */
export function deselectItem(config: FeeConfig, current: readonly string[], id: string): string[] {
  const items = byId(config);
  return settle(config, new Set(current.filter((c) => c !== id && items.has(c))));
}

/** Applies ids in order as if chosen one by one; also reports the ids that are not items. */
export function selectionFrom(
  config: FeeConfig,
  ids: readonly string[],
): { items: string[]; unknown: string[] } {
  const known = byId(config);
  let items: string[] = [];
  const unknown: string[] = [];
  for (const id of ids) {
    if (known.has(id)) items = selectItem(config, items, id);
    else unknown.push(id);
  }
  return { items, unknown };
}

/** A whole number of participants within the provider's range (the default when not a number). */
export function clampParticipants(config: FeeConfig, value: number): number {
  const { min, max } = config.participants;
  if (!Number.isFinite(value)) return config.participants.default;
  return Math.min(max, Math.max(min, Math.round(value)));
}
