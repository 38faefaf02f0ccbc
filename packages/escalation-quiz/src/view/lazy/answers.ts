/**
 * Everything that follows an answer: the feedback, the learn-mode results, the review of every
 * answer and the safety note, with the built-in explanations. A chunk of its own, fetched when the
 * visitor first chooses an answer, so the first question renders without it.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { ANSWERS, scoreQuiz, type Answer } from '../../model/quiz.js';
import type { LearnRun } from '../../state/quiz-run.js';
import type { Question } from '../../content/questions.js';
import { builtInExplanations } from '../../content/explanations.js';
import { answerLabel, verdict } from '../../content/labels.js';
import { block, button, heading, type QuizViewContext } from '../parts.js';

export { viewStyles } from './answer-styles.js';

export const icon = (right: boolean) =>
  html`<svg class="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
    <circle cx="10" cy="10" r="9" fill="currentColor" />
    <path
      d=${right ? 'M5.5 10.5l3 3 6-7' : 'M10 5.5v5.5M10 13.5v1'}
      fill="none"
      stroke="#fff"
      stroke-width="2.2"
      stroke-linecap="round"
    />
  </svg>`;

/**
 * The alternative, when the question has one: "What you could say or do instead:" after an
 * escalating response; "What could come next:" after one that is already neither.
 */
export const alternative = (q: Question) =>
  q.alternative
    ? html`<p class="alternative-label">
          ${q.answer === 'none' ? msg('What could come next:') : msg('What you could say or do instead:')}
        </p>
        <div class="alternative">${block(q.alternative)}</div>`
    : '';

/** A question's explanation and alternative: its own (editor banks), else the built-in ones. */
const explained = (q: Question): Question => (q.explanation ? q : { ...q, ...builtInExplanations()[q.id] });

/** Right or not (icon and words), the answer, why, and a non-escalating alternative. */
export function feedback(ctx: QuizViewContext, question: Question, chosen: Answer) {
  const right = chosen === question.answer;
  const q = explained(question);
  return html`<section
    part="feedback"
    class="feedback ${right ? 'right' : 'not-quite'}"
    aria-labelledby="feedback-heading"
  >
    ${heading(ctx.headingLevel + 1, html`${icon(right)} ${verdict(right)}`, 'feedback-heading', 'sub feedback-heading')}
    <p>
      ${right ? nothing : html`${msg(str`You chose: ${answerLabel(chosen)}.`)}<br />`}
      <strong>${msg(str`The answer is: ${answerLabel(question.answer)}.`)}</strong>
    </p>
    ${q.explanation ? block(q.explanation) : nothing} ${alternative(q)}
  </section>`;
}

/** The score, what the two kinds are, safety, and the review of every answer when opened. */
export function learnResults(ctx: QuizViewContext, questions: readonly Question[], run: LearnRun) {
  const { answers, review } = run;
  const { score, total, byType } = scoreQuiz(questions, answers);
  return html`<section part="results" class="results" aria-labelledby="results-heading">
    ${heading(ctx.headingLevel, msg('Your results'), 'results-heading', 'progress', 'score')}
    <p part="score" class="score" id="score">${msg(str`You recognised ${score} of ${total}.`)}</p>
    <ul class="by-type">
      ${ANSWERS.filter((a) => byType[a].total).map(
        (a) => html`<li>${answerLabel(a)}: ${msg(str`${byType[a].correct} of ${byType[a].total}`)}</li>`,
      )}
    </ul>
    <p>${msg('This is practice, not a test. Noticing the pattern is the first step.')}</p>
    ${heading(ctx.headingLevel + 1, msg('The two kinds of escalation'), 'kinds-heading')}
    <p>
      ${msg(
        'Fighting back (symmetrical escalation): you and your child both lose your temper and try to control each other. Hostility breeds hostility.',
      )}
    </p>
    <p>
      ${msg(
        'Giving in (complementary escalation): the more you give in to keep the peace, the more the demands and the pressure grow.',
      )}
    </p>
    <p>
      ${msg(
        'They feed each other. Giving in can make the next fight bigger, and after a big fight giving in can feel like the only way out. Many parents swing between the two, and both leave you feeling helpless. That is not your fault.',
      )}
    </p>
    <p>
      ${msg(
        'The NVR way is neither to fight back nor to give in: stay calm and present, answer later when things have cooled down, and ask people you trust for support.',
      )}
    </p>
    ${safety(ctx)}
    <div class="actions no-print">
      <button
        part="button"
        class="button"
        type="button"
        aria-expanded=${review}
        aria-controls="review"
        @click=${ctx.toggleReview}
      >
        ${review ? msg('Hide your answers') : msg('Review your answers')}
      </button>
      ${button(msg('Try new questions'), ctx.retry, true)} ${button(msg('Print'), () => window.print())}
    </div>
    <div id="review">${review ? reviewList(ctx, questions, answers) : nothing}</div>
  </section>`;
}

function reviewList(
  ctx: QuizViewContext,
  questions: readonly Question[],
  answers: Readonly<Record<string, Answer>>,
) {
  return html`${heading(ctx.headingLevel + 1, msg('Your answers'), 'review-heading')}
    <ol part="review" class="review">
      ${questions.map(explained).map((q) => {
        const given = answers[q.id];
        const right = given === q.answer;
        return html`<li class=${right ? 'right' : 'not-quite'}>
          ${block(q.scenario)}
          <p class="verdict">
            ${icon(right)} ${verdict(right)}.
            ${msg(str`Your answer: ${given ? answerLabel(given) : msg('none given')}.`)}
            ${right ? nothing : msg(str`The answer is: ${answerLabel(q.answer)}.`)}
          </p>
          ${q.explanation ? block(q.explanation) : nothing} ${alternative(q)}
        </li>`;
      })}
    </ol>`;
}

/** Delay never overrides risk. Also the link to de-escalation and the "not advice" note. */
export function safety(ctx: QuizViewContext) {
  const number = ctx.emergencyNumber;
  return html`<p part="safety" class="safety">
      ${msg(
        'Waiting until things are calm is for your response to the behaviour, never for safety. If anyone is in danger, act now to keep people safe, and call',
      )}
      <a href=${number.href}>${number.text}</a>.
    </p>
    ${
      ctx.deEscalationUrl
        ? html`<p><a href=${ctx.deEscalationUrl}>${msg('Read more about de-escalation')}</a></p>`
        : nothing
    }
    <p class="small">
      ${msg(
        'This is general information, not professional advice. If you are unsure, talk to an NVR practitioner.',
      )}
    </p>`;
}
