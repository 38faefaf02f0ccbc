import type { JsonStorage, StoredJson } from '@nvr-widgets/core/pure.js';
import {
  emptyPlan,
  GESTURES,
  MAX_TEXT,
  mergePlans,
  migrate,
  planToStore,
  RULES,
  type SitInPlan,
} from '../model/plan.js';

/** The two lists of people in a plan. */
export type PeopleList = 'adults' | 'supporters';

/** What the parent is told about saving: shown at the top until the next successful save. */
export type Notice = 'not-saved' | 'other-tab' | 'deleted-elsewhere' | 'corrupt' | 'damaged' | 'deleted';

/**
 * What the store tells its owner (the element): the plan or its notice changed (render again); the
 * plan was deleted in another tab.
 */
export interface PlanStoreEvents {
  changed(): void;
  deletedElsewhere(): void;
}

/**
 * The plan and its multi-tab save protocol. Every save carries a stamp that only grows; the plan
 * as last saved or read (`base`) and its stamp are the base of a three-way merge, so an edit in one
 * tab is never lost because another tab saved later, and a plan deleted in another tab is never
 * brought back. Storage is injected (core `DeviceStorage` in the browser, a fake in Node tests);
 * without one (`storage="none"`) the plan lives in memory only.
 */
export class PlanStore {
  plan: SitInPlan = emptyPlan();
  notice?: Notice;
  /** The plan as last saved by us or read from storage, and its stamp. */
  private _base: SitInPlan = emptyPlan();
  private _baseStamp = 0;
  private _unwatch?: () => void;

  constructor(
    private readonly _storage: JsonStorage | undefined,
    private readonly _events: PlanStoreEvents,
  ) {
    if (!_storage) return;
    const read = _storage.read();
    if (!read.ok) this.notice = 'not-saved';
    else if (read.corrupt) this.notice = 'corrupt';
    else if (read.stored) {
      this.plan = this._base = migrate(read.stored.value);
      this._baseStamp = read.stored.stamp;
      if (read.damaged) this.notice = 'damaged';
    }
  }

  /** The plan is kept on this device (not in memory only). */
  get saving(): boolean {
    return this._storage !== undefined;
  }

  /** Listens to other tabs (while the element is in the page), and takes in what they saved meanwhile. */
  watch(catchUp = false): void {
    if (!this._storage || this._unwatch) return;
    this._unwatch = this._storage.watch(this._onOtherTab);
    if (catchUp) this.catchUp();
  }

  unwatch(): void {
    this._unwatch?.();
    this._unwatch = undefined;
  }

  /**
   * Takes in what another tab saved or deleted while this page did not hear it (detached, or back
   * from the back-forward cache, which misses storage events).
   */
  catchUp = (): void => {
    const current = this._storage?.read();
    if (!current?.ok || current.corrupt) return;
    if (!current.stored) {
      if (this._baseStamp) this._onOtherTab(undefined);
    } else if (current.stored.stamp !== this._baseStamp) this._onOtherTab(current.stored);
  };

  /** An edit by the parent: applied, then saved. */
  set(patch: Partial<SitInPlan>): void {
    this.plan = { ...this.plan, ...patch };
    if (this.notice === 'other-tab' || this.notice === 'deleted') this.notice = undefined;
    this.save();
    this._events.changed();
  }

  /** A text field or radio group by its name (the form's `name`), cut to the longest text kept. */
  setField(name: string, value: string): void {
    this.set({ [name]: value.slice(0, MAX_TEXT) });
  }

  /** Ticks or unticks `id` in `rules` or `gestures`; the list keeps the built-in order. */
  toggle(list: 'rules' | 'gestures', id: string, on: boolean): void {
    const ids: readonly string[] = list === 'rules' ? RULES : GESTURES;
    const current: readonly string[] = this.plan[list];
    this.set({ [list]: ids.filter((x) => (x === id ? on : current.includes(x))) });
  }

  /** One field of one adult or supporter. */
  editPerson(list: PeopleList, index: number, key: string, value: string): void {
    const people = this.plan[list].map((p, i) =>
      i === index ? { ...p, [key]: value.slice(0, MAX_TEXT) } : p,
    );
    this.set({ [list]: people });
  }

  /** Adds an empty adult or supporter at the end; returns its index. */
  addPerson(list: PeopleList): number {
    const blank = list === 'adults' ? { name: '', relationship: '' } : { name: '', help: '' };
    this.set({ [list]: [...this.plan[list], blank] });
    return this.plan[list].length - 1;
  }

  removePerson(list: PeopleList, index: number): void {
    this.set({ [list]: this.plan[list].filter((_, i) => i !== index) });
  }

  save(): void {
    const storage = this._storage;
    if (!storage) return;
    const current = storage.read();
    if (!current.ok) {
      // A plan that cannot be read back is not saved, whatever writing says (only getItem may
      // fail); and writing blind could overwrite a plan saved earlier that we could not read.
      this.notice = 'not-saved';
      return;
    }
    if (!current.stored && !current.corrupt && this._baseStamp) {
      // Deleted in another tab, and its storage event has not arrived yet: never bring it back.
      this._onOtherTab(undefined);
      return;
    }
    if (current.stored && current.stored.stamp !== this._baseStamp) {
      // Another tab saved since we last looked: keep its edits as well as ours.
      this.plan = mergePlans(this._base, this.plan, migrate(current.stored.value));
    }
    const after = Math.max(this._baseStamp, current.stored?.stamp ?? 0);
    // What this version cannot read (a newer version's fields) is kept as it is stored.
    const result = storage.write(planToStore(this.plan, current.stored?.value), after);
    if (result.ok) {
      this._base = this.plan;
      this._baseStamp = result.stamp;
      if (this.notice === 'not-saved' || this.notice === 'corrupt' || this.notice === 'damaged')
        this.notice = undefined;
    } else {
      this.notice = 'not-saved';
    }
  }

  /** Clears the plan and removes its saved copy from this device (this key only). */
  reset(): void {
    this._storage?.remove();
    this.plan = this._base = emptyPlan();
    this._baseStamp = 0;
    this.notice = undefined;
  }

  private _onOtherTab = (stored: StoredJson | undefined): void => {
    if (!stored) {
      // The plan was deleted in another tab or window: the parent asked for it to go.
      this.plan = this._base = emptyPlan();
      this._baseStamp = 0;
      this.notice = 'deleted-elsewhere';
      this._events.deletedElsewhere();
      this._events.changed();
      return;
    }
    if (stored.stamp <= this._baseStamp) return;
    const theirs = migrate(stored.value);
    const unsaved = JSON.stringify(this.plan) !== JSON.stringify(this._base);
    this.plan = mergePlans(this._base, this.plan, theirs);
    this._base = theirs;
    this._baseStamp = stored.stamp;
    this.notice = 'other-tab';
    if (unsaved) this.save();
    this._events.changed();
  };
}
