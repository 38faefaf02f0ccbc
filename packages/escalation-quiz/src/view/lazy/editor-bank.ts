/**
 * An editor's question bank (a `src` URL or an inline `<script type="application/json">`) →
 * validated questions with sanitised Markdown. Loaded lazily by `<nvr-escalation-quiz>` only when
 * an editor supplies a bank, together with valibot, marked and DOMPurify: pages using the
 * built-in questions never download any of it.
 */
import { firstEditorSource, loadMarkdown, parseJson } from '@nvr-widgets/core';
import { parseBank } from '../../model/bank.js';
import type { Question } from '../../content/questions.js';

type Report = (field: string, problem: string) => void;

/**
 * `src` wins when it loads and has valid questions; otherwise the inline bank; otherwise
 * undefined (the built-in questions). Every problem is reported and nothing throws.
 */
export function loadEditorBank(
  src: string | undefined,
  inline: string | undefined,
  report: Report,
): Promise<Question[] | undefined> {
  return firstEditorSource(
    { src, inline, inlineField: 'script[type="application/json"]' },
    { inline: 'using the inline bank', builtIn: 'using the built-in questions' },
    async (text) => {
      const json = parseJson(text);
      if (!json.ok) throw new Error(json.error);
      const { questions, problems } = parseBank(json.value);
      for (const p of problems) report(p.field, p.problem);
      if (!questions.length) throw new Error('has no valid questions');
      // Name the entry by its place in the editor's file, as parseBank does (first entry per id wins).
      const raw = (json.value as { questions: { id?: unknown }[] }).questions;
      const indexOf = (id: string) => raw.findIndex((e) => typeof e?.id === 'string' && e.id.trim() === id);
      return render(questions, (id, problem) => report(`questions[${indexOf(id)}]`, problem));
    },
    report,
  );
}

async function render(
  questions: ReturnType<typeof parseBank>['questions'],
  report: (id: string, problem: string) => void,
) {
  const md = await loadMarkdown();
  return questions.map((q) => {
    const removed = new Set<string>();
    const toFragment = (markdown: string) => {
      const out = md.renderMarkdown(markdown);
      out.removed.forEach((r) => removed.add(r));
      return out.fragment;
    };
    const question: Question = {
      id: q.id,
      answer: q.answer,
      scenario: toFragment(q.scenario),
      explanation: toFragment(q.explanation),
      alternative: q.alternative ? toFragment(q.alternative) : undefined,
    };
    if (removed.size) {
      report(q.id, `(id "${q.id}") unsafe or unsupported markup was removed: ${[...removed].join(', ')}`);
    }
    return question;
  });
}
