import { expect } from '@open-wc/testing';
import { emptyPlan, READY_QUESTIONS, validateStep } from '../src/model/plan.js';
import { errorMessage } from '../src/content/errors.js';
import { completePlan } from './plans.js';

const TODAY = { year: 2026, month: 11, day: 23 };

/** The words a parent reads for each validation code (model/ gives codes, content/ the words). */
describe('validation messages', () => {
  it('every step-1 question has its own message, never a shared generic one', () => {
    const messages = validateStep(emptyPlan(), 'ready', TODAY).map(errorMessage);
    expect(new Set(messages).size).to.equal(READY_QUESTIONS.length);
    expect(messages[0]).to.equal('Select whether anyone is at risk of harm right now');
  });

  it('says what is wrong with the place, date, time and length', () => {
    const plan = {
      ...completePlan(),
      place: 'other' as const,
      day: '22',
      month: '11',
      year: '2026',
      time: '25:00',
      minutes: '200',
    };
    expect(validateStep(plan, 'when', TODAY).map((e) => [e.field, errorMessage(e)])).to.deep.equal([
      ['placeOther', 'Enter where the sit-in will be'],
      ['day', 'The date must be today or in the future'],
      ['time', 'Enter the start time like 19:30 or 7:30pm'],
      ['minutes', 'Enter a length between 5 and 90 minutes'],
    ]);
    expect(
      errorMessage(validateStep({ ...completePlan(), day: '31', month: '2' }, 'when', TODAY)[0]),
    ).to.contain('real date');
  });

  it('numbers the adult or supporter whose name is missing from 1', () => {
    const plan = {
      ...completePlan(),
      adults: [...completePlan().adults, { name: '', relationship: 'Gran' }],
      supporters: [{ name: ' ', help: 'message' as const }],
    };
    expect(validateStep(plan, 'people', TODAY).map(errorMessage)).to.deep.equal([
      'Enter the name of adult 3',
      'Enter the name of supporter 1',
    ]);
  });
});
