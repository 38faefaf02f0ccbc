/**
 * Validates an editor's question bank (parsed JSON) — see docs/escalation-quiz.schema.json.
 * Pure and never throws: each invalid entry is skipped with one problem naming its JSON path and
 * id, so one typo costs one question, not the bank. Imported lazily, with valibot, only when an
 * editor supplies a bank.
 */
import * as v from 'valibot';
import { jsonPath } from '@nvr-widgets/core/pure.js';
import { ANSWERS, type Answer } from './quiz.js';

/** A problem with the bank, named by its JSON path (reported as `nvr-config-error`). */
export interface BankProblem {
  field: string;
  problem: string;
}

/** One valid bank entry; `scenario`, `explanation` and `alternative` are Markdown. */
export interface BankQuestion {
  id: string;
  scenario: string;
  answer: Answer;
  explanation: string;
  alternative?: string;
}

const text = (what: string) =>
  v.pipe(v.string(`must be ${what} (text)`), v.trim(), v.nonEmpty(`must not be empty`));

const QuestionSchema = v.object(
  {
    id: text('an id'),
    scenario: text('Markdown'),
    answer: v.picklist(ANSWERS, `must be "symmetrical", "complementary" or "none"`),
    explanation: text('Markdown'),
    alternative: v.optional(v.pipe(v.string('must be Markdown (text) when present'), v.trim())),
  },
  'must be an object with id, scenario, answer and explanation',
);

/** The valid questions in bank order, and one problem per skipped entry or bad bank. */
export function parseBank(value: unknown): { questions: BankQuestion[]; problems: BankProblem[] } {
  const problems: BankProblem[] = [];
  const questions: BankQuestion[] = [];
  const list = (value as { questions?: unknown } | null)?.questions;
  if (typeof value !== 'object' || value === null || !Array.isArray(list)) {
    problems.push({ field: 'questions', problem: 'is missing: a bank is {"questions": [ … ]}' });
    return { questions, problems };
  }
  const seen = new Set<string>();
  list.forEach((entry, index) => {
    const id = (entry as { id?: unknown } | null)?.id;
    const named = typeof id === 'string' && id.trim() ? ` (id "${id.trim()}")` : '';
    const result = v.safeParse(QuestionSchema, entry);
    if (!result.success) {
      const issue = result.issues[0];
      problems.push({
        field: `questions[${index}]${issue.path ? `.${jsonPath(issue.path)}` : ''}`,
        // valibot reports a missing key with the object's message: say what the editor needs to know.
        problem: `${issue.path && issue.input === undefined ? 'is missing' : issue.message}${named}; question skipped`,
      });
      return;
    }
    const question = result.output;
    if (seen.has(question.id)) {
      problems.push({
        field: `questions[${index}].id`,
        problem: `"${question.id}" is used by an earlier question; question skipped`,
      });
      return;
    }
    seen.add(question.id);
    if (!question.alternative) delete question.alternative;
    questions.push(question);
  });
  return { questions, problems };
}
