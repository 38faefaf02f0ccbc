import { expect } from '@open-wc/testing';
import { ANSWERS, draw } from '../src/model/quiz.js';
import { builtInQuestions } from '../src/content/questions.js';
import { builtInExplanations } from '../src/content/explanations.js';
import { profileText, reflectStatements } from '../src/content/reflect.js';

// The pure rules are tested in Node (test/unit); this is the built-in text, which goes through msg().
describe('draw over the built-in bank', () => {
  it('the same seed gives the same questions in the same order; another seed usually does not', () => {
    const bank = builtInQuestions();
    const ids = (seed: number) => draw(bank, 6, seed).map((q) => q.id);
    expect(ids(42)).to.deep.equal(ids(42));
    const others = [1, 2, 3, 4, 5].map(ids);
    expect(others.some((o) => o.join() !== ids(42).join())).to.equal(true);
  });

  it('reaches every question: over many seeds each built-in scenario is drawn first at least once', () => {
    const bank = builtInQuestions();
    const firsts = new Set(Array.from({ length: 400 }, (_, seed) => draw(bank, 1, seed)[0].id));
    expect(firsts.size).to.equal(bank.length);
  });
});

describe('built-in content', () => {
  it('has at least 16 scenarios with unique ids, balanced across the three answers', () => {
    const bank = builtInQuestions();
    expect(bank.length).to.be.at.least(16);
    expect(new Set(bank.map((q) => q.id)).size).to.equal(bank.length);
    const counts = ANSWERS.map((a) => bank.filter((q) => q.answer === a).length);
    expect(Math.max(...counts) - Math.min(...counts)).to.be.at.most(1);
  });

  it('explains every scenario and offers an alternative for each', () => {
    const explanations = builtInExplanations();
    for (const q of builtInQuestions()) {
      expect(explanations[q.id]?.explanation, q.id).to.be.a('string').and.not.equal('');
      expect(explanations[q.id]?.alternative, q.id).to.be.a('string').and.not.equal('');
    }
    expect(Object.keys(explanations).sort()).to.deep.equal(
      builtInQuestions()
        .map((q) => q.id)
        .sort(),
    );
  });

  it('includes a scenario where one escalation turns into the other, and one where safety comes first', () => {
    const text = builtInQuestions().map((q) => `${q.id}: ${q.scenario}`);
    const explanations = builtInExplanations();
    // One right answer: the scenario asks about the final response, which gives in.
    const fine = builtInQuestions().find((q) => q.id === 'fight-then-fine')!;
    expect(fine.answer).to.equal('complementary');
    expect(fine.scenario).to.contain('Think about that final answer.');
    expect(explanations['fight-then-fine'].explanation).to.match(
      /^Your final answer gives in to end the row: that is complementary escalation\./,
    );
    expect(explanations['siblings-safety'].explanation).to.contain('never for keeping someone safe');
    expect(text.join('\n')).to.match(/Wi-Fi password/);
  });

  it('has a scenario where the young person hits a parent, and one with a threat of self-harm, both safety first', () => {
    const bank = builtInQuestions();
    const explanations = builtInExplanations();
    const hit = bank.find((q) => q.id === 'hit-parent')!;
    expect(hit.scenario).to.contain('hits you');
    expect(explanations['hit-parent'].explanation).to.match(/^Your safety comes first\./);
    expect(explanations['hit-parent'].explanation).to.contain('call the emergency number');
    const threat = bank.find((q) => q.id === 'self-harm-threat')!;
    expect(threat.scenario).to.contain('hurt themselves unless you let them');
    expect(threat.answer).to.equal('complementary');
    const why = explanations['self-harm-threat'].explanation;
    expect(why).to.contain('Safety comes first: take every threat of self-harm seriously.');
    expect(why).to.contain('crisis line');
    expect(why).to.contain('emergency number');
  });

  it('in school-refusal the parent says where they stand, so "neither" is clearly right', () => {
    const q = builtInQuestions().find((x) => x.id === 'school-refusal')!;
    expect(q.answer).to.equal('none');
    expect(q.scenario).to.contain('“I want you to go to school, and I won’t fight about it now.”');
  });

  it('reflect mode asks to hold one demand only where saying no is safe', () => {
    expect(profileText('complementary').idea).to.contain('only where saying no is safe');
  });

  it('has 6–10 reflect statements, covering both escalation types and calm habits', () => {
    const statements = reflectStatements();
    expect(statements.length).to.be.within(6, 10);
    for (const leaning of ANSWERS) expect(statements.some((s) => s.leaning === leaning)).to.equal(true);
  });
});
