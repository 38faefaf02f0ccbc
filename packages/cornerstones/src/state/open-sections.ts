/**
 * Which sections of `<nvr-cornerstones>` are open, and the rules for changing that: `single` mode,
 * toggle, toggle all, the `open` attribute and `#nvr-cornerstone-N` deep links. Every change
 * returns the sections it opened or closed, in order, so the element fires one
 * `nvr-cornerstone-toggle` per change. No Lit, no DOM: unit-tested in Node.
 */
import { indexFromHash, parseOpen } from '../model/cornerstones-model.js';

/** A section that opened or closed; `index` is zero-based. */
export interface SectionChange {
  index: number;
  open: boolean;
}

export class OpenSections {
  private _open: ReadonlySet<number> = new Set();

  constructor(
    /** How many sections there are (built-in or from editor Markdown). */
    public count = 0,
    /** Allow only one open section at a time. */
    public single = false,
  ) {}

  /** The zero-based indices of the open sections. */
  get open(): ReadonlySet<number> {
    return this._open;
  }

  has(index: number): boolean {
    return this._open.has(index);
  }

  /** Every section is open (so "toggle all" closes them). */
  get allOpen(): boolean {
    return this._open.size === this.count;
  }

  /**
   * Opens what the `open` attribute names (`"2"`, `"1,3"`, `"all"`), as the starting state: nothing
   * "changed" for the visitor, so no changes are returned. Gives the editor problem, if any.
   */
  applyAttribute(raw: string | null | undefined): string | undefined {
    const { value, problem } = parseOpen(raw, this.count, this.single);
    this._open = new Set(value);
    return problem;
  }

  /** Replaces the open set; gives the sections that changed, in order. */
  set(next: Iterable<number>): SectionChange[] {
    const before = this._open;
    const after = new Set([...next].filter((i) => Number.isInteger(i) && i >= 0 && i < this.count));
    this._open = after;
    const changes: SectionChange[] = [];
    for (let index = 0; index < this.count; index++) {
      const open = after.has(index);
      if (open !== before.has(index)) changes.push({ index, open });
    }
    return changes;
  }

  /** Opens or closes one section (flips it without `open`); in single mode the others close. */
  toggle(index: number, open = !this._open.has(index)): SectionChange[] {
    const next = new Set(this.single ? [] : this._open);
    if (open) next.add(index);
    else next.delete(index);
    return this.set(next);
  }

  /**
   * Closes all when all are open, else opens all. Single mode has no "all" (nor the button): there
   * it closes the open section, or opens the first.
   */
  toggleAll(): SectionChange[] {
    if (this.single) return this.set(this._open.size ? [] : [0]);
    return this.set(this.allOpen ? [] : Array.from({ length: this.count }, (_, i) => i));
  }

  /** Switches `single` mode; switching it on keeps only the first open section. */
  setSingle(single: boolean): SectionChange[] {
    this.single = single;
    return single && this._open.size > 1 ? this.set([Math.min(...this._open)]) : [];
  }

  /**
   * Opens the section a `#nvr-cornerstone-N` hash names (in single mode, only that one). Gives the
   * section's index and the changes, or undefined when the hash names no section.
   */
  openFromHash(hash: string): { index: number; changes: SectionChange[] } | undefined {
    const index = indexFromHash(hash, this.count);
    if (index === undefined) return undefined;
    return { index, changes: this.set(this.single ? [index] : [...this._open, index]) };
  }
}
