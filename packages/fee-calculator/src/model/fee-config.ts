/**
 * Editor JSON → a valid `FeeConfig` and the list of what was wrong, each with its JSON path:
 * `items[2].price: "66O" is not a decimal amount`. Field by field, so a mistake drops only what
 * it spoils: a bad note loses the note, a bad price loses that item, an unknown id in `requires`
 * loses that one reference. Never throws, whatever the input. Loaded lazily: only editor JSON
 * needs it, the built-in list is already valid.
 */
import * as v from 'valibot';
import type { ConfigProblem } from './fee-types.js';
import { minorDigits, parseAmount, parseRate } from './money-parse.js';
import { fixesHostBeforePlaceholders, isSafeBookingUrl } from './booking.js';
import type { FeeConfig, FeeDiscount, FeeItem } from './fee-types.js';

export interface ParsedFeeConfig {
  config: FeeConfig;
  problems: ConfigProblem[];
  /** Where each item's note is in the editor's JSON, by item id (`items[3].note`). */
  notePaths?: Record<string, string>;
}

const MAX_PARTICIPANTS = 10_000;

const text = v.pipe(v.string('must be text'), v.trim(), v.nonEmpty('must not be empty'));
/** Amounts and rates stay strings here; they are checked exactly once the currency is known. */
const decimal = v.pipe(
  v.union([v.string(), v.number()], 'must be a decimal amount in quotes, e.g. "660.00"'),
  v.transform((value) => String(value).trim()),
);
const ids = v.array(
  v.string('must be an item id in quotes'),
  'must be a list of item ids, e.g. ["foundation"]',
);
const flag = v.boolean('must be true or false');
const count = v.pipe(
  v.number('must be a whole number'),
  v.integer('must be a whole number'),
  v.minValue(1, 'must be at least 1'),
  v.maxValue(MAX_PARTICIPANTS, `must be at most ${MAX_PARTICIPANTS}`),
);
const date = v.pipe(
  v.string('must be a date such as "2026-03-01"'),
  v.isoDate((issue) => `${JSON.stringify(issue.input)} is not a date such as "2026-03-01"`),
  // isoDate takes any day 01–31 in any month: "2026-02-31" would show as 3 March.
  v.check(isCalendarDate, (issue) => `${JSON.stringify(issue.input)} is not a day in the calendar`),
);

type Schemas = Record<string, v.GenericSchema>;

const TOP: Schemas = {
  currency: v.pipe(v.string('must be a currency code such as "GBP"'), v.trim(), v.toUpperCase()),
  vatRate: decimal,
  pricesPublished: date,
  title: text,
  items: v.array(v.unknown(), 'must be a list of items'),
  participants: v.record(v.string(), v.unknown(), 'must be an object such as {"min": 1, "max": 20}'),
  discounts: v.array(v.unknown(), 'must be a list of discounts'),
  stacking: v.picklist(['combine', 'best'], 'must be "combine" or "best"'),
  bookingUrl: v.pipe(
    v.string('must be a URL'),
    v.check(isSafeBookingUrl, (issue) => `${JSON.stringify(issue.input)} is not an https: or relative URL`),
    v.check(
      fixesHostBeforePlaceholders,
      (issue) =>
        `${JSON.stringify(issue.input)} lets a placeholder choose the site the link goes to; write "https://host/" or a path such as "/book" before any placeholder`,
    ),
  ),
};

const ITEM: Schemas = {
  id: v.pipe(v.string('must be text'), v.regex(/^[\w-]+$/, 'must be letters, digits, "-" or "_" only')),
  label: text,
  price: decimal,
  vat: v.picklist(['exclusive', 'inclusive', 'exempt'], 'must be "exclusive", "inclusive" or "exempt"'),
  group: text,
  requires: ids,
  excludes: ids,
  perParticipant: flag,
  note: text,
  priceOnRequest: flag,
  due: v.picklist(['booking', 'later'], 'must be "booking" or "later"'),
};

const DISCOUNT: Schemas = {
  id: ITEM.id,
  label: text,
  type: v.picklist(['percent', 'amount'], 'must be "percent" or "amount"'),
  value: decimal,
  code: text,
  minParticipants: count,
  validUntil: date,
  appliesTo: ids,
};

const PARTICIPANTS: Schemas = { min: count, max: count, default: count };

/** The fields each object may have: docs/fee-calculator.schema.json must list exactly these. */
export const FIELDS = {
  config: Object.keys(TOP),
  item: Object.keys(ITEM),
  discount: Object.keys(DISCOUNT),
  participants: Object.keys(PARTICIPANTS),
};

type Report = (field: string, problem: string) => void;

/**
 * Validates each known field of `raw` on its own; unknown fields (often typos) are reported.
 * Returns undefined when `raw` is not an object or a `required` field is missing or invalid.
 */
function readFields(
  raw: unknown,
  path: string,
  schemas: Schemas,
  required: string[],
  report: Report,
): Record<string, unknown> | undefined {
  const at = (key: string) => (path ? `${path}.${key}` : key);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    report(path || 'config', 'must be a JSON object { … }; ignored');
    return undefined;
  }
  const out: Record<string, unknown> = {};
  let complete = true;
  for (const [key, value] of Object.entries(raw)) {
    const schema = Object.hasOwn(schemas, key) ? schemas[key] : undefined;
    if (!schema) {
      report(at(key), 'is not a known field; ignored');
      continue;
    }
    const result = v.safeParse(schema, value);
    if (result.success) out[key] = result.output;
    else {
      const issue = result.issues[0];
      const nested = issue.path?.length ? v.getDotPath(issue) : '';
      report(nested ? `${at(key)}[${nested.replace(/\..*/, '')}]` : at(key), issue.message);
      if (required.includes(key)) complete = false;
    }
  }
  for (const key of required) {
    if (!(key in out) && !Object.hasOwn(raw, key)) {
      report(at(key), 'is missing');
      complete = false;
    }
  }
  return complete ? out : undefined;
}

/** Parses any JSON value into a usable price list. */
export function parseFeeConfig(raw: unknown): ParsedFeeConfig {
  const problems: ConfigProblem[] = [];
  const report: Report = (field, problem) => problems.push({ field, problem });
  const top = readFields(raw, '', TOP, [], report) ?? {};

  let currency = top.currency as string | undefined;
  let digits = currency ? minorDigits(currency) : undefined;
  if (currency && digits === undefined) {
    report(
      'currency',
      `${JSON.stringify(currency)} is not an ISO 4217 currency code; amounts are shown without one`,
    );
    currency = undefined;
  } else if (!currency) report('currency', 'is missing; amounts are shown without a currency');
  digits ??= 2;

  const amount = (value: unknown, field: string): number | undefined => {
    const parsed = parseAmount(value as string, digits);
    if ('value' in parsed) return parsed.value;
    report(
      field,
      (value as string).startsWith('-') ? `${JSON.stringify(value)} must not be negative` : parsed.problem,
    );
    return undefined;
  };

  let vatRate = 0;
  if (top.vatRate !== undefined) {
    const rate = parseRate(top.vatRate as string);
    if ('value' in rate) vatRate = rate.value;
    else report('vatRate', `${rate.problem}; VAT is taken as 0%`);
  }

  const items: FeeItem[] = [];
  const notePaths: Record<string, string> = {};
  ((top.items as unknown[] | undefined) ?? []).forEach((rawItem, i) => {
    const path = `items[${i}]`;
    const f = readFields(rawItem, path, ITEM, ['id', 'label'], report);
    if (!f) return;
    if (items.some((item) => item.id === f.id)) {
      report(`${path}.id`, `${JSON.stringify(f.id)} is used by an earlier item; this one is ignored`);
      return;
    }
    const priceOnRequest = f.priceOnRequest === true;
    let price = 0;
    if (priceOnRequest && f.price !== undefined) {
      // Not used, but a malformed one ("1,50") is still a mistake the editor should hear about.
      const parsed = parseAmount(f.price as string, digits);
      if ('problem' in parsed)
        report(`${path}.price`, `${parsed.problem}; the item stays "price on request"`);
    } else if (!priceOnRequest) {
      if (f.price === undefined) {
        // An invalid price was reported by readFields; a missing one is reported here.
        if (!Object.hasOwn(rawItem as object, 'price')) {
          report(`${path}.price`, 'is missing (or set "priceOnRequest": true)');
        }
        return;
      }
      const value = amount(f.price, `${path}.price`);
      if (value === undefined) return;
      price = value;
    }
    notePaths[f.id as string] = `${path}.note`;
    items.push({
      id: f.id as string,
      label: f.label as string,
      price,
      vat: (f.vat as FeeItem['vat']) ?? 'exclusive',
      group: f.group as string | undefined,
      requires: (f.requires as string[]) ?? [],
      excludes: (f.excludes as string[]) ?? [],
      perParticipant: f.perParticipant !== false,
      note: f.note as string | undefined,
      priceOnRequest,
      due: (f.due as FeeItem['due']) ?? 'booking',
    });
  });
  if (!items.length) report('items', 'has no valid items, so there is nothing to price');
  if (vatRate === 0 && top.vatRate === undefined && items.some((item) => item.vat !== 'exempt')) {
    report('vatRate', 'is missing; VAT is taken as 0%');
  }

  const known = new Set(items.map((item) => item.id));
  const keepKnown = (list: string[], field: string) =>
    list.filter((id) => {
      if (known.has(id)) return true;
      report(field, `${JSON.stringify(id)} is not the id of an item; ignored`);
      return false;
    });
  items.forEach((item, i) => {
    const path = `items[${rawIndex(raw, item.id, i)}]`;
    item.requires = keepKnown(item.requires, `${path}.requires`).filter((id) => {
      const other = items.find((o) => o.id === id)!;
      if (id !== item.id && (item.group === undefined || other.group !== item.group)) return true;
      report(`${path}.requires`, `${JSON.stringify(id)} cannot be chosen together with this item; ignored`);
      return false;
    });
    item.excludes = keepKnown(item.excludes, `${path}.excludes`);
  });
  // A cycle (a requires b requires a) would make neither choosable: break it where it closes.
  items.forEach((item) => {
    item.requires = item.requires.filter((id) => {
      const loop = requirePath(items, id, item.id);
      if (!loop) return true;
      report(
        `items[${rawIndex(raw, item.id, items.indexOf(item))}].requires`,
        `${JSON.stringify(id)} makes a cycle (${[item.id, ...loop].join(' → ')}); ignored`,
      );
      return false;
    });
  });

  const discounts: FeeDiscount[] = [];
  ((top.discounts as unknown[] | undefined) ?? []).forEach((rawDiscount, i) => {
    const path = `discounts[${i}]`;
    const f = readFields(rawDiscount, path, DISCOUNT, ['id', 'label', 'type', 'value'], report);
    if (!f) return;
    if (discounts.some((d) => d.id === f.id)) {
      report(`${path}.id`, `${JSON.stringify(f.id)} is used by an earlier discount; this one is ignored`);
      return;
    }
    let value: number | undefined;
    if (f.type === 'percent') {
      const rate = parseRate(f.value as string);
      if ('value' in rate) value = rate.value;
      else report(`${path}.value`, rate.problem);
    } else value = amount(f.value, `${path}.value`);
    if (value === undefined) return;
    discounts.push({
      id: f.id as string,
      label: f.label as string,
      type: f.type as FeeDiscount['type'],
      value,
      code: f.code as string | undefined,
      minParticipants: f.minParticipants as number | undefined,
      validUntil: f.validUntil as string | undefined,
      appliesTo: f.appliesTo ? keepKnown(f.appliesTo as string[], `${path}.appliesTo`) : undefined,
    });
  });

  const p = top.participants
    ? (readFields(top.participants, 'participants', PARTICIPANTS, [], report) ?? {})
    : {};
  const min = (p.min as number | undefined) ?? 1;
  let max = (p.max as number | undefined) ?? Math.max(min, 100);
  if (max < min) {
    report('participants.max', `is less than min (${min}); taken as ${min}`);
    max = min;
  }
  let initial = (p.default as number | undefined) ?? min;
  if (initial < min || initial > max) {
    report('participants.default', `is outside ${min}–${max}; taken as ${min}`);
    initial = min;
  }

  return {
    config: {
      currency,
      digits,
      vatRate,
      pricesPublished: top.pricesPublished as string | undefined,
      title: top.title as string | undefined,
      items,
      participants: { min, max, default: initial },
      discounts,
      stacking: (top.stacking as FeeConfig['stacking']) ?? 'combine',
      bookingUrl: top.bookingUrl as string | undefined,
    },
    problems,
    notePaths,
  };
}

/** The position of the item with `id` in the editor's own list (items may have been dropped). */
function rawIndex(raw: unknown, id: string, fallback: number): number {
  const list = (raw as { items?: unknown }).items;
  const index = Array.isArray(list) ? list.findIndex((item) => (item as { id?: unknown })?.id === id) : -1;
  return index < 0 ? fallback : index;
}

/** The chain of `requires` from `from` to `to`, if there is one. */
function requirePath(
  items: FeeItem[],
  from: string,
  to: string,
  seen = new Set<string>(),
): string[] | undefined {
  if (from === to) return [to];
  if (seen.has(from)) return undefined;
  seen.add(from);
  for (const next of items.find((item) => item.id === from)?.requires ?? []) {
    const rest = requirePath(items, next, to, seen);
    if (rest) return [from, ...rest];
  }
  return undefined;
}

/** True for a `YYYY-MM-DD` date that exists: no 31 April, 29 February only in leap years. */
export function isCalendarDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days;
}
