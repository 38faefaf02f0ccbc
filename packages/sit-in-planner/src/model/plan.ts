/**
 * The sit-in plan: what a parent writes, step by step. Pure TS, no DOM. Answers are kept exactly
 * as typed (dates and times too) so nothing a parent wrote is ever rewritten or lost; parsing
 * happens in validation and export.
 */

export const STEPS = [
  'ready',
  'behaviour',
  'people',
  'when',
  'statement',
  'during',
  'after',
  'check',
] as const;
export type StepId = (typeof STEPS)[number];

export const ANSWERS = ['yes', 'no', 'unsure'] as const;
export type Answer = '' | (typeof ANSWERS)[number];

export const PLACES = ['bedroom', 'home', 'school', 'other'] as const;
export type Place = '' | (typeof PLACES)[number];

export const HELP = ['message', 'call', 'both'] as const;
export type Help = '' | (typeof HELP)[number];

/**
 * Step 1, "Is now the right time?": what practitioners check before a sit-in, each its own
 * question, in the order shown (grouped on screen). Danger now comes first: it changes the page.
 */
export const READY_QUESTIONS = [
  'dangerNow',
  'calmNow',
  'substances',
  'violentBefore',
  'weapons',
  'siblings',
  'selfHarm',
  'sensory',
  'adultsHarm',
  'hasSupport',
] as const;
export type ReadyQuestion = (typeof READY_QUESTIONS)[number];

/**
 * The answers that call for a question's own guidance. "Not sure" always does: when in doubt,
 * treat it as a risk (docs/sit-in-planner.md).
 */
export const RISKY_ANSWERS: Record<ReadyQuestion, readonly Answer[]> = {
  dangerNow: ['yes', 'unsure'],
  calmNow: ['no', 'unsure'],
  substances: ['yes', 'unsure'],
  violentBefore: ['yes', 'unsure'],
  weapons: ['yes', 'unsure'],
  siblings: ['yes', 'unsure'],
  selfHarm: ['yes', 'unsure'],
  sensory: ['yes', 'unsure'],
  adultsHarm: ['yes', 'unsure'],
  hasSupport: ['no', 'unsure'],
};

/** Rules the adults agree for the sit-in; `no-restraint` is the one that must be agreed. */
export const RULES = ['silence', 'no-lecture', 'no-reply', 'no-restraint'] as const;
export type RuleId = (typeof RULES)[number];

export const GESTURES = ['drink', 'meal', 'outing', 'note', 'time'] as const;
export type GestureId = (typeof GESTURES)[number];

export const REPEATS = ['days', 'week', 'practitioner'] as const;
export type Repeat = '' | (typeof REPEATS)[number];

export interface Person {
  name: string;
  relationship: string;
}

export interface Supporter {
  name: string;
  help: Help;
}

export const PLAN_VERSION = 1;
export const MAX_ADULTS = 4;
export const MIN_ADULTS = 2;
export const MAX_SUPPORTERS = 6;
/** Long enough for any honest answer; stops a pasted novel from filling the device's storage. */
export const MAX_TEXT = 2000;

/** Step 1's answers, one per question. */
export type Readiness = Record<ReadyQuestion, Answer>;

export interface SitInPlan extends Readiness {
  version: typeof PLAN_VERSION;
  // 1. Is now the right time? (the Readiness fields)
  // 2. The behaviour
  behaviour: string;
  // 3. Who will be there
  adults: Person[];
  supporters: Supporter[];
  // 4. Where and when (as typed)
  place: Place;
  placeOther: string;
  day: string;
  month: string;
  year: string;
  time: string;
  minutes: string;
  // 5. What you will say: empty and not edited means "use the generated statement"
  statement: string;
  statementEdited: boolean;
  // 6. During and ending
  rules: RuleId[];
  ifSuggestion: string;
  ifLeaves: string;
  ifEscalates: string;
  // 7. Afterwards
  gestures: GestureId[];
  otherGesture: string;
  repeat: Repeat;
  messages: string;
  // 8. Check: the calendar event's title; empty means the neutral default (never "sit-in").
  calendarTitle: string;
  /** Steps the parent continued from with valid answers. */
  done: StepId[];
  /** Leaving quickly hides the plan behind "Continue my plan". */
  hideOnExit: boolean;
  locked: boolean;
}

const readiness = (answer: (q: ReadyQuestion) => Answer): Readiness =>
  Object.fromEntries(READY_QUESTIONS.map((q) => [q, answer(q)])) as Readiness;

export function emptyPlan(): SitInPlan {
  return {
    version: PLAN_VERSION,
    ...readiness(() => ''),
    behaviour: '',
    adults: [
      { name: '', relationship: '' },
      { name: '', relationship: '' },
    ],
    supporters: [],
    place: '',
    placeOther: '',
    day: '',
    month: '',
    year: '',
    time: '',
    minutes: '30',
    statement: '',
    statementEdited: false,
    rules: [...RULES],
    ifSuggestion: '',
    ifLeaves: '',
    ifEscalates: '',
    gestures: [],
    otherGesture: '',
    repeat: '',
    messages: '',
    calendarTitle: '',
    done: [],
    hideOnExit: false,
    locked: false,
  };
}

// ---- Migration: any stored value → a valid plan, field by field, never throwing ----

const text = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v.slice(0, MAX_TEXT) : fallback);
const oneOf = <T extends string>(v: unknown, list: readonly T[], fallback: T | ''): T | '' =>
  list.includes(v as T) ? (v as T) : fallback;
const setOf = <T extends string>(v: unknown, list: readonly T[], fallback: T[]): T[] =>
  Array.isArray(v) ? list.filter((item) => v.includes(item)) : fallback;
const record = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const list = <T>(v: unknown, max: number, item: (r: Record<string, unknown>) => T): T[] | undefined =>
  Array.isArray(v) ? v.slice(0, max).map((entry) => item(record(entry))) : undefined;

/**
 * Turns whatever was stored (this version, an older one, a newer one, or garbage) into a valid
 * plan, keeping every field it can read. Unknown fields are left out of the plan (they are kept
 * in storage by `planToStore`); missing ones get defaults.
 * Version 1 is the first schema: a future version 2 adds its step here, before the field reads.
 * Fields added since (step 1's later questions, the calendar title) are simply unanswered in a
 * plan saved before them, so such a plan opens with step 1 "In progress" until they are answered.
 */
export function migrate(stored: unknown): SitInPlan {
  const s = record(stored);
  const d = emptyPlan();
  const adults =
    list(s.adults, MAX_ADULTS, (p) => ({ name: text(p.name), relationship: text(p.relationship) })) ?? [];
  // The planner always shows at least two adult rows (the minimum for a sit-in).
  while (adults.length < MIN_ADULTS) adults.push({ name: '', relationship: '' });
  return {
    version: PLAN_VERSION,
    ...readiness((q) => oneOf(s[q], ANSWERS, '')),
    behaviour: text(s.behaviour),
    adults,
    supporters:
      list(s.supporters, MAX_SUPPORTERS, (p) => ({ name: text(p.name), help: oneOf(p.help, HELP, '') })) ??
      d.supporters,
    place: oneOf(s.place, PLACES, ''),
    placeOther: text(s.placeOther),
    day: text(s.day),
    month: text(s.month),
    year: text(s.year),
    time: text(s.time),
    minutes: text(s.minutes, d.minutes),
    statement: text(s.statement),
    statementEdited: s.statementEdited === true,
    rules: setOf(s.rules, RULES, d.rules),
    ifSuggestion: text(s.ifSuggestion),
    ifLeaves: text(s.ifLeaves),
    ifEscalates: text(s.ifEscalates),
    gestures: setOf(s.gestures, GESTURES, d.gestures),
    otherGesture: text(s.otherGesture),
    repeat: oneOf(s.repeat, REPEATS, ''),
    messages: text(s.messages),
    calendarTitle: text(s.calendarTitle),
    done: setOf(s.done, STEPS, d.done),
    hideOnExit: s.hideOnExit === true,
    locked: s.locked === true,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isTextList = (...lists: unknown[][]) => lists.every((l) => l.every((x) => typeof x === 'string'));

/**
 * Three-way merge of one value. A side that left it as in `base` takes the other side's. When both
 * changed it: lists of choices (rules, gestures, done steps) keep what either side ticked or
 * unticked; rows (adults, supporters) merge row by row, field by field, keeping rows either side
 * added; anything else, `theirs` (the newer save) wins.
 */
function mergeValue(base: unknown, ours: unknown, theirs: unknown): unknown {
  if (same(ours, base)) return theirs;
  if (same(theirs, base) || same(ours, theirs)) return ours;
  if (Array.isArray(base) && Array.isArray(ours) && Array.isArray(theirs)) {
    if (isTextList(base, ours, theirs)) {
      const removedByUs = base.filter((x) => !ours.includes(x));
      const addedByUs = ours.filter((x) => !base.includes(x) && !theirs.includes(x));
      return [...theirs.filter((x) => !removedByUs.includes(x)), ...addedByUs];
    }
    // A removed row shifts the others: row by row is only safe while neither side removed one.
    if (ours.length >= base.length && theirs.length >= base.length)
      return [
        ...base.map((row, i) => mergeValue(row, ours[i], theirs[i])),
        ...theirs.slice(base.length),
        ...ours.slice(base.length),
      ];
    return theirs;
  }
  const isRecord = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isRecord(base) && isRecord(ours) && isRecord(theirs)) {
    const merged: Record<string, unknown> = { ...theirs };
    for (const key of Object.keys(ours)) merged[key] = mergeValue(base[key], ours[key], theirs[key]);
    return merged;
  }
  return theirs;
}

/**
 * What to save for `plan` over what is saved now (`stored`: this version's plan, a newer
 * version's, or a damaged one). Every answer this version changed is written; everything it left
 * alone — fields it does not know, values it cannot read (a newer version's choices), text beyond
 * its limits, a newer version number — is kept exactly as stored. Two pages of one site running
 * different versions of the planner can share a plan without either cutting the other's data.
 */
export function planToStore(plan: SitInPlan, stored: unknown): unknown {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return plan;
  // `stored` plays the side whose edits we keep wherever this version made none of its own.
  const kept = mergeValue(migrate(stored), stored, plan) as Record<string, unknown>;
  const { version } = stored as { version?: unknown };
  return {
    ...kept,
    version: typeof version === 'number' && version > PLAN_VERSION ? version : PLAN_VERSION,
  };
}

/**
 * Three-way merge for two tabs editing one plan: starting from `base` (what both last saw), each
 * answer keeps the side that changed it; where both changed the same answer, `theirs` (the newer
 * save) wins. Ticked choices and people's rows merge item by item. So an edit in one tab is never
 * lost because another tab saved later.
 */
export function mergePlans(base: SitInPlan, ours: SitInPlan, theirs: SitInPlan): SitInPlan {
  return migrate(mergeValue(base, ours, theirs));
}

// ---- Dates, times and lengths, as typed ----

export interface PlanDate {
  year: number;
  month: number;
  day: number;
}

const wholeNumber = (s: string): number | undefined => (/^\s*\d{1,4}\s*$/.test(s) ? Number(s) : undefined);

/** The calendar date from day, month and year boxes, or undefined if it is not a real date. */
export function parseDate(day: string, month: string, year: string): PlanDate | undefined {
  const [d, m, y] = [wholeNumber(day), wholeNumber(month), wholeNumber(year)];
  if (d === undefined || m === undefined || y === undefined || y < 1000) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return { year: y, month: m, day: d };
}

/**
 * A time of day as people write it: `19:30`, `19.30`, `1930`, `7:30pm`, `7 pm`, `19` → `{hour, minute}`
 * on a 24-hour clock, or undefined.
 */
export function parseTime(input: string): { hour: number; minute: number } | undefined {
  const match = /^\s*(\d{1,2})(?:\s*[:.h]?\s*(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*$/i.exec(input);
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  const half = match[3]?.toLowerCase().replace(/\./g, '');
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  return { hour, minute };
}

export const MIN_MINUTES = 5;
export const MAX_MINUTES = 90;

/** The agreed length in whole minutes (5–90), or undefined. */
export function parseMinutes(input: string): number | undefined {
  const n = wholeNumber(input);
  return n !== undefined && n >= MIN_MINUTES && n <= MAX_MINUTES ? n : undefined;
}

/** Date and time of the sit-in when both are valid: the calendar export needs both. */
export function startOf(plan: SitInPlan): (PlanDate & { hour: number; minute: number }) | undefined {
  const date = parseDate(plan.day, plan.month, plan.year);
  const time = parseTime(plan.time);
  return date && time ? { ...date, ...time } : undefined;
}

// ---- Safety ----

/** True when `question`'s answer calls for its guidance. */
export const isRisky = (plan: Readiness, question: ReadyQuestion): boolean =>
  plan[question] !== '' && RISKY_ANSWERS[question].includes(plan[question]);

/** Step 1's questions whose answers call for guidance, in order; danger now on its own. */
export function riskSignals(plan: Readiness): { any: boolean; dangerNow: boolean; risky: ReadyQuestion[] } {
  const risky = READY_QUESTIONS.filter((q) => isRisky(plan, q));
  return { any: risky.length > 0, dangerNow: risky.includes('dangerNow'), risky };
}

// ---- Validation, per step ----

/**
 * Why a step cannot be continued from: a code, not words (content/errors.ts says it to the parent
 * in their language).
 */
export type FieldErrorCode =
  | 'answer-missing'
  | 'behaviour-missing'
  | 'adult-name-missing'
  | 'adults-too-few'
  | 'supporter-name-missing'
  | 'place-missing'
  | 'place-other-missing'
  | 'date-missing'
  | 'date-invalid'
  | 'date-past'
  | 'time-missing'
  | 'time-invalid'
  | 'minutes-out-of-range'
  | 'statement-missing'
  | 'no-restraint-missing'
  | 'if-escalates-missing'
  | 'gesture-missing'
  | 'repeat-missing';

/**
 * A problem with one field: `field` is the id of the input (or the first input of a group);
 * `index` numbers the row (adult or supporter) from 0 where the code is about one.
 */
export interface FieldError {
  field: string;
  code: FieldErrorCode;
  index?: number;
}

const blank = (s: string) => s.trim() === '';

/**
 * The problems stopping a parent from continuing from `step`, in the order the fields appear.
 * `today` decides whether a date is in the past.
 */
export function validateStep(plan: SitInPlan, step: StepId, today: PlanDate): FieldError[] {
  const errors: FieldError[] = [];
  const need = (ok: boolean, field: string, code: FieldErrorCode) => {
    if (!ok) errors.push({ field, code });
  };
  switch (step) {
    case 'ready':
      for (const q of READY_QUESTIONS) need(plan[q] !== '', q, 'answer-missing');
      break;
    case 'behaviour':
      need(!blank(plan.behaviour), 'behaviour', 'behaviour-missing');
      break;
    case 'people': {
      const named = plan.adults.filter((p) => !blank(p.name)).length;
      plan.adults.forEach((p, i) => {
        if (blank(p.name) && !blank(p.relationship))
          errors.push({ field: `adult-${i}-name`, code: 'adult-name-missing', index: i });
      });
      if (named < MIN_ADULTS && errors.length === 0) {
        const first = plan.adults.findIndex((p) => blank(p.name));
        errors.push({ field: `adult-${first < 0 ? 0 : first}-name`, code: 'adults-too-few' });
      }
      plan.supporters.forEach((p, i) => {
        if (blank(p.name) && p.help !== '')
          errors.push({ field: `supporter-${i}-name`, code: 'supporter-name-missing', index: i });
      });
      break;
    }
    case 'when': {
      need(plan.place !== '', 'place', 'place-missing');
      if (plan.place === 'other') need(!blank(plan.placeOther), 'placeOther', 'place-other-missing');
      const date = parseDate(plan.day, plan.month, plan.year);
      if (blank(plan.day) && blank(plan.month) && blank(plan.year)) need(false, 'day', 'date-missing');
      else if (!date) need(false, 'day', 'date-invalid');
      else need(compareDates(date, today) >= 0, 'day', 'date-past');
      if (blank(plan.time)) need(false, 'time', 'time-missing');
      else need(parseTime(plan.time) !== undefined, 'time', 'time-invalid');
      need(parseMinutes(plan.minutes) !== undefined, 'minutes', 'minutes-out-of-range');
      break;
    }
    case 'statement':
      need(!plan.statementEdited || !blank(plan.statement), 'statement', 'statement-missing');
      break;
    case 'during':
      need(plan.rules.includes('no-restraint'), 'rule-no-restraint', 'no-restraint-missing');
      need(!blank(plan.ifEscalates), 'ifEscalates', 'if-escalates-missing');
      break;
    case 'after':
      need(plan.gestures.length > 0 || !blank(plan.otherGesture), 'gesture-drink', 'gesture-missing');
      need(plan.repeat !== '', 'repeat', 'repeat-missing');
      break;
    case 'check':
      break;
  }
  return errors;
}

const compareDates = (a: PlanDate, b: PlanDate) => a.year - b.year || a.month - b.month || a.day - b.day;

// ---- Step status (task list) ----

export type StepStatus = 'not-started' | 'in-progress' | 'completed';

/** The fields each step owns, to tell "Not started" from "In progress". */
const STEP_FIELDS: Record<StepId, (keyof SitInPlan)[]> = {
  ready: [...READY_QUESTIONS],
  behaviour: ['behaviour'],
  people: ['adults', 'supporters'],
  when: ['place', 'placeOther', 'day', 'month', 'year', 'time', 'minutes'],
  statement: ['statement', 'statementEdited'],
  during: ['rules', 'ifSuggestion', 'ifLeaves', 'ifEscalates'],
  after: ['gestures', 'otherGesture', 'repeat', 'messages'],
  check: [],
};

/** Completed: continued from with valid answers. In progress: anything answered. */
export function stepStatus(plan: SitInPlan, step: StepId, today: PlanDate): StepStatus {
  if (step === 'check') {
    return STEPS.slice(0, -1).every((s) => stepStatus(plan, s, today) === 'completed')
      ? 'completed'
      : 'not-started';
  }
  if (plan.done.includes(step) && validateStep(plan, step, today).length === 0) return 'completed';
  const defaults = emptyPlan();
  const touched = STEP_FIELDS[step].some((f) => JSON.stringify(plan[f]) !== JSON.stringify(defaults[f]));
  return touched || plan.done.includes(step) ? 'in-progress' : 'not-started';
}

/** True when a plan has anything a parent wrote (so there is something to save or delete). */
export function hasAnswers(plan: SitInPlan): boolean {
  const defaults = emptyPlan();
  return STEPS.some((s) =>
    STEP_FIELDS[s].some((f) => JSON.stringify(plan[f]) !== JSON.stringify(defaults[f])),
  );
}

/** The local calendar date of `now`. */
export const localDate = (now: Date): PlanDate => ({
  year: now.getFullYear(),
  month: now.getMonth() + 1,
  day: now.getDate(),
});

/** What the task list shows: each step's status, how many are done, and where to continue. */
export function taskList(plan: SitInPlan, today: PlanDate) {
  const status = Object.fromEntries(STEPS.map((s) => [s, stepStatus(plan, s, today)])) as Record<
    StepId,
    StepStatus
  >;
  // The same count as "Step N of 8": the check page is a step too (done once the rest are).
  const completed = STEPS.filter((s) => status[s] === 'completed').length;
  const next = STEPS.find((s) => status[s] !== 'completed') ?? 'check';
  return { status, completed, next, started: hasAnswers(plan) };
}
