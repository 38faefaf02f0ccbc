import {
  STEPS,
  stepStatus,
  validateStep,
  type FieldError,
  type PlanDate,
  type SitInPlan,
  type StepId,
} from '../model/plan.js';

/** A page of the planner: the task list or one of the 8 steps. */
export type View = StepId | 'tasks';

/** What Continue did: stayed with errors, or moved on (with the plan's new `done` list, if it grew). */
export interface Submitted {
  step: StepId;
  errors: readonly FieldError[];
  done?: StepId[];
}

/**
 * Where the parent is: the page, its errors, whether they came from the check page ("Change"
 * returns there) and the delete question. The rules of moving between pages live here; the element
 * decides where focus goes. Pure: no Lit, no DOM.
 */
export class PlannerRoute {
  view: View = 'tasks';
  errors: readonly FieldError[] = [];
  /** Came to a step through "Change" on the check page: Continue and Back go back there. */
  fromCheck = false;
  /** "Delete my plan" was pressed: ask before deleting. */
  confirmDelete = false;

  constructor(private readonly _changed: () => void = () => {}) {}

  go(view: View, fromCheck = false): void {
    this.view = view;
    this.errors = [];
    this.fromCheck = fromCheck;
    this.confirmDelete = false;
    this._changed();
  }

  /** Back: the check page if the parent came from it, else the step before (or the task list). */
  back(): void {
    if (this.view === 'tasks') return;
    const index = STEPS.indexOf(this.view);
    this.go(this.fromCheck ? 'check' : index > 0 ? STEPS[index - 1] : 'tasks');
  }

  /** Continue from the current step: its errors, or the next page (the check page after Change). */
  submit(plan: SitInPlan, today: PlanDate): Submitted | undefined {
    const step = this.view;
    if (step === 'tasks') return undefined;
    const errors = validateStep(plan, step, today);
    if (errors.length) {
      this.errors = errors;
      this._changed();
      return { step, errors };
    }
    const done = plan.done.includes(step)
      ? undefined
      : STEPS.filter((s) => s === step || plan.done.includes(s));
    this.go(this.fromCheck ? 'check' : (STEPS[STEPS.indexOf(step) + 1] ?? 'check'));
    return { step, errors, done };
  }

  /** Where the parent is, for `nvr-plan-change` (never what they wrote); undefined on the task list. */
  where(plan: SitInPlan, today: PlanDate): { step: number; complete: boolean } | undefined {
    const step = this.view;
    if (step === 'tasks') return undefined;
    return { step: STEPS.indexOf(step) + 1, complete: stepStatus(plan, step, today) === 'completed' };
  }

  askDelete(ask: boolean): void {
    this.confirmDelete = ask;
    this._changed();
  }
}
