import { describe, expect, it } from '../../../../test/unit/harness.js';
import fc from 'fast-check';
import type { JsonStorage, ReadResult, StoredJson, WriteResult } from '@nvr-widgets/core/pure.js';
import { emptyPlan, MAX_TEXT, migrate, type SitInPlan } from '../../src/model/plan.js';
import { PlanStore } from '../../src/state/plan-store.js';
import { completePlan, edit } from '../plans.js';

/**
 * One device's storage shared by several tabs, like localStorage: each tab's `storage` event
 * reaches the *other* tabs only, and only when the test delivers it (`deliver()`), so the tests
 * can also play a tab that has not heard yet.
 */
class FakeDevice {
  text: string | null = null;
  readFails = false;
  writeFails = false;
  private _clock = 1000;
  private readonly _listeners = new Map<number, (stored: StoredJson | undefined) => void>();
  private _pending: { from: number; stored: StoredJson | undefined }[] = [];

  /** The storage one tab sees. */
  tab(id: number): JsonStorage {
    const read = (): ReadResult => {
      if (this.readFails) return { ok: false, problem: 'unavailable' };
      if (this.text === null) return { ok: true };
      try {
        const parsed = JSON.parse(this.text) as { stamp?: unknown; value?: unknown };
        if (typeof parsed.stamp === 'number')
          return { ok: true, stored: { stamp: parsed.stamp, value: parsed.value } };
        return {
          ok: true,
          stored: { stamp: 0, value: 'value' in parsed ? parsed.value : parsed },
          damaged: true,
        };
      } catch {
        return { ok: true, corrupt: true };
      }
    };
    return {
      read,
      write: (value: unknown, after = 0): WriteResult => {
        if (this.writeFails) return { ok: false, problem: 'quota' };
        const stamp = Math.max(++this._clock, Math.floor(after) + 1);
        this.text = JSON.stringify({ stamp, value });
        this._pending.push({ from: id, stored: { stamp, value: JSON.parse(JSON.stringify(value)) } });
        return { ok: true, stamp };
      },
      remove: () => {
        this.text = null;
        this._pending.push({ from: id, stored: undefined });
        return true;
      },
      watch: (onChange) => {
        this._listeners.set(id, onChange);
        return () => this._listeners.delete(id);
      },
    };
  }

  /** Delivers the storage events so far to every other listening tab. */
  deliver(): void {
    const pending = this._pending;
    this._pending = [];
    for (const { from, stored } of pending)
      for (const [id, listener] of this._listeners) if (id !== from) listener(stored);
  }

  /** Forgets the events not delivered (a page in the back-forward cache misses them). */
  drop(): void {
    this._pending = [];
  }
}

const events = () => {
  const seen = { changed: 0, deletedElsewhere: 0 };
  return {
    seen,
    events: { changed: () => void seen.changed++, deletedElsewhere: () => void seen.deletedElsewhere++ },
  };
};

const open = (device: FakeDevice, id: number) => {
  const e = events();
  const store = new PlanStore(device.tab(id), e.events);
  store.watch();
  return { store, seen: e.seen };
};

describe('PlanStore: opening and saving', () => {
  it('opens an empty plan, saves each edit, and a new store reads it back exactly (property)', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        const device = new FakeDevice();
        const { store } = open(device, 1);
        expect(store.plan).to.deep.equal(emptyPlan());
        for (const e of edits) store.set(e);
        const expected = edits.reduce<SitInPlan>((p, e) => ({ ...p, ...e }), emptyPlan());
        expect(store.plan).to.deep.equal(expected);
        expect(new PlanStore(device.tab(2), events().events).plan).to.deep.equal(expected);
      }),
      { numRuns: 100 },
    );
  });

  it('says when a stored plan could not be read (corrupt) or was partly damaged, until the next save', () => {
    const device = new FakeDevice();
    device.text = '{not json';
    const corrupt = new PlanStore(device.tab(1), events().events);
    expect(corrupt.notice).to.equal('corrupt');
    expect(corrupt.plan).to.deep.equal(emptyPlan());
    device.text = JSON.stringify({ behaviour: 'Shouting', calmNow: 'yes', adults: [{ name: 'Sam' }] });
    const damaged = new PlanStore(device.tab(1), events().events);
    expect(damaged.notice).to.equal('damaged');
    // Whatever can be read is kept, and the first edit keeps it in storage too.
    expect(damaged.plan.behaviour).to.equal('Shouting');
    damaged.set({ placeOther: 'Kitchen' });
    expect(damaged.notice).to.equal(undefined);
    const reread = new PlanStore(device.tab(2), events().events).plan;
    expect([reread.behaviour, reread.calmNow, reread.adults[0].name, reread.placeOther]).to.deep.equal([
      'Shouting',
      'yes',
      'Sam',
      'Kitchen',
    ]);
  });

  it('when storage cannot be read back, says "not saved" and keeps saying it after edits', () => {
    const device = new FakeDevice();
    device.readFails = true;
    const { store } = open(device, 1);
    expect(store.notice).to.equal('not-saved');
    store.set({ behaviour: 'Kicking doors' });
    expect(store.notice).to.equal('not-saved');
    expect(store.plan.behaviour).to.equal('Kicking doors');
    // Nothing was written blind over what might be stored.
    expect(device.text).to.equal(null);
  });

  it('when writing fails, says "not saved" and keeps the plan in memory; a later save clears it', () => {
    const device = new FakeDevice();
    const { store } = open(device, 1);
    device.writeFails = true;
    store.set({ behaviour: 'Kicking doors' });
    expect(store.notice).to.equal('not-saved');
    expect(store.plan.behaviour).to.equal('Kicking doors');
    device.writeFails = false;
    store.set({ placeOther: 'Hall' });
    expect(store.notice).to.equal(undefined);
    expect(new PlanStore(device.tab(2), events().events).plan.behaviour).to.equal('Kicking doors');
  });

  it('without storage keeps the plan in memory only', () => {
    const store = new PlanStore(undefined, events().events);
    expect(store.saving).to.equal(false);
    store.set({ behaviour: 'x' });
    expect(store.plan.behaviour).to.equal('x');
    expect(store.notice).to.equal(undefined);
  });

  it('keeps a newer version’s number and fields when this version saves over it', () => {
    const device = new FakeDevice();
    device.text = JSON.stringify({
      stamp: 5,
      value: { ...completePlan(), version: 2, reminders: ['18:00'] },
    });
    const { store } = open(device, 1);
    store.set({ behaviour: 'Kicking doors' });
    const saved = JSON.parse(device.text ?? '').value;
    expect([saved.version, saved.reminders, saved.behaviour]).to.deep.equal([2, ['18:00'], 'Kicking doors']);
  });
});

describe('PlanStore: the parent’s edits', () => {
  it('each edit is saved and tells the element to render again', () => {
    const device = new FakeDevice();
    const { store, seen } = open(device, 1);
    store.set({ behaviour: 'Kicking doors' });
    store.setField('placeOther', 'Hall');
    expect(seen.changed).to.equal(2);
    expect(JSON.parse(device.text ?? '').value).to.include({
      behaviour: 'Kicking doors',
      placeOther: 'Hall',
    });
  });

  it('a text field keeps at most MAX_TEXT characters', () => {
    const store = new PlanStore(undefined, events().events);
    store.setField('behaviour', 'x'.repeat(MAX_TEXT + 10));
    store.editPerson('adults', 0, 'name', 'y'.repeat(MAX_TEXT + 10));
    expect(store.plan.behaviour).to.have.length(MAX_TEXT);
    expect(store.plan.adults[0].name).to.have.length(MAX_TEXT);
  });

  it('ticks and unticks rules and gestures, keeping the built-in order', () => {
    const store = new PlanStore(undefined, events().events);
    store.set({ rules: [], gestures: [] });
    store.toggle('rules', 'no-restraint', true);
    store.toggle('rules', 'silence', true);
    expect(store.plan.rules).to.deep.equal(['silence', 'no-restraint']);
    store.toggle('rules', 'silence', false);
    store.toggle('gestures', 'meal', true);
    store.toggle('gestures', 'not-a-gesture', true);
    expect([store.plan.rules, store.plan.gestures]).to.deep.equal([['no-restraint'], ['meal']]);
  });

  it('adds, edits and removes adults and supporters', () => {
    const store = new PlanStore(undefined, events().events);
    const before = store.plan.adults.length;
    expect(store.addPerson('adults')).to.equal(before);
    expect(store.addPerson('supporters')).to.equal(0);
    store.editPerson('supporters', 0, 'help', 'call');
    store.editPerson('adults', before, 'relationship', 'Aunt');
    expect(store.plan.supporters).to.deep.equal([{ name: '', help: 'call' }]);
    expect(store.plan.adults[before]).to.deep.equal({ name: '', relationship: 'Aunt' });
    store.removePerson('adults', 0);
    store.removePerson('supporters', 0);
    expect(store.plan.adults).to.have.length(before);
    expect(store.plan.supporters).to.deep.equal([]);
  });
});

describe('PlanStore: two tabs', () => {
  it('an edit in one tab reaches the other, which says so', () => {
    const device = new FakeDevice();
    const a = open(device, 1);
    const b = open(device, 2);
    a.store.set({ behaviour: 'Kicking doors' });
    device.deliver();
    expect(b.store.plan.behaviour).to.equal('Kicking doors');
    expect(b.store.notice).to.equal('other-tab');
    expect(b.seen.changed).to.equal(1);
    // The next edit there clears the notice.
    b.store.set({ placeOther: 'Hall' });
    expect(b.store.notice).to.equal(undefined);
  });

  it('edits in both tabs before either hears the other are all kept (three-way merge)', () => {
    const device = new FakeDevice();
    const a = open(device, 1);
    const b = open(device, 2);
    a.store.set({ behaviour: 'Kicking doors', rules: ['silence', 'no-restraint'] });
    // Tab B has not heard yet: its save merges what A stored with its own edit.
    b.store.set({ placeOther: 'Hall', gestures: ['drink'] });
    device.deliver();
    for (const store of [a.store, b.store, new PlanStore(device.tab(3), events().events)]) {
      expect(store.plan.behaviour).to.equal('Kicking doors');
      expect(store.plan.placeOther).to.equal('Hall');
      expect(store.plan.rules).to.deep.equal(['silence', 'no-restraint']);
      expect(store.plan.gestures).to.deep.equal(['drink']);
    }
  });

  it('any edits in two tabs, in any order of hearing, end with the same plan everywhere (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 2 }), edit, fc.boolean()), { maxLength: 10 }),
        (steps) => {
          const device = new FakeDevice();
          const tabs = [open(device, 1).store, open(device, 2).store];
          for (const [tab, e, deliver] of steps) {
            tabs[tab - 1].set(e);
            if (deliver) device.deliver();
          }
          device.deliver();
          const stored = new PlanStore(device.tab(3), events().events).plan;
          expect(tabs[0].plan).to.deep.equal(stored);
          expect(tabs[1].plan).to.deep.equal(stored);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a plan deleted in another tab goes here too, and a later edit never brings it back', () => {
    const device = new FakeDevice();
    const a = open(device, 1);
    const b = open(device, 2);
    a.store.set({ behaviour: 'Kicking doors' });
    device.deliver();
    a.store.reset();
    // B has not heard of the deletion: its next save finds the plan gone and does not write.
    b.store.set({ placeOther: 'Hall' });
    expect(device.text).to.equal(null);
    expect(b.store.plan).to.deep.equal(emptyPlan());
    expect(b.store.notice).to.equal('deleted-elsewhere');
    expect(b.seen.deletedElsewhere).to.equal(1);
  });

  it('catches up with saves and deletions it missed (back-forward cache, or detached)', () => {
    const device = new FakeDevice();
    const a = open(device, 1);
    const b = open(device, 2);
    a.store.set({ behaviour: 'Kicking doors' });
    device.drop();
    expect(b.store.plan.behaviour).to.equal('');
    b.store.catchUp();
    expect(b.store.plan.behaviour).to.equal('Kicking doors');
    expect(b.store.notice).to.equal('other-tab');
    a.store.reset();
    device.drop();
    b.store.catchUp();
    expect(b.store.plan).to.deep.equal(emptyPlan());
    expect(b.store.notice).to.equal('deleted-elsewhere');
  });

  it('stops hearing other tabs once unwatched, and an older save never replaces a newer one', () => {
    const device = new FakeDevice();
    const a = open(device, 1);
    const b = open(device, 2);
    b.store.unwatch();
    a.store.set({ behaviour: 'Kicking doors' });
    device.deliver();
    expect(b.store.plan.behaviour).to.equal('');
    b.store.watch(true);
    expect(b.store.plan.behaviour).to.equal('Kicking doors');
    const before = migrate(JSON.parse(device.text ?? '').value);
    // The same save heard again (stamp not newer) changes nothing.
    a.store.save();
    device.deliver();
    expect(b.store.plan).to.deep.equal(before);
  });
});
