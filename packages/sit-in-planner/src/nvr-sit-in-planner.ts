import { html, isServer, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import {
  buttonStyles,
  DEFAULT_EMERGENCY,
  DeviceStorage,
  emit,
  FocusController,
  LazyView,
  linkButtonStyles,
  NvrElement,
  resolveEmergencyNumber,
  TripleShift,
  WindowListener,
  type EmergencyNumber,
} from '@nvr-widgets/core';
import { attributeText as text, parseLink, type Parsed } from '@nvr-widgets/core/pure.js';
import { localDate, STEPS, type StepId } from './model/plan.js';
import {
  DEFAULT_EXIT_URL,
  DEFAULT_KEY,
  parseExitUrl,
  parseStartStep,
  parseStorage,
  parseStorageKey,
  type StartStep,
  type StorageMode,
} from './model/attributes.js';
import { PlanStore } from './state/plan-store.js';
import { PlannerRoute, type View } from './state/planner-route.js';
import type { PlannerViewContext, StepViews } from './view/context.js';
import { FocusInSight } from './view/focus-in-sight.js';
import { pageActions } from './view/page-actions.js';
import { renderPlanner } from './view/planner-view.js';
import { focusFallback } from './view/step-page.js';
import { styles } from './nvr-sit-in-planner.styles.js';
import './events.js';

/**
 * Walks a parent through planning an NVR sit-in, one step per page, with a task list, a check
 * page, print, calendar and text downloads. The plan is saved on this device only (`localStorage`),
 * restored on reload, merged safely between open tabs, and never sent anywhere. "Leave this page
 * quickly" (or Shift pressed three times) replaces the page with a neutral site.
 *
 * @tag nvr-sit-in-planner
 *
 * @event {CustomEvent<NvrPlanChangeDetail>} nvr-plan-change - A step's answers changed or the parent continued from it: `{step, complete}` (no personal data).
 * @event {CustomEvent<NvrPlanExportDetail>} nvr-plan-export - The parent printed or downloaded the plan: `{format: "print" | "ics" | "text"}`.
 * @event {CustomEvent} nvr-plan-delete - The parent deleted the plan from this device.
 * @event {CustomEvent<NvrConfigErrorDetail>} nvr-config-error - An attribute had a problem: `{widget, field, problem}`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart exit - The bar holding "Leave this page quickly" (sticky at the top).
 * @csspart exit-button - The "Leave this page quickly" button.
 * @csspart notice - A message about saving (not saved, changed in another tab, deleted).
 * @csspart task-list - The list of steps with their status.
 * @csspart status - The status of a step in the task list.
 * @csspart progress - "Step 3 of 8".
 * @csspart heading - The one heading of the current page.
 * @csspart error-summary - The "There is a problem" box.
 * @csspart guidance - The safety guidance shown when answers signal risk.
 * @csspart button - The main buttons (Continue, Print, Download…).
 * @csspart summary - The answers on the check page.
 *
 * @cssprop [--nvr-sit-in-planner-exit-background=#8f1d1d] - Background of the quick-exit button.
 * @cssprop [--nvr-sit-in-planner-exit-color=#ffffff] - Text colour of the quick-exit button.
 * @cssprop [--nvr-sit-in-planner-error-color=var(--nvr-color-error)] - Colour of error messages and their border.
 * @cssprop [--nvr-sit-in-planner-reserve] - Height reserved before the script runs; see docs/placeholder.css.
 */
export class NvrSitInPlanner extends NvrElement {
  static override styles = [...NvrElement.styles, buttonStyles, linkButtonStyles, styles];
  // Declared here rather than with decorators, as in the other widgets: fewer bytes, same API.
  static override properties = {
    _noticeHeard: { state: true },
    storageKey: { attribute: 'storage-key' },
    storage: {},
    emergencyNumber: { attribute: 'emergency-number' },
    exitUrl: { attribute: 'exit-url' },
    startStep: { attribute: 'start-step' },
  };

  /** `localStorage` key of this plan; two planners on one site need two keys. */
  storageKey = DEFAULT_KEY;

  /** `local` (default) saves on this device; `none` keeps the plan in memory only. */
  storage: StorageMode = 'local';

  /** Number to call when someone is in danger; else the provider's `emergencyNumber`, else 999. */
  declare emergencyNumber?: string;

  /** Neutral page that "Leave this page quickly" goes to (default https://www.bbc.co.uk/weather). */
  declare exitUrl?: string;

  /** Step to open first, 1–8 or its name (`ready`, `behaviour`, `people`, `when`, `statement`, `during`, `after`, `check`). */
  declare startStep?: StartStep;

  private readonly _storeEvents = {
    changed: () => this.requestUpdate(),
    deletedElsewhere: () => this._go('tasks'),
  };
  /** The plan and its saving: opened in the first update, again when `storage` or `storage-key` changes. */
  private _store = new PlanStore(undefined, this._storeEvents);
  private readonly _route = new PlannerRoute(() => this.requestUpdate());
  /** The steps and the exports (view/lazy/steps.ts), loaded when a step is first opened. */
  private readonly _steps = new LazyView<StepViews>(this, this.problems, () => pageActions.loadSteps());
  /** After a move, focus goes to the new page's heading (or the error summary), never to the body. */
  private readonly _focus = new FocusController(this, () => focusFallback(this._route.view));
  private _exitTarget = DEFAULT_EXIT_URL;
  private _emergency: EmergencyNumber = DEFAULT_EMERGENCY;
  /** The status live region has been in the page long enough for a notice in it to be heard. */
  private _noticeHeard = false;
  /** `storage="local"`: the plan is kept on this device (an attribute, so the server knows it too). */
  private _saving = true;
  /** `start-step`, parsed in the first update and opened once the saved plan is in. */
  private _startStep?: StepId;
  /**
   * Render from attributes alone: the introduction with an empty plan. The server has no storage,
   * URL or provider, so that is all it can render; and the first client render of a pre-rendered
   * planner must return exactly what the server rendered, because Lit's hydration keeps the
   * server's nodes and only records the values (a saved plan read there would leave "Start
   * planning" and "Not started" on screen forever). Cleared by {@link _restore}.
   */
  private _attributesOnly = isServer || this.hydrating;

  constructor() {
    super();
    new TripleShift(this, () => this.quickExit());
    // Back from the back-forward cache, which misses storage events: take in other tabs' saves.
    new WindowListener(this, 'pageshow', () => this._store.catchUp());
    new FocusInSight(this, '.exit');
    // Moved elsewhere in the page: keep the plan in memory (it may be unsaved), listen again, and
    // take in what other tabs saved meanwhile. (The first time, opening the storage listens.)
    this.addController({
      hostConnected: () => this.hasUpdated && this._store.watch(true),
      hostDisconnected: () => this._store.unwatch(),
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('storageKey') || changed.has('storage')) {
      this._saving = this._use('storage', parseStorage(this.storage)) === 'local';
      // The first time, _restore opens it (below, or after hydration).
      if (this.hasUpdated && !this._attributesOnly) this._openStorage();
    }
    if (!this.hasUpdated) {
      // Validate editor attributes as soon as they are set, so mistakes are reported at once.
      this._startStep = this._use('start-step', parseStartStep(this.startStep));
      // The saved plan and start-step: now, or right after a pre-rendered view has been taken
      // over. The server stops at the introduction (no storage there).
      if (!isServer) this.afterHydration(() => this._restore());
    }
    if (changed.has('exitUrl')) this._exitTarget = this._use('exit-url', parseExitUrl(this.exitUrl));
    if (changed.has('emergencyNumber') || changed.has('settings'))
      this._emergency = resolveEmergencyNumber(
        text(this.emergencyNumber),
        this.settings.emergencyNumber,
        this.problems,
      );
    if (this._route.view !== 'tasks') this._steps.get();
  }

  /**
   * Leaves the attributes-only first view: reads the saved plan (and listens to other tabs), opens
   * `start-step` (a provider's settings arrive then too, from core). Runs in the first update on a plain page,
   * and right after hydration on a pre-rendered one (a microtask later: nothing can be typed in
   * between, and the introduction has no field that could lose text).
   */
  private _restore(): void {
    this._attributesOnly = false;
    this._openStorage();
    this._route.view = this._startStep ?? 'tasks';
    // After a take-over this is a new state to show (within the first update, it is that update).
    this.requestUpdate();
  }

  /** What an attribute parser says to use; its problem, if any, reported under the attribute. */
  private _use<T>(field: string, { value, problem }: Parsed<T>): T {
    if (problem) this.problems.report(field, problem);
    return value;
  }

  protected override firstUpdated(): void {
    // A live region speaks changes, not what it held when it appeared: fill it a moment after
    // screen readers have met it, so a notice present from the start (a corrupt plan) is heard.
    setTimeout(() => (this._noticeHeard = true), 100);
  }

  /** (Re)reads the plan from storage under the current key, and listens to other tabs. */
  private _openStorage(): void {
    const device = this._saving ? new DeviceStorage(parseStorageKey(this.storageKey)) : undefined;
    this._store.unwatch();
    this._store = new PlanStore(device, this._storeEvents);
    if (this.isConnected) this._store.watch();
  }

  private _go(view: View, fromCheck = false): void {
    this._route.go(view, fromCheck);
    this._focus.after('#heading');
  }

  /** Continue: the error summary, or the next page; the page hears where the parent is. */
  private _submit(e: Event): void {
    e.preventDefault();
    const result = this._route.submit(this._store.plan, localDate(new Date()));
    if (!result) return;
    if (result.errors.length) return this._focus.after('.error-summary');
    if (result.done) this._store.set({ done: result.done });
    emit(this, 'nvr-plan-change', { step: STEPS.indexOf(result.step) + 1, complete: true });
    this._focus.after('#heading');
  }

  /** Hides the planner at once and replaces the page with the neutral `exit-url`. */
  quickExit(): void {
    this.hidden = true;
    // Even where the page's own CSS sets this element's display (which beats :host([hidden])).
    this.style.setProperty('display', 'none', 'important');
    if (this._store.plan.hideOnExit) this._store.set({ locked: true });
    pageActions.leave(this._exitTarget);
  }

  /**
   * The whole plan as plain text, as in the .txt download. Asynchronous: the export code loads on
   * first use, and the promise rejects if it cannot be loaded (offline, or no `chunks/` folder).
   */
  async exportText(): Promise<string> {
    return (await this._steps.load()).planText(this._store.plan, this.effectiveLang, this._emergency.text);
  }

  /** Clears the plan, removes its saved copy from this device (this key only), shows the task list. */
  reset(): void {
    this._store.reset();
    this._go('tasks');
  }

  /** What the views read and may do: data and callbacks, never the element itself. */
  private _context(): PlannerViewContext {
    const { _route: route, _store: store, _steps: steps } = this;
    return {
      view: route.view,
      errors: route.errors,
      fromCheck: route.fromCheck,
      confirmDelete: route.confirmDelete,
      plan: store.plan,
      notice: store.notice,
      saving: this._saving,
      noticeHeard: this._noticeHeard,
      locale: this.settings.locale,
      lang: this.effectiveLang,
      // The visitor's clock: harmless in the attributes-only first view (an empty plan's steps
      // are all "Not started" whatever the day).
      today: localDate(new Date()),
      emergency: this._emergency,
      practitionerUrl: parseLink(text(this.settings.links?.findPractitioner)).value,
      steps: steps.module,
      pending: steps.failed
        ? steps.failure(msg('Your answers are safe.'), () => this._focus.after('#heading'))
        : html`<p aria-busy="true">${msg('Loading…')}</p>`,
      setField: (name, value) => store.setField(name, value),
      set: (patch) => store.set(patch),
      toggle: (list, id, on) => store.toggle(list, id, on),
      person: (list, i, key, value) => store.editPerson(list, i, key, value),
      add: (list) =>
        this._focus.after(`#${list === 'adults' ? 'adult' : 'supporter'}-${store.addPerson(list)}-name`),
      remove: (list, i) => (store.removePerson(list, i), this._focus.after('#heading')),
      go: (view, fromCheck) => this._go(view, fromCheck),
      back: () => (route.back(), this._focus.after('#heading')),
      submit: (e) => this._submit(e),
      // A field's `change` (committed, not every keystroke): tell the page where the parent is.
      changed: () => {
        const where = route.where(store.plan, localDate(new Date()));
        if (where) emit(this, 'nvr-plan-change', where);
      },
      quickExit: () => this.quickExit(),
      change: (step) => this._go(step, true),
      print: () => (emit(this, 'nvr-plan-export', { format: 'print' }), window.print()),
      // Saved through the device only: nothing goes over the network.
      download: (format) =>
        void steps.load().then((views) => {
          const file = views.exportFile(format, store.plan, this.effectiveLang, this._emergency);
          if (file) pageActions.save(file.name, file.blob);
          if (file) emit(this, 'nvr-plan-export', { format });
        }),
      // Focus the question, not "Yes, delete my plan": Enter pressed twice must not erase the plan.
      askDelete: () => (route.askDelete(true), this._focus.after('#confirm-text')),
      keep: () => route.askDelete(false),
      delete: () => (this.reset(), (store.notice = 'deleted'), emit(this, 'nvr-plan-delete', {})),
    };
  }

  override render() {
    return renderPlanner(this._context());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nvr-sit-in-planner': NvrSitInPlanner;
  }
}
