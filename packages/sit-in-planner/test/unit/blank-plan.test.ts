import { describe, expect, it } from '../../../../test/unit/harness.js';
import { blankPlan, riskyAnswersLead, type BlankItem } from '../../src/content/blank-plan.js';
import { readinessQuestions, safetyGuidance } from '../../src/content/ready-content.js';
import { duringContent, ruleLabels } from '../../src/content/step-content.js';
import { READY_QUESTIONS, RULES, STEPS } from '../../src/model/plan.js';

/** Every item, people's questions included, in paper order. */
const flat = (items: BlankItem[]): BlankItem[] =>
  items.flatMap((item) => (item.kind === 'person' ? [item, ...flat(item.items)] : [item]));
const labels = (items: BlankItem[]) =>
  flat(items).flatMap((item) => ('label' in item && item.kind !== 'person' ? [item.label] : []));

describe('blank plan for readers without JavaScript', () => {
  it('has steps 1 to 7 in order, numbered as on the check page', () => {
    const plan = blankPlan();
    expect(plan.map((s) => s.step)).to.deep.equal(STEPS.filter((s) => s !== 'check'));
    expect(plan[0].title).to.equal('1. Is now the right time?');
    expect(plan[6].title).to.equal('7. Afterwards');
  });

  it('asks every step-1 question with Yes, No and Not sure to tick', () => {
    const ready = flat(blankPlan()[0].items);
    const questions = readinessQuestions();
    for (const name of READY_QUESTIONS) {
      const item = ready.find((i) => i.kind === 'choose' && i.label === questions[name].label);
      expect(item && item.kind === 'choose' && item.options).to.deep.equal(['Yes', 'No', 'Not sure']);
    }
  });

  it('gives each risky step-1 answer its guidance, led by the answers that call for it', () => {
    const ready = flat(blankPlan()[0].items);
    const calm = ready.find((i) => i.kind === 'choose' && i.label === 'Do you feel calm right now?');
    expect(calm && calm.kind === 'choose' && calm.guidance).to.equal(
      `If your answer is “No” or “Not sure”: ${readinessQuestions().calmNow.guidance}`,
    );
    expect(riskyAnswersLead('weapons')).to.equal('If your answer is “Yes” or “Not sure”:');
  });

  it('puts "Keep everyone safe now" right after the danger question, and the safety points last', () => {
    const ready = blankPlan()[0].items;
    const danger = ready.findIndex(
      (i) => i.kind === 'choose' && i.label === readinessQuestions().dangerNow.label,
    );
    expect(ready[danger + 1]).to.deep.equal({ kind: 'danger' });
    expect(ready.at(-1)).to.deep.equal({
      kind: 'list',
      heading: safetyGuidance().heading,
      points: safetyGuidance().points,
    });
  });

  it('always shows when to call the emergency number, with the agreements and the ending', () => {
    const during = blankPlan().find((s) => s.step === 'during')!.items;
    expect(during.some((i) => i.kind === 'call')).to.equal(true);
    const rules = during.find((i) => i.kind === 'choose');
    expect(rules && rules.kind === 'choose' && rules.options).to.deep.equal(
      RULES.map((r) => ruleLabels()[r]),
    );
    expect(during).to.deep.include({ kind: 'note', text: duringContent().ending });
  });

  it('leaves room to write under every question that takes words', () => {
    for (const section of blankPlan()) {
      for (const item of flat(section.items)) {
        if (item.kind === 'write') expect(item.lines).to.be.greaterThan(0);
      }
    }
    const all = blankPlan().flatMap((s) => labels(s.items));
    expect(all).to.include(
      'What is the one behaviour you will no longer accept? Write it as you would say it to the young person.',
    );
    expect(all).to.include('Your opening words');
    expect(all.filter((l) => l === 'Name')).to.have.lengthOf(6); // 4 adults, 2 supporters
  });

  it('suggests the planner’s opening words, with a gap for the behaviour', () => {
    const statement = blankPlan().find((s) => s.step === 'statement')!.items;
    const words = statement.find((i) => i.kind === 'write');
    expect(words && words.kind === 'write' && words.example).to.equal(
      'We are here because we care about you. We are no longer willing to accept [the behaviour]. We will sit here and wait for you to suggest how this can change, or how you can put things right.',
    );
  });
});
