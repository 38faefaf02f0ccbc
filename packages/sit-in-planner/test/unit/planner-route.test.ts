import { describe, expect, it } from '../../../../test/unit/harness.js';
import { emptyPlan, STEPS } from '../../src/model/plan.js';
import { PlannerRoute } from '../../src/state/planner-route.js';
import { completePlan } from '../plans.js';

const TODAY = { year: 2026, month: 11, day: 23 };

const route = () => {
  const seen = { changed: 0 };
  return { route: new PlannerRoute(() => void seen.changed++), seen };
};

describe('PlannerRoute: moving between pages', () => {
  it('starts at the task list; going to a page clears its errors, the Change mode and the delete question', () => {
    const { route: r, seen } = route();
    expect(r.view).to.equal('tasks');
    r.submit(emptyPlan(), TODAY);
    r.go('behaviour');
    expect(r.submit(emptyPlan(), TODAY)?.errors).to.have.length(1);
    r.askDelete(true);
    r.go('check');
    expect([r.view, r.errors, r.fromCheck, r.confirmDelete]).to.deep.equal(['check', [], false, false]);
    expect(seen.changed).to.equal(4);
  });

  it('Back goes to the step before, from step 1 to the task list, and after Change to the check page', () => {
    const { route: r } = route();
    r.back();
    expect(r.view).to.equal('tasks');
    r.go('people');
    r.back();
    expect(r.view).to.equal('behaviour');
    r.go('ready');
    r.back();
    expect(r.view).to.equal('tasks');
    r.go('when', true);
    r.back();
    expect(r.view).to.equal('check');
  });

  it('Continue with errors stays, and gives the codes', () => {
    const { route: r } = route();
    r.go('when');
    const result = r.submit(emptyPlan(), TODAY);
    expect(result?.step).to.equal('when');
    expect(r.view).to.equal('when');
    expect(r.errors.map((e) => e.code)).to.deep.equal(result?.errors.map((e) => e.code));
    expect(r.errors.map((e) => e.code)).to.include('place-missing');
  });

  it('Continue from a valid step marks it done once, in step order, and goes to the next', () => {
    const { route: r } = route();
    const plan = { ...completePlan(), done: ['people' as const] };
    r.go('behaviour');
    expect(r.submit(plan, TODAY)).to.deep.equal({
      step: 'behaviour',
      errors: [],
      done: ['behaviour', 'people'],
    });
    expect(r.view).to.equal('people');
    expect(r.submit(plan, TODAY)).to.deep.equal({ step: 'people', errors: [], done: undefined });
    expect(r.view).to.equal('when');
  });

  it('Continue after Change returns to the check page; the last step leads to it too', () => {
    const { route: r } = route();
    r.go('statement', true);
    r.submit(completePlan(), TODAY);
    expect([r.view, r.fromCheck]).to.deep.equal(['check', false]);
    r.go(STEPS[STEPS.length - 2]);
    r.submit(completePlan(), TODAY);
    expect(r.view).to.equal('check');
  });
});
