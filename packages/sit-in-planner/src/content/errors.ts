import { msg, str } from '@lit/localize';
import { MAX_MINUTES, MIN_MINUTES, type FieldError, type FieldErrorCode } from '../model/plan.js';
import type { ReadyQuestion } from '../model/plan.js';

/** What to say when a step-1 question has no answer yet: each question its own words. */
const readyErrors = (): Record<ReadyQuestion, string> => ({
  dangerNow: msg('Select whether anyone is at risk of harm right now'),
  calmNow: msg('Select whether you feel calm enough now'),
  substances: msg('Select whether anyone could have been drinking or taking drugs'),
  violentBefore: msg('Select whether there has been violence when challenged'),
  weapons: msg('Select whether there are weapons in the home'),
  siblings: msg('Select whether brothers or sisters could be at home'),
  selfHarm: msg('Select whether the young person has hurt themselves or talked about suicide'),
  sensory: msg('Select whether the young person has sensory or other needs'),
  adultsHarm: msg('Select whether any adult taking part has hurt the young person or a partner'),
  hasSupport: msg('Select whether you have someone to talk this through with'),
});

/** The words for a validation code (model/plan.ts `validateStep`), in the page's language. */
export function errorMessage({ field, code, index = 0 }: FieldError): string {
  const n = index + 1;
  const text: Record<Exclude<FieldErrorCode, 'answer-missing'>, () => string> = {
    'behaviour-missing': () => msg('Describe the one behaviour the sit-in is about'),
    'adult-name-missing': () => msg(str`Enter the name of adult ${n}`),
    'adults-too-few': () => msg('Enter the names of at least 2 adults who will be there, including you'),
    'supporter-name-missing': () => msg(str`Enter the name of supporter ${n}`),
    'place-missing': () => msg('Select where the sit-in will be'),
    'place-other-missing': () => msg('Enter where the sit-in will be'),
    'date-missing': () => msg('Enter the date of the sit-in'),
    'date-invalid': () => msg('The date must be a real date, for example 27 3 2027'),
    'date-past': () => msg('The date must be today or in the future'),
    'time-missing': () => msg('Enter the start time'),
    'time-invalid': () => msg('Enter the start time like 19:30 or 7:30pm'),
    'minutes-out-of-range': () => msg(str`Enter a length between ${MIN_MINUTES} and ${MAX_MINUTES} minutes`),
    'statement-missing': () => msg('Write what you will say, or use the suggested words'),
    'no-restraint-missing': () =>
      msg('Everyone must agree that nobody blocks the door or holds the young person'),
    'if-escalates-missing': () => msg('Write what you will do if things start to get unsafe'),
    'gesture-missing': () => msg('Choose or write at least one small gesture of care'),
    'repeat-missing': () => msg('Select when you might do a sit-in again'),
  };
  return code === 'answer-missing' ? readyErrors()[field as ReadyQuestion] : text[code]();
}
