import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  buttonStyles,
  DEFAULT_EMERGENCY,
  DeviceStorage,
  emit,
  isSafeUrl,
  linkButtonStyles,
  NvrElement,
  resolveEmergencyNumber,
  shiftCounter,
  type EmergencyNumber,
} from '@nvr-widgets/core';
import {
  GESTURES,
  MAX_TEXT,
  RULES,
  STEPS,
  hasAnswers,
  localDate,
  stepStatus,
  validateStep,
  type FieldError,
  type SitInPlan,
  type StepId,
} from './model/plan.js';
import { errorMessage } from './content/errors.js';
import { introContent, statusLabels, stepHeadings, stepTitles } from './planner-content.js';
import type { FormHost } from './form-fields.js';
import { DEFAULT_EXIT_URL, pageActions } from './page-actions.js';
import { styles } from './nvr-sit-in-planner.styles.js';
import { PlanStore, type Notice } from './state/plan-store.js';
import './events.js';

type View = StepId | 'tasks';
/** The steps and the exports, loaded when first needed. */
type Steps = Awaited<ReturnType<typeof pageActions.loadSteps>>;

const DEFAULT_KEY = 'nvr-sit-in-plan';

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

  @state() private _view: View = 'tasks';
  @state() private _errors: FieldError[] = [];
  /** Came to a step through "Change" on the check page: Continue goes back there. */
  @state() private _fromCheck = false;
  @state() private _confirmDelete = false;
  /** The status live region has been in the page long enough for a notice in it to be heard. */
  @state() private _noticeHeard = false;
  /** The steps once loaded, and whether loading them failed (offline, or chunks/ missing). */
  @state() private _steps?: Steps;
  @state() private _loadFailed = false;

  /** `localStorage` key of this plan; two planners on one site need two keys. */
  @property({ attribute: 'storage-key' }) storageKey = DEFAULT_KEY;

  /** `local` (default) saves on this device; `none` keeps the plan in memory only. */
  @property() storage = 'local';

  /** Number to call when someone is in danger; else the provider's `emergencyNumber`, else 999. */
  @property({ attribute: 'emergency-number' }) emergencyNumber?: string;

  /** Neutral page that "Leave this page quickly" goes to (default https://www.bbc.co.uk/weather). */
  @property({ attribute: 'exit-url' }) exitUrl?: string;

  /** Step to open first, 1–8 or its name (`ready`, `behaviour`, `people`, `when`, `statement`, `during`, `after`, `check`). */
  @property({ attribute: 'start-step' }) startStep?: string;

  private readonly _storeEvents = {
    changed: () => this.requestUpdate(),
    deletedElsewhere: () => this._go('tasks'),
  };
  /** The plan and its saving: opened in the first update, again when `storage` or `storage-key` changes. */
  private _store = new PlanStore(undefined, this._storeEvents);
  private readonly _shift = shiftCounter();
  /** A move to another page happened: focus its heading (or the error summary) after rendering. */
  private _moved = false;
  /** What had focus before this update, to notice when rendering removed it. */
  private _focused: Element | null = null;
  private _stepsLoad?: Promise<Steps>;
  /** `exit-url` and the emergency number, validated. */
  private _exitTarget = DEFAULT_EXIT_URL;
  private _emergency: EmergencyNumber = DEFAULT_EMERGENCY;
  /** Until when scrolling may still be bringing the focused control into view (performance.now()). */
  private _revealUntil = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    // On the shadow root: a move between two controls inside it never reaches the host.
    this.renderRoot.addEventListener('focusin', this._keepFocusInSight);
    window.addEventListener('keydown', this._onKeydown, true);
    window.addEventListener('pageshow', this._catchUp);
    window.addEventListener('scroll', this._onScroll, { capture: true, passive: true });
    // Moved elsewhere in the page: keep the plan in memory (it may be unsaved), listen again, and
    // take in what other tabs saved meanwhile.
    if (this.hasUpdated) this._store.watch(true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this._onKeydown, true);
    window.removeEventListener('pageshow', this._catchUp);
    window.removeEventListener('scroll', this._onScroll, { capture: true });
    this._store.unwatch();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('storageKey') || changed.has('storage')) this._openStorage();
    if (!this.hasUpdated && this.startStep !== undefined) {
      const raw = this.startStep.trim().toLowerCase();
      const step = STEPS[Number(raw) - 1] ?? STEPS.find((s) => s === raw);
      if (step) this._view = step;
      else
        this.problems.report(
          'start-step',
          `"${this.startStep}" is not a step (1–8 or a step name); starting at the task list`,
        );
    }
    this._focused = this.shadowRoot?.activeElement ?? null;
    if (this._view !== 'tasks' && !this._loadFailed) this._loadSteps().catch(() => {});
    // Validate editor attributes as soon as they are set, so mistakes are reported at once.
    if (changed.has('exitUrl')) this._exitTarget = this._validExitUrl();
    if (changed.has('emergencyNumber') || changed.has('settings'))
      this._emergency = resolveEmergencyNumber(
        this.emergencyNumber,
        this.settings.emergencyNumber,
        this.problems,
      );
  }

  protected override firstUpdated(): void {
    // A live region speaks changes, not what it held when it appeared: fill it a moment after
    // screen readers have met it, so a notice present from the start (a corrupt plan) is heard.
    setTimeout(() => (this._noticeHeard = true), 100);
  }

  protected override updated(): void {
    const lost = this._focused && !this._focused.isConnected;
    this._focused = null;
    if (this._moved) {
      this._moved = false;
      const target = this._errors.length ? '.error-summary' : '#heading';
      this.renderRoot.querySelector<HTMLElement>(target)?.focus();
    } else if (lost) {
      // The control that had focus went away ("No, keep my plan", "Use the suggested words
      // again", "Continue my plan"): put focus next to where it was, never on the page's body.
      const near =
        this._view === 'statement' ? '#statement' : this._view === 'check' ? '.button.warning' : '';
      (
        (near && this.renderRoot.querySelector<HTMLElement>(near)) ||
        this.renderRoot.querySelector<HTMLElement>('#heading')
      )?.focus();
    }
  }

  // ---- Storage ----

  /** (Re)reads the plan from storage under the current key, and listens to other tabs. */
  private _openStorage(): void {
    this._store.unwatch();
    this._store = this._newStore();
    if (this.isConnected) this._store.watch();
  }

  private _newStore(): PlanStore {
    if (this.storage !== 'local' && this.storage !== 'none') {
      this.problems.report('storage', `"${this.storage}" is not "local" or "none"; saving on this device`);
    }
    const key = this.storageKey?.trim() || DEFAULT_KEY;
    return new PlanStore(this.storage === 'none' ? undefined : new DeviceStorage(key), this._storeEvents);
  }

  /** Back from the back-forward cache, which misses storage events: take in other tabs' saves. */
  private _catchUp = (): void => this._store.catchUp();

  private get _plan(): SitInPlan {
    return this._store.plan;
  }

  // ---- Editing ----

  private _set(patch: Partial<SitInPlan>): void {
    this._store.set(patch);
    this.requestUpdate();
  }

  private _onInput = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    this._set({ [input.name]: input.value.slice(0, MAX_TEXT) });
  };

  private _onToggle(list: 'rules' | 'gestures', id: string, on: boolean): void {
    const ids: readonly string[] = list === 'rules' ? RULES : GESTURES;
    const current: string[] = this._plan[list];
    this._set({ [list]: ids.filter((x) => (x === id ? on : current.includes(x))) });
  }

  private _onPerson(list: 'adults' | 'supporters', index: number, key: string, value: string): void {
    const people = this._plan[list].map((p, i) =>
      i === index ? { ...p, [key]: value.slice(0, MAX_TEXT) } : p,
    );
    this._set({ [list]: people });
  }

  private _addPerson(list: 'adults' | 'supporters'): void {
    const blank = list === 'adults' ? { name: '', relationship: '' } : { name: '', help: '' };
    this._set({ [list]: [...this._plan[list], blank] });
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<HTMLElement>(
          `#${list === 'adults' ? 'adult' : 'supporter'}-${this._plan[list].length - 1}-name`,
        )
        ?.focus(),
    );
  }

  private _removePerson(list: 'adults' | 'supporters', index: number): void {
    this._set({ [list]: this._plan[list].filter((_, i) => i !== index) });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#heading')?.focus());
  }

  /** A field's `change` (committed, not every keystroke): tell the page where the parent is. */
  private _onChange = (): void => {
    if (this._view === 'tasks') return;
    const step = this._view;
    emit(this, 'nvr-plan-change', {
      step: STEPS.indexOf(step) + 1,
      complete: this._status(step) === 'completed',
    });
  };

  // ---- Moving between pages ----

  private _go(view: View, fromCheck = false): void {
    this._view = view;
    this._errors = [];
    this._fromCheck = fromCheck;
    this._confirmDelete = false;
    this._moved = true;
  }

  private _continue = (e: Event): void => {
    e.preventDefault();
    const step = this._view as StepId;
    const errors = validateStep(this._plan, step, localDate(new Date()));
    if (errors.length) {
      this._errors = errors;
      this._moved = true;
      return;
    }
    if (!this._plan.done.includes(step))
      this._set({ done: STEPS.filter((s) => s === step || this._plan.done.includes(s)) });
    emit(this, 'nvr-plan-change', { step: STEPS.indexOf(step) + 1, complete: true });
    this._go(this._fromCheck ? 'check' : STEPS[STEPS.indexOf(step) + 1]);
  };

  private _back = (): void => {
    if (this._view === 'tasks') return;
    const index = STEPS.indexOf(this._view);
    this._go(this._fromCheck ? 'check' : index > 0 ? STEPS[index - 1] : 'tasks');
  };

  /** What the step renderers need from the element: the plan, its errors and the edit actions. */
  private get _form(): FormHost {
    return {
      plan: this._plan,
      emergency: this._emergency,
      error: (field) => {
        const found = this._errors.find((e) => e.field === field);
        return found && errorMessage(found);
      },
      onInput: this._onInput,
      set: (patch) => this._set(patch),
      toggle: (list, id, on) => this._onToggle(list, id, on),
      person: (list, i, key, value) => this._onPerson(list, i, key, value),
      add: (list) => this._addPerson(list),
      remove: (list, i) => this._removePerson(list, i),
    };
  }

  private _focusField(e: Event, field: string): void {
    e.preventDefault();
    const root = this.renderRoot;
    const target =
      root.querySelector<HTMLElement>(`#${field}`) ??
      root.querySelector<HTMLElement>(`[name="${field}"]:checked`) ??
      root.querySelector<HTMLElement>(`[name="${field}"]`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  }

  private _status(step: StepId) {
    return stepStatus(this._plan, step, localDate(new Date()));
  }

  /**
   * Scrolls the focused control out from under the sticky "Leave this page quickly" bar (WCAG
   * 2.4.11). Browsers scroll focus into view only when it is outside the viewport, and one under
   * the bar is inside it: most often when moving backwards, or to the error summary.
   */
  private _keepFocusInSight = (): void => {
    this._revealFocus();
    // The browser may still be scrolling to the control, animated (WebKit) or to a text field's
    // caret: look again as that scrolling happens, for a moment only, never against the visitor.
    this._revealUntil = performance.now() + 600;
  };

  private _onScroll = (): void => {
    if (performance.now() < this._revealUntil) requestAnimationFrame(() => this._revealFocus());
  };

  private _revealFocus(): void {
    const target = this.shadowRoot?.activeElement;
    const bar = this.renderRoot.querySelector('.exit')!.getBoundingClientRect();
    const box = target?.getBoundingClientRect();
    // Centred, it is clear of the bar, whichever way the visitor was moving.
    if (box && box.top < bar.bottom && box.bottom > bar.top && !target!.closest('.exit'))
      target!.scrollIntoView({ block: 'center' });
  }

  // ---- Quick exit ----

  private _onKeydown = (e: KeyboardEvent): void => {
    if (!e.repeat && this._shift(e.key, e.timeStamp)) this.quickExit();
  };

  /** Hides the planner at once and replaces the page with the neutral `exit-url`. */
  quickExit(): void {
    this.hidden = true;
    // Even where the page's own CSS sets this element's display (which beats :host([hidden])).
    this.style.setProperty('display', 'none', 'important');
    if (this._plan.hideOnExit) this._set({ locked: true });
    pageActions.leave(this._exitTarget);
  }

  private _validExitUrl(): string {
    const url = this.exitUrl?.trim();
    if (url && isSafeUrl(url) && !/^\s*(mailto|tel):/i.test(url)) return url;
    if (url)
      this.problems.report(
        'exit-url',
        `"${url}" is not an https:, http: or relative URL; using ${DEFAULT_EXIT_URL}`,
      );
    return DEFAULT_EXIT_URL;
  }

  // ---- Export and delete ----

  private _print = (): void => {
    emit(this, 'nvr-plan-export', { format: 'print' });
    window.print();
  };

  private _downloadText = async (): Promise<void> => {
    pageActions.save(
      msg('sit-in-plan') + '.txt',
      new Blob([await this.exportText()], { type: 'text/plain;charset=utf-8' }),
    );
    emit(this, 'nvr-plan-export', { format: 'text' });
  };

  private _downloadIcs = async (): Promise<void> => {
    const file = (await this._loadSteps()).icsFile(this._plan);
    if (!file) return;
    pageActions.save(msg('calendar-event') + '.ics', file);
    emit(this, 'nvr-plan-export', { format: 'ics' });
  };

  private _delete = (): void => {
    this.reset();
    this._store.notice = 'deleted';
    emit(this, 'nvr-plan-delete', {});
  };

  /**
   * The whole plan as plain text, as in the .txt download. Asynchronous: the export code loads on
   * first use, and the promise rejects if it cannot be loaded (offline, or no `chunks/` folder).
   */
  async exportText(): Promise<string> {
    return (await this._loadSteps()).planText(this._plan, this.effectiveLang, this._emergency.text);
  }

  /** "Try again": show "Loading…" (so a second failure is announced afresh), then the step. */
  private _retryLoad = (): void => {
    this._loadFailed = false;
    // The button goes away: focus the heading once the page has rendered again.
    this._moved = true;
    this._loadSteps().catch(() => {});
  };

  private _loadSteps(): Promise<Steps> {
    this._stepsLoad ??= pageActions.loadSteps().then(
      (steps) => {
        this._loadFailed = false;
        return (this._steps = steps);
      },
      (error: unknown) => {
        // Offline, or the chunks/ folder was not copied beside the script: say so, allow a retry.
        this._stepsLoad = undefined;
        this._loadFailed = true;
        this.problems.report(
          'chunks',
          `could not load the planner's steps (${String(error)}); copy the chunks/ folder beside the script`,
        );
        throw error;
      },
    );
    return this._stepsLoad;
  }

  /** Clears the plan, removes its saved copy from this device (this key only), shows the task list. */
  reset(): void {
    this._store.reset();
    this._go('tasks');
  }

  // ---- Rendering ----

  override render() {
    const locked = this._plan.locked;
    return html`<div part="base" class="base" lang=${this.settings.locale ?? nothing}>
      <div part="exit" class="exit no-print">
        <button part="exit-button" class="exit-button" type="button" @click=${() => this.quickExit()}>
          ${msg('Leave this page quickly')}
        </button>
        <span class="exit-hint">${msg('or press Shift 3 times')}</span>
      </div>
      <div class="notices" role="status">${this._noticeHeard ? this._renderNotice(false) : nothing}</div>
      ${this._renderNotice(true)}
      ${locked ? this._renderLocked() : this._view === 'tasks' ? this._renderTasks() : this._renderStep(this._view)}
    </div>`;
  }

  /**
   * The notice of this kind (`urgent`: could not save, an alert; else a status shown in the
   * `.notices` live region, which is always there so that screen readers hear what fills it).
   */
  private _renderNotice(urgent: boolean) {
    if (!this._store.notice || urgent !== (this._store.notice === 'not-saved')) return nothing;
    const text: Record<Notice, string> = {
      'not-saved': msg(
        'We could not save your plan on this device. It is still here while this page is open. To keep it, print it or download it from “Check your plan”.',
      ),
      'other-tab': msg(
        'Your plan was changed in another tab or window. This page now shows the latest answers.',
      ),
      'deleted-elsewhere': msg('Your plan was deleted in another tab or window.'),
      corrupt: msg('We could not read a plan saved earlier on this device, so you are starting a new one.'),
      damaged: msg(
        'Part of a plan saved earlier on this device was damaged. We kept every answer we could read. Please check your answers.',
      ),
      deleted: msg('Your plan has been deleted from this device.'),
    };
    return html`<div
      part="notice"
      class="notice no-print ${urgent ? 'notice-warning' : ''}"
      role=${urgent ? 'alert' : nothing}
    >
      <p>${text[this._store.notice]}</p>
      ${
        urgent && this._view !== 'check'
          ? html`<button class="link-button" type="button" @click=${() => this._go('check')}>
              ${msg('Print or download your plan')}
            </button>`
          : nothing
      }
    </div>`;
  }

  private _renderLocked() {
    return html`<p>
      <button part="button" class="button primary" type="button" @click=${() => this._set({ locked: false })}>
        ${msg('Continue my plan')}
      </button>
    </p>`;
  }

  private _renderTasks() {
    const titles = stepTitles();
    const statuses = statusLabels();
    // The same count as "Step N of 8": the check page is a step too (done once the rest are).
    const completed = STEPS.filter((s) => this._status(s) === 'completed').length;
    const next = STEPS.find((s) => this._status(s) !== 'completed') ?? 'check';
    const intro = introContent();
    return html`<h2 id="heading" part="heading" class="heading" tabindex="-1">${msg('Plan a sit-in')}</h2>
      <p>${intro.what}</p>
      <div class="inset">
        <p>${intro.notFirst}</p>
        <p>${intro.notPunishment}</p>
        <p>${intro.notAdvice}</p>
        ${this._renderFindPractitioner()}
      </div>
      <p>${intro.careful}</p>
      <p class="privacy">
        ${
          this._store.saving
            ? msg('Your plan is saved only on this device, in this browser. It is never sent anywhere.')
            : msg('Your plan is not saved. Print it or download it before you leave this page.')
        }
      </p>
      <p>${msg(str`You have completed ${completed} of ${STEPS.length} steps.`)}</p>
      <ol part="task-list" class="task-list">
        ${STEPS.map(
          (step) =>
            html`<li class="task">
              <button
                class="link-button task-link"
                type="button"
                aria-describedby=${step === 'check' ? nothing : `status-${step}`}
                @click=${() => this._go(step)}
              >
                ${titles[step]}
              </button>
              ${
                step === 'check'
                  ? nothing
                  : html`<span part="status" class="status status-${this._status(step)}" id="status-${step}"
                      >${statuses[this._status(step)]}</span
                    >`
              }
            </li>`,
        )}
      </ol>
      <p>
        <button part="button" class="button primary" type="button" @click=${() => this._go(next)}>
          ${hasAnswers(this._plan) ? msg('Continue your plan') : msg('Start planning')}
        </button>
      </p>
      ${
        this._store.saving
          ? html`<div class="checkbox">
              <input
                type="checkbox"
                id="hideOnExit"
                .checked=${this._plan.hideOnExit}
                @change=${(e: Event) => this._set({ hideOnExit: (e.target as HTMLInputElement).checked })}
              />
              <label for="hideOnExit"
                >${msg('When I leave quickly, hide my plan until I press “Continue my plan”')}</label
              >
            </div>`
          : nothing
      }`;
  }

  private _renderStep(step: StepId) {
    const index = STEPS.indexOf(step);
    const later = this._steps;
    const f = this._form;
    const body: Record<StepId, () => TemplateResult | undefined> = {
      ready: () => later?.renderReady(f, this._renderFindPractitioner()),
      behaviour: () => later?.renderBehaviour(f),
      people: () => later?.renderPeople(f),
      when: () => later?.renderWhen(f),
      statement: () => later?.renderStatement(f),
      during: () => later?.renderDuring(f),
      after: () => later?.renderAfter(f),
      check: () => (later ? this._renderCheck(later) : undefined),
    };
    const content =
      body[step]() ??
      (this._loadFailed
        ? html`<p role="alert">${msg('This part of the planner could not load. Your answers are safe.')}</p>
            <p>
              <button class="button" type="button" @click=${this._retryLoad}>${msg('Try again')}</button>
            </p>`
        : html`<p aria-busy="true">${msg('Loading…')}</p>`);
    return html`<p class="back no-print">
        <button class="link-button back-link" type="button" @click=${this._back}>${msg('Back')}</button>
      </p>
      ${this._renderErrorSummary()}
      <p part="progress" class="progress no-print" id="progress">
        ${msg(str`Step ${index + 1} of ${STEPS.length}`)}
      </p>
      <h2
        id="heading"
        part="heading"
        class="heading ${step === 'check' ? 'no-print' : ''}"
        tabindex="-1"
        aria-describedby="progress"
      >
        ${stepHeadings()[step]}
      </h2>
      ${
        step === 'check'
          ? content
          : html`<form novalidate @submit=${this._continue} @change=${this._onChange}>
              ${content}
              <p class="actions no-print">
                <button part="button" class="button primary" type="submit">
                  ${this._fromCheck ? msg('Save and return to your plan') : msg('Continue')}
                </button>
                <button class="link-button" type="button" @click=${() => this._go('tasks')}>
                  ${msg('See all steps')}
                </button>
              </p>
            </form>`
      }`;
  }

  private _renderErrorSummary() {
    if (!this._errors.length) return nothing;
    return html`<div
      part="error-summary"
      class="error-summary"
      tabindex="-1"
      role="alert"
      aria-labelledby="error-title"
    >
      <h3 id="error-title" class="error-title">${msg('There is a problem')}</h3>
      <ul>
        ${this._errors.map(
          (error) =>
            html`<li>
              <a href="#${error.field}" @click=${(e: Event) => this._focusField(e, error.field)}
                >${errorMessage(error)}</a
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }

  // ---- Steps ----

  /** The site's own "find a practitioner" page, when an <nvr-provider> names one. */
  private _renderFindPractitioner() {
    const url = this.settings.links?.findPractitioner;
    return url && isSafeUrl(url)
      ? html`<p><a href=${url}>${introContent().findPractitioner}</a></p>`
      : nothing;
  }

  private _renderCheck(page: Steps) {
    return page.renderCheckPage({
      plan: this._plan,
      lang: this.effectiveLang,
      emergency: this._emergency,
      confirmDelete: this._confirmDelete,
      setCalendarTitle: (title) => this._set({ calendarTitle: title.slice(0, MAX_TEXT) }),
      change: (step) => this._go(step, true),
      print: this._print,
      downloadIcs: this._downloadIcs,
      downloadText: this._downloadText,
      askDelete: this._askDelete,
      keep: () => (this._confirmDelete = false),
      delete: this._delete,
    });
  }

  private _askDelete = async (): Promise<void> => {
    this._confirmDelete = true;
    await this.updateComplete;
    // Focus the question, not "Yes, delete my plan": Enter pressed twice must not erase the plan.
    this.renderRoot.querySelector<HTMLElement>('#confirm-text')?.focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'nvr-sit-in-planner': NvrSitInPlanner;
  }
}
