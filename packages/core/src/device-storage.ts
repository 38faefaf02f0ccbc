/**
 * JSON kept on this device only (`localStorage`), for widgets that remember a visitor's own work.
 * Nothing here throws: private modes, disabled storage (SecurityError), a full quota and corrupt
 * values all come back as results, so the widget can keep the data in memory and say so plainly.
 *
 * Each value is saved in an envelope `{"stamp": n, "value": …}`. The stamp only grows; it lets two
 * open tabs tell a newer save from an older one (`storage` events fire in the *other* tabs).
 */

import type { JsonStorage, ReadResult, StoredJson, WriteResult } from './storage-results.js';

export type { JsonStorage, ReadResult, StorageProblem, StoredJson, WriteResult } from './storage-results.js';

/** The page's `localStorage`, or undefined where reading the property itself throws. */
function defaultArea(): Storage | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Parses an envelope; undefined for anything that is not one (old format, hand-edited, corrupt). */
export function parseStored(text: string | null): StoredJson | undefined {
  if (text === null) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && 'stamp' in parsed && 'value' in parsed) {
      const stamp = Number(parsed.stamp);
      if (Number.isFinite(stamp)) return { value: parsed.value, stamp };
    }
  } catch {
    // Corrupt JSON: reported by the caller as `corrupt`.
  }
  return undefined;
}

/**
 * The value inside a damaged envelope: `{"stamp": "x", "value": …}` gives its value, and an
 * object saved without the envelope (`{"behaviour": …}`) is the value itself. Undefined when there
 * is no object to read (corrupt JSON, a bare string or number).
 */
export function salvageStored(text: string | null): StoredJson | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text ?? '');
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  return { value: 'value' in parsed ? parsed.value : parsed, stamp: 0 };
}

/** One key in device storage. `area` is injectable for tests and for `sessionStorage`. */
export class DeviceStorage implements JsonStorage {
  constructor(
    readonly key: string,
    private readonly _area: () => Storage | undefined = defaultArea,
  ) {}

  read(): ReadResult {
    try {
      const area = this._area();
      if (!area) return { ok: false, problem: 'unavailable' };
      const text = area.getItem(this.key);
      if (text === null) return { ok: true };
      const stored = parseStored(text);
      if (stored) return { ok: true, stored };
      // Whatever can still be read is kept: the caller's next save would otherwise overwrite it.
      const salvaged = salvageStored(text);
      return salvaged ? { ok: true, stored: salvaged, damaged: true } : { ok: true, corrupt: true };
    } catch {
      return { ok: false, problem: 'unavailable' };
    }
  }

  /** Saves `value` with a stamp greater than `after` and the current time; returns that stamp. */
  write(value: unknown, after = 0): WriteResult {
    const stamp = Math.max(Date.now(), Math.floor(after) + 1);
    try {
      const area = this._area();
      if (!area) return { ok: false, problem: 'unavailable' };
      area.setItem(this.key, JSON.stringify({ stamp, value }));
      return { ok: true, stamp };
    } catch (error) {
      const name = (error as { name?: string } | null)?.name;
      return { ok: false, problem: name === 'QuotaExceededError' ? 'quota' : 'unavailable' };
    }
  }

  /** Removes the key; false when storage could not be reached. */
  remove(): boolean {
    try {
      this._area()?.removeItem(this.key);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Calls `onChange` when another tab or window saves or removes this key (also on `clear()`),
   * with what is stored now, or undefined when it was removed. A value that is not an envelope
   * (another script's, or corrupt) is ignored rather than taken for a removal. Returns the
   * unsubscribe function.
   */
  watch(onChange: (stored: StoredJson | undefined) => void): () => void {
    const listener = (event: StorageEvent) => {
      if (event.key !== null && event.key !== this.key) return;
      if (event.storageArea && event.storageArea !== this._area()) return;
      if (event.key === null || event.newValue === null) return onChange(undefined);
      const stored = parseStored(event.newValue);
      if (stored) onChange(stored);
    };
    window.addEventListener('storage', listener);
    return () => window.removeEventListener('storage', listener);
  }
}
