import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DeviceStorage } from '@nvr-widgets/core';
import { emptyPlan, migrate, type SitInPlan } from '../src/model/plan.js';
import { edit } from './plans.js';

/** The plan through the browser's own storage (core DeviceStorage): the rest is in test/unit. */
describe('plan model: saved in localStorage', () => {
  afterEach(() => localStorage.removeItem('nvr-test-plan'));

  it('any sequence of edits, saved and loaded again, gives the same plan', () => {
    const store = new DeviceStorage('nvr-test-plan');
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 20 }), (edits) => {
        const plan = edits.reduce<SitInPlan>((p, e) => ({ ...p, ...e }), emptyPlan());
        expect(store.write(plan).ok).to.equal(true);
        const read = store.read();
        expect(read.ok && migrate(read.stored?.value)).to.deep.equal(plan);
      }),
      { numRuns: 200 },
    );
  });

  it('loading any stored string never throws and always gives a valid plan', () => {
    fc.assert(
      fc.property(fc.string(), (stored) => {
        const store = new DeviceStorage('nvr-test-plan');
        localStorage.setItem('nvr-test-plan', stored);
        const read = store.read();
        expect(migrate(read.ok ? read.stored?.value : undefined).version).to.equal(1);
      }),
    );
  });
});
