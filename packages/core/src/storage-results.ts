/**
 * What device storage gives back (core DeviceStorage in the browser): pure types, so a widget's
 * state/ can take any storage with these results (a fake one in Node tests).
 */

/** What is saved under a key: the value and the stamp it was saved with. */
export interface StoredJson {
  value: unknown;
  stamp: number;
}

/** Why storage could not be used: not available at all (blocked, private mode) or full. */
export type StorageProblem = 'unavailable' | 'quota';

export type ReadResult =
  /**
   * `stored` is undefined when nothing is saved; `corrupt` when something unreadable was.
   * `damaged`: the envelope was not whole (no envelope, or a stamp that is not a number) but a
   * value could still be read; it comes with stamp 0, so any save counts as newer.
   */
  | { ok: true; stored?: StoredJson; corrupt?: boolean; damaged?: boolean }
  | { ok: false; problem: StorageProblem };

export type WriteResult = { ok: true; stamp: number } | { ok: false; problem: StorageProblem };

/**
 * One key's JSON storage as pure code sees it: core `DeviceStorage` in the browser, a fake in
 * Node tests. `watch` calls back when another tab saves (a value) or removes (undefined) the key.
 */
export interface JsonStorage {
  read(): ReadResult;
  write(value: unknown, after?: number): WriteResult;
  remove(): boolean;
  watch(onChange: (stored: StoredJson | undefined) => void): () => void;
}
