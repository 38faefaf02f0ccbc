import { describe, expect, it } from '../../../../test/unit/harness.js';
import fc from 'fast-check';
import { ANSWERS, type Answer } from '../../src/model/quiz.js';
import { FREQUENCIES } from '../../src/model/reflect.js';
import { QuizRun } from '../../src/state/quiz-run.js';

const q = (id: string, answer: Answer = 'none') => ({ id, answer });
const started = () => QuizRun.start().withLearn(['a', 'b', 'c']);

describe('QuizRun', () => {
  it('starts with no learn run, a fresh reflect run and no error', () => {
    const run = QuizRun.start();
    expect(run.learn).to.equal(undefined);
    expect(run.reflect).to.deep.equal({ answers: {}, position: 0, done: false });
    expect(run.error).to.equal(false);
    expect(run.untouched).to.equal(true);
  });

  it('never changes a run in place: every step returns a new value and leaves the old one as it was', () => {
    const before = started();
    const snapshot = JSON.stringify(before);
    const chosen = before.chooseLearn('a', 'symmetrical');
    const checked = chosen.submitLearn(q('a', 'symmetrical'), true).run;
    checked.go('learn', 1).run.toggleReview().chooseReflect('s1', 3).submitReflect('s1', 5);
    expect(JSON.stringify(before)).to.equal(snapshot);
    expect(chosen).not.to.equal(before);
    expect(before.learn?.answers).to.deep.equal({});
    expect(chosen.learn?.checked).to.deep.equal({});
  });

  it('Check answer with nothing chosen shows the error; choosing clears it', () => {
    const { run, step, report } = started().submitLearn(q('a'), true);
    expect([step, run.error, report]).to.deep.equal(['missing', true, undefined]);
    expect(run.chooseLearn('a', 'none').error).to.equal(false);
  });

  it('immediate feedback: the first press checks and reports, the second moves on without reporting again', () => {
    const chosen = started().chooseLearn('a', 'complementary');
    const first = chosen.submitLearn(q('a', 'complementary'), true);
    expect(first.step).to.equal('checked');
    expect(first.report).to.deep.equal({ questionId: 'a', answer: 'complementary', correct: true });
    expect(first.run.learn?.position).to.equal(0);
    // A checked answer is fixed.
    expect(first.run.chooseLearn('a', 'none').learn?.answers.a).to.equal('complementary');
    const second = first.run.submitLearn(q('a', 'complementary'), true);
    expect([second.step, second.report, second.run.learn?.position]).to.deep.equal(['moved', undefined, 1]);
  });

  it('feedback at the end: Next reports and moves; a changed answer is reported again, an unchanged one not', () => {
    let run = started().chooseLearn('a', 'none');
    const first = run.submitLearn(q('a', 'symmetrical'), false);
    expect(first.report).to.deep.equal({ questionId: 'a', answer: 'none', correct: false });
    expect(first.step).to.equal('moved');
    run = first.run.go('learn', 0).run;
    expect(run.submitLearn(q('a', 'symmetrical'), false).report).to.equal(undefined);
    const changed = run.chooseLearn('a', 'symmetrical').submitLearn(q('a', 'symmetrical'), false);
    expect(changed.report).to.deep.equal({ questionId: 'a', answer: 'symmetrical', correct: true });
  });

  it('Next on the last question shows the results, keeping the position and answers', () => {
    let run = started();
    for (const id of ['a', 'b', 'c']) run = run.chooseLearn(id, 'none').submitLearn(q(id), false).run;
    expect(run.learn?.done).to.equal(true);
    expect(run.learn?.position).to.equal(2);
    expect(run.learn?.answers).to.deep.equal({ a: 'none', b: 'none', c: 'none' });
  });

  it('is untouched until a question is answered or passed, so a redraw never loses answers', () => {
    expect(started().untouched).to.equal(true);
    expect(started().chooseLearn('a', 'none').untouched).to.equal(false);
    expect(started().go('learn', 1).run.untouched).to.equal(false);
  });

  it('toggles the review, and a new draw starts over', () => {
    const run = started().toggleReview();
    expect(run.learn?.review).to.equal(true);
    expect(run.toggleReview().learn?.review).to.equal(false);
    const fresh = run.chooseLearn('a', 'none').withLearn(['x']).learn;
    expect(fresh?.ids).to.deep.equal(['x']);
    expect([fresh?.answers, fresh?.checked, fresh?.reported]).to.deep.equal([{}, {}, {}]);
    expect([fresh?.position, fresh?.done, fresh?.review]).to.deep.equal([0, false, false]);
    expect(run.withLearn(undefined).learn).to.equal(undefined);
  });

  it('reflect: Next needs a frequency, moves one statement on, and the last one shows the profile', () => {
    let run = QuizRun.start();
    expect(run.submitReflect('s1', 2).step).to.equal('missing');
    run = run.chooseReflect('s1', 0);
    const next = run.submitReflect('s1', 2);
    expect([next.step, next.run.reflect.position]).to.deep.equal(['moved', 1]);
    const done = next.run.chooseReflect('s2', 4).submitReflect('s2', 2);
    expect([done.step, done.run.reflect.done]).to.deep.equal(['done', true]);
    expect(done.run.reflect.answers).to.deep.equal({ s1: 0, s2: 4 });
    expect(done.run.restartReflect().reflect).to.deep.equal({ answers: {}, position: 0, done: false });
    expect(done.run.currentId('reflect', ['s1', 's2'])).to.equal('s2');
  });

  it('any sequence of steps keeps the position within the questions and only keeps given answers', () => {
    const action = fc.oneof(
      fc.record({ kind: fc.constant('choose' as const), answer: fc.constantFrom(...ANSWERS) }),
      fc.record({ kind: fc.constant('submit' as const), immediate: fc.boolean() }),
      fc.record({ kind: fc.constant('go' as const), to: fc.integer({ min: -3, max: 6 }) }),
      fc.record({ kind: fc.constant('reflect' as const), f: fc.constantFrom(...FREQUENCIES) }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        let run = started();
        for (const a of actions) {
          const id = run.currentId('learn') ?? 'a';
          if (a.kind === 'choose') run = run.chooseLearn(id, a.answer);
          else if (a.kind === 'submit') run = run.submitLearn(q(id), a.immediate).run;
          else if (a.kind === 'go') run = run.go('learn', a.to).run;
          else run = run.chooseReflect('s', a.f);
        }
        const learn = run.learn;
        expect(learn && learn.position >= 0 && learn.position < learn.ids.length).to.equal(true);
        for (const key of Object.keys(learn?.answers ?? {})) expect(['a', 'b', 'c']).to.include(key);
        for (const key of Object.keys(learn?.checked ?? {})) expect(learn?.answers).to.have.property(key);
      }),
    );
  });
});
