/**
 * The planner's attributes as editors type them (and scripts set them: any value, never a throw).
 * Each parser returns what to use and, for a mistake, an English problem for the console and
 * `nvr-config-error`; core's shared parsers do the common kinds.
 */
import { attributeText as text, parseKeyword, parseLink, type Parsed } from '@nvr-widgets/core/pure.js';
import { STEPS, type StepId } from './plan.js';

/** `localStorage` key of the plan unless the editor sets `storage-key`. */
export const DEFAULT_KEY = 'nvr-sit-in-plan';

/** The neutral site "Leave this page quickly" goes to unless the editor sets `exit-url`. */
export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

/** `storage`: `local` saves on this device, `none` keeps the plan in memory only. */
export const STORAGE_MODES = ['local', 'none'] as const;
export type StorageMode = (typeof STORAGE_MODES)[number];

/** What `start-step` takes: a step's number or its name. */
export type StartStep = StepId | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8';

export const parseStorage = (raw: unknown): Parsed<StorageMode> => parseKeyword(text(raw), STORAGE_MODES);

/** `storage-key`: any text; empty means the default key. */
export const parseStorageKey = (raw: unknown): string => text(raw)?.trim() || DEFAULT_KEY;

/** `exit-url`: a page to go to (https:, http: or relative; never mailto:, tel: or javascript:). */
export function parseExitUrl(raw: unknown): Parsed<string> {
  const { value, problem } = parseLink(text(raw), { webOnly: true });
  return problem
    ? { value: DEFAULT_EXIT_URL, problem: `${problem}; using ${DEFAULT_EXIT_URL}` }
    : {
        value: value ?? DEFAULT_EXIT_URL,
      };
}

/** `start-step`: 1–8 or a step's name; anything else starts at the task list, with a problem. */
export function parseStartStep(raw: unknown): Parsed<StepId | undefined> {
  const given = text(raw);
  if (given === undefined) return { value: undefined };
  const name = given.trim().toLowerCase();
  const step = STEPS[Number(name) - 1] ?? STEPS.find((s) => s === name);
  if (step) return { value: step };
  return {
    value: undefined,
    problem: `"${given}" is not a step (1–8 or a step name); starting at the task list`,
  };
}
