import { describe, expect, it } from '../../../../test/unit/harness.js';
import fc from 'fast-check';
import { OpenSections, type SectionChange } from '../../src/state/open-sections.js';

const opened = (s: OpenSections) => [...s.open].sort((a, b) => a - b);

describe('OpenSections', () => {
  it('starts closed and opens what the open attribute names, without reporting changes', () => {
    const s = new OpenSections(5);
    expect(opened(s)).to.deep.equal([]);
    expect(s.applyAttribute('1,3')).to.equal(undefined);
    expect(opened(s)).to.deep.equal([0, 2]);
    expect(s.applyAttribute('all')).to.equal(undefined);
    expect(s.allOpen).to.equal(true);
  });

  it('reports a bad open attribute and keeps what is valid', () => {
    const s = new OpenSections(5);
    expect(s.applyAttribute('2,nine')).to.contain('"nine" is not a section number');
    expect(opened(s)).to.deep.equal([1]);
    s.single = true;
    expect(s.applyAttribute('1,3')).to.contain('only one section can be open');
    expect(opened(s)).to.deep.equal([0]);
  });

  it('toggles one section and says which changed', () => {
    const s = new OpenSections(5);
    expect(s.toggle(1)).to.deep.equal([{ index: 1, open: true }]);
    expect(s.toggle(3)).to.deep.equal([{ index: 3, open: true }]);
    expect(opened(s)).to.deep.equal([1, 3]);
    expect(s.toggle(1)).to.deep.equal([{ index: 1, open: false }]);
    expect(s.toggle(3, true)).to.deep.equal([]);
    expect(s.toggle(3, false)).to.deep.equal([{ index: 3, open: false }]);
  });

  it('in single mode, opening one closes the other, in index order', () => {
    const s = new OpenSections(5, true);
    s.toggle(3);
    expect(s.toggle(1)).to.deep.equal([
      { index: 1, open: true },
      { index: 3, open: false },
    ]);
    expect(opened(s)).to.deep.equal([1]);
  });

  it('toggle all opens every closed section, then closes all', () => {
    const s = new OpenSections(3);
    s.toggle(1);
    expect(s.toggleAll()).to.deep.equal([
      { index: 0, open: true },
      { index: 2, open: true },
    ]);
    expect(s.allOpen).to.equal(true);
    expect(s.toggleAll().map((c) => c.open)).to.deep.equal([false, false, false]);
    expect(s.allOpen).to.equal(false);
  });

  it('toggle all in single mode never opens two', () => {
    const s = new OpenSections(3, true);
    expect(s.toggleAll()).to.deep.equal([{ index: 0, open: true }]);
    s.toggle(2);
    expect(s.toggleAll()).to.deep.equal([{ index: 2, open: false }]);
  });

  it('switching single on keeps only the first open section', () => {
    const s = new OpenSections(5);
    s.applyAttribute('2,4,5');
    expect(s.setSingle(true)).to.deep.equal([
      { index: 3, open: false },
      { index: 4, open: false },
    ]);
    expect(opened(s)).to.deep.equal([1]);
    expect(s.setSingle(false)).to.deep.equal([]);
    expect(opened(s)).to.deep.equal([1]);
  });

  it('opens the section a deep link names, beside the open ones (only it in single mode)', () => {
    const s = new OpenSections(5);
    s.toggle(0);
    expect(s.openFromHash('#nvr-cornerstone-3')).to.deep.equal({
      index: 2,
      changes: [{ index: 2, open: true }],
    });
    expect(opened(s)).to.deep.equal([0, 2]);
    expect(s.openFromHash('#nvr-cornerstone-3')).to.deep.equal({ index: 2, changes: [] });
    s.single = true;
    expect(s.openFromHash('#nvr-cornerstone-5')?.changes).to.deep.equal([
      { index: 0, open: false },
      { index: 2, open: false },
      { index: 4, open: true },
    ]);
  });

  it('ignores hashes that name no section', () => {
    const s = new OpenSections(5);
    for (const hash of ['', '#nvr-cornerstone-6', '#nvr-cornerstone-0', '#top']) {
      expect(s.openFromHash(hash)).to.equal(undefined);
    }
    expect(opened(s)).to.deep.equal([]);
  });

  it('keeps indices within the sections there are', () => {
    const s = new OpenSections(2);
    expect(s.toggle(7)).to.deep.equal([]);
    expect(s.toggle(-1)).to.deep.equal([]);
    expect(s.set([0.5, NaN, 1])).to.deep.equal([{ index: 1, open: true }]);
    expect(opened(s)).to.deep.equal([1]);
  });

  it('for any sequence of actions: changes replay to the new state, and single mode never has two open', () => {
    const action = fc.oneof(
      fc.record({ kind: fc.constant('toggle' as const), index: fc.integer({ min: -1, max: 6 }) }),
      fc.record({ kind: fc.constant('all' as const) }),
      fc.record({ kind: fc.constant('single' as const), on: fc.boolean() }),
      fc.record({ kind: fc.constant('hash' as const), n: fc.integer({ min: 0, max: 7 }) }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.array(action, { maxLength: 25 }), (count, actions) => {
        const s = new OpenSections(count);
        for (const a of actions) {
          const before = new Set(s.open);
          let changes: SectionChange[];
          if (a.kind === 'toggle') changes = s.toggle(a.index);
          else if (a.kind === 'all') changes = s.toggleAll();
          else if (a.kind === 'single') changes = s.setSingle(a.on);
          else changes = s.openFromHash(`#nvr-cornerstone-${a.n}`)?.changes ?? [];
          for (const { index, open } of changes) {
            expect(before.has(index)).to.equal(!open);
            if (open) before.add(index);
            else before.delete(index);
          }
          expect(opened(s)).to.deep.equal([...before].sort((x, y) => x - y));
          const indices = changes.map((c) => c.index);
          expect(indices).to.deep.equal([...indices].sort((x, y) => x - y));
          if (s.single) expect(s.open.size).to.be.at.most(1);
          for (const i of s.open) expect(i >= 0 && i < count).to.equal(true);
        }
      }),
    );
  });
});
