import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import '@nvr-widgets/core/define.js';
import { pageActions, STEPS, type NvrSitInPlanner, type SitInPlan } from '../src/index.js';
import { runWidgetBaseTests } from '../../../test/widget-base-tests.js';
import { examples } from '../examples.js';
import {
  emulateMedia,
  pressWithShift,
  resourcesSince,
  setViewport,
  shadowElements,
  typeText,
  until,
  withWarnings,
} from '../../../test/helpers.js';
import { completePlan, SAFE_READINESS } from './plans.js';
import {
  $,
  $$,
  active,
  answer,
  button,
  byId,
  byText,
  click,
  fill,
  heading,
  inProvider,
  KEY,
  notice,
  render,
  saved,
  seed,
  settled,
  tabTo,
  textOf,
  tellOtherTabs,
} from './planner-page.js';

runWidgetBaseTests({ tag: 'nvr-sit-in-planner', define: () => import('../src/define.js'), examples });

beforeEach(() => localStorage.clear());
afterEach(async () => {
  fixtureCleanup();
  localStorage.clear();
  await setViewport({ width: 800, height: 600 });
  await emulateMedia({ media: 'screen' });
});

describe('<nvr-sit-in-planner> task list', () => {
  it('lists the 8 steps with a text status each, says it saves on this device only, and starts at step 1', async () => {
    const el = await render();
    expect(heading(el)).to.equal('Plan a sit-in');
    const tasks = $$(el, '.task');
    expect(tasks.map((t) => t.querySelector('button')!.textContent!.trim())).to.deep.equal([
      'Is now the right time?',
      'The behaviour',
      'Who will be there',
      'Where and when',
      'What you will say',
      'During and ending',
      'Afterwards',
      'Check your plan',
    ]);
    expect($$(el, '[part="status"]').map((s) => s.textContent!.trim())).to.deep.equal(
      Array(7).fill('Not started'),
    );
    // Each step's status is read with its name; every reference points at a real element.
    const described = $$(el, '.task-link[aria-describedby]');
    expect(described).to.have.length(7);
    for (const link of described) {
      expect(el.shadowRoot!.getElementById(link.getAttribute('aria-describedby')!)).to.exist;
    }
    expect($(el, '.privacy').textContent).to.contain('saved only on this device');
    await click(el, button(el, 'Start planning'));
    expect(heading(el)).to.equal('Is now the right time?');
    expect($(el, '[part="progress"]').textContent!.trim()).to.equal('Step 1 of 8');
    expect(active(el)).to.equal($(el, '#heading'));
  });

  it('shows Completed and In progress from a saved plan, and continues at the first unfinished step', async () => {
    seed({ ...completePlan(), done: ['ready'], behaviour: 'Hitting' });
    const el = await render();
    const status = $$(el, '[part="status"]').map((s) => s.textContent!.trim());
    expect(status.slice(0, 3)).to.deep.equal(['Completed', 'In progress', 'In progress']);
    // The same count as "Step N of 8": it used to say "of 7" while the pages said "of 8".
    expect(el.shadowRoot!.textContent).to.contain('You have completed 1 of 8 steps.');
    await click(el, button(el, 'Continue your plan'));
    expect(heading(el)).to.equal('Which behaviour is the sit-in about?');
    fixtureCleanup();
    // Something answered but nothing completed yet is still "Continue", not "Start".
    seed({ behaviour: 'Hitting' });
    const started = await render();
    expect(button(started, 'Continue your plan')).to.exist;
  });

  it('opens at `start-step` (number or name) and reports a bad one', async () => {
    expect(heading(await render(html`<nvr-sit-in-planner start-step="4"></nvr-sit-in-planner>`))).to.equal(
      'Where and when will it be?',
    );
    expect(
      heading(await render(html`<nvr-sit-in-planner start-step="people"></nvr-sit-in-planner>`)),
    ).to.equal('Who will be there?');
    await withWarnings(async (_, errors) => {
      const el = await render(html`<nvr-sit-in-planner start-step="9"></nvr-sit-in-planner>`);
      expect(heading(el)).to.equal('Plan a sit-in');
      expect(errors.details.map((d) => d.field)).to.deep.equal(['start-step']);
    });
  });
});

describe('<nvr-sit-in-planner> keyboard-only walk', () => {
  it('completes all 8 steps with Tab, Space, typing and Enter, without any network request', async () => {
    const since = performance.now();
    const el = await render();
    const changes: unknown[] = [];
    el.addEventListener('nvr-plan-change', (e) => changes.push(e.detail));
    await tabTo(el, byText('Start planning'), 'Start planning');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active(el)).to.equal($(el, '#heading'));

    // 1. Readiness: Tab into each radio group (first option); Space for Yes, arrow to No.
    for (const [question, value] of Object.entries(SAFE_READINESS)) {
      await tabTo(el, byId(`${question}-yes`), question);
      await sendKeys({ press: value === 'yes' ? ' ' : 'ArrowDown' });
    }
    await el.updateComplete;
    expect(saved()).to.include(SAFE_READINESS);
    await tabTo(el, byText('Continue'), 'Continue');
    await sendKeys({ press: 'Enter' });
    await settled(el);

    // 2. Behaviour
    expect(heading(el)).to.equal('Which behaviour is the sit-in about?');
    await tabTo(el, byId('behaviour'), 'behaviour');
    await typeText('hitting your sister');
    await tabTo(el, byText('Continue'), 'Continue');
    await sendKeys({ press: 'Enter' });
    await settled(el);

    // 3. People: Enter in a text field submits the step.
    expect(heading(el)).to.equal('Who will be there?');
    await tabTo(el, byId('adult-0-name'), 'adult 1');
    await typeText('Sam');
    await sendKeys({ press: 'Tab' });
    await typeText('Mum');
    await tabTo(el, byId('adult-1-name'), 'adult 2');
    await typeText('Jo');
    await sendKeys({ press: 'Enter' });
    await settled(el);

    // 4. Where and when
    expect(heading(el)).to.equal('Where and when will it be?');
    await tabTo(el, byId('place-bedroom'), 'place');
    await sendKeys({ press: ' ' });
    await tabTo(el, byId('day'), 'day');
    await typeText('5');
    await sendKeys({ press: 'Tab' });
    await typeText('12');
    await sendKeys({ press: 'Tab' });
    await typeText('2036');
    await sendKeys({ press: 'Tab' });
    await typeText('7:30pm');
    await sendKeys({ press: 'Enter' });
    await settled(el);

    // 5. Statement: the suggestion is built from step 2; keep it.
    expect(heading(el)).to.equal('What will you say?');
    expect($<HTMLTextAreaElement>(el, '#statement').value).to.contain(
      'no longer willing to accept hitting your sister',
    );
    expect($(el, '#statement-estimate').textContent).to.match(/About \d+ seconds to read aloud/);
    await tabTo(el, byText('Continue'), 'Continue');
    await sendKeys({ press: 'Enter' });
    await settled(el);

    // 6. During: every rule is agreed already; write the safety plan.
    expect(heading(el)).to.equal('How will you keep it calm and safe?');
    await tabTo(el, byId('ifEscalates'), 'if unsafe');
    await typeText('We stop and leave calmly.');
    await tabTo(el, byText('Continue'), 'Continue');
    await sendKeys({ press: 'Enter' });
    await settled(el);

    // 7. Afterwards
    expect(heading(el)).to.equal('What happens afterwards?');
    await tabTo(el, byId('gesture-drink'), 'gesture');
    await sendKeys({ press: ' ' });
    await tabTo(el, byId('repeat-days'), 'repeat');
    await sendKeys({ press: 'ArrowDown' });
    await tabTo(el, byText('Continue'), 'Continue');
    await sendKeys({ press: 'Enter' });
    await settled(el);

    // 8. Check: every answer is there, in words.
    expect(heading(el)).to.equal('Check your plan');
    expect(active(el)).to.equal($(el, '#heading'));
    const summary = $(el, '[part="summary"]').textContent!.replace(/\s+/g, ' ');
    for (const expected of [
      'hitting your sister',
      'Sam, Mum',
      'Jo',
      'The young person’s bedroom',
      '5 December 2036',
      '19:30',
      '30 minutes',
      'We stop and leave calmly.',
      'Make them a favourite drink or snack',
      'In about a week',
    ]) {
      expect(summary, expected).to.contain(expected);
    }
    // Only the four optional questions are left unanswered.
    expect(summary.match(/Not answered/g)).to.have.length(4);
    expect(changes).to.deep.include({ step: 7, complete: true });
    for (const detail of changes) expect(Object.keys(detail as object)).to.deep.equal(['step', 'complete']);
    // Only the planner's own code was loaded (its lazily loaded steps): nothing else, nowhere else.
    const foreign = resourcesSince(since).filter(
      (url) => !url.startsWith(`${location.origin}/packages/sit-in-planner/src/`),
    );
    expect(foreign).to.deep.equal([]);
  });
});

describe('<nvr-sit-in-planner> validation', () => {
  it('shows a GOV.UK error summary, focuses it, and its links focus each field', async () => {
    const el = await render(html`<nvr-sit-in-planner start-step="1"></nvr-sit-in-planner>`);
    await click(el, button(el, 'Continue'));
    const summary = $(el, '[part="error-summary"]');
    expect(active(el)).to.equal(summary);
    expect(summary.querySelector('h3')!.textContent).to.equal('There is a problem');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).to.deep.equal([
      'Select whether anyone is at risk of harm right now',
      'Select whether you feel calm enough now',
      'Select whether anyone could have been drinking or taking drugs',
      'Select whether there has been violence when challenged',
      'Select whether there are weapons in the home',
      'Select whether brothers or sisters could be at home',
      'Select whether the young person has hurt themselves or talked about suicide',
      'Select whether the young person has sensory or other needs',
      'Select whether any adult taking part has hurt the young person or a partner',
      'Select whether you have someone to talk this through with',
    ]);
    const group = $(el, '#calmNow-yes').closest('fieldset')!;
    expect(group.getAttribute('aria-describedby')).to.contain('calmNow-error');
    expect($(el, '#calmNow-error').textContent).to.contain('Select whether you feel calm enough now');
    links[4].click();
    expect(active(el)?.id).to.equal('weapons-yes');
    await expect(el).to.be.accessible();
    expect(heading(el)).to.equal('Is now the right time?');
  });

  it('links a text field’s error to the field itself', async () => {
    const el = await render(html`<nvr-sit-in-planner start-step="2"></nvr-sit-in-planner>`);
    await settled(el);
    await click(el, button(el, 'Continue'));
    const field = $(el, '#behaviour');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')).to.equal('behaviour-hint behaviour-error');
    $(el, '[part="error-summary"] a').click();
    expect(active(el)).to.equal(field);
    await expect(el).to.be.accessible();
  });

  it('suggests concrete words when the behaviour is described vaguely', async () => {
    const el = await render(html`<nvr-sit-in-planner start-step="2"></nvr-sit-in-planner>`);
    await settled(el);
    const tip = () => $(el, '[aria-live="polite"]').textContent!.replace(/\s+/g, ' ').trim();
    expect(tip()).to.equal('');
    await fill(el, 'behaviour', 'Her attitude and being rude');
    expect(tip()).to.contain('Words like “attitude”, “rude” are hard to see or count.');
    await fill(el, 'behaviour', 'Swearing at me when I say no');
    expect(tip()).to.equal('');
  });

  it('Back keeps every answer, and Change on the check page returns to it', async () => {
    seed(completePlan());
    const el = await render(html`<nvr-sit-in-planner start-step="check"></nvr-sit-in-planner>`);
    await settled(el);
    await click(el, $$(el, '.summary-head button')[1]);
    expect(heading(el)).to.equal('Which behaviour is the sit-in about?');
    await fill(el, 'behaviour', 'Taking money from my purse');
    await click(el, button(el, 'Save and return to your plan'));
    expect(heading(el)).to.equal('Check your plan');
    expect($(el, '[part="summary"]').textContent).to.contain('Taking money from my purse');
    await click(el, button(el, /Back/));
    expect(heading(el)).to.equal('What happens afterwards?');
    await click(el, button(el, /Back/));
    expect($<HTMLTextAreaElement>(el, '#ifEscalates').value).to.equal('We stop and leave calmly.');
  });
});

describe('<nvr-sit-in-planner> focus when a control goes away', () => {
  /** Presses a button with the keyboard, as a keyboard user would. */
  async function press(el: NvrSitInPlanner, target: HTMLElement) {
    target.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
  }

  it('"No, keep my plan" returns focus to "Delete my plan"', async () => {
    seed(completePlan());
    const el = await render(html`<nvr-sit-in-planner start-step="check"></nvr-sit-in-planner>`);
    await settled(el);
    await press(el, button(el, 'Delete my plan'));
    await press(el, button(el, 'No, keep my plan'));
    expect(active(el)).to.equal(button(el, 'Delete my plan'));
  });

  it('"Use the suggested words again" puts focus in the statement', async () => {
    seed({ ...completePlan(), statement: 'Our own words.', statementEdited: true });
    const el = await render(html`<nvr-sit-in-planner start-step="statement"></nvr-sit-in-planner>`);
    await settled(el);
    await press(el, button(el, 'Use the suggested words again'));
    expect(active(el)?.id).to.equal('statement');
    expect($<HTMLTextAreaElement>(el, '#statement').value).to.contain('no longer willing to accept');
  });

  it('"Continue my plan" puts focus on the heading', async () => {
    seed({ ...completePlan(), locked: true });
    const el = await render();
    await press(el, button(el, 'Continue my plan'));
    expect(active(el)).to.equal($(el, '#heading'));
  });
});

describe('<nvr-sit-in-planner> safety', () => {
  /** Each question, a risky answer, and words only its own guidance says. */
  const GUIDANCE: [string, 'yes' | 'no' | 'unsure', string][] = [
    ['calmNow', 'no', 'come back to this when you feel calmer'],
    ['substances', 'yes', 'nobody has been drinking or taking drugs'],
    ['violentBefore', 'unsure', 'Have a supporter with you or close by'],
    ['weapons', 'yes', 'Lock them away or take them out of the home'],
    ['siblings', 'yes', 'They must not watch it'],
    ['selfHarm', 'unsure', 'call the emergency number or a crisis line'],
    ['sensory', 'yes', 'shorter and quieter, with fewer people'],
    ['adultsHarm', 'yes', 'That adult should not take part'],
    ['hasSupport', 'unsure', 'Find someone to talk it through with first'],
  ];

  it('asks what practitioners check, in four short groups, with Yes / No / Not sure side by side', async () => {
    const el = await render(html`<nvr-sit-in-planner start-step="1"></nvr-sit-in-planner>`);
    expect($$(el, 'h3.subheading').map(textOf)).to.deep.equal([
      'Right now',
      'Safety at home',
      'The young person',
      'The adults',
    ]);
    expect($$(el, 'fieldset legend').map(textOf)).to.deep.equal([
      'Is anyone at risk of harm right now?',
      'Do you feel calm right now?',
      'Could the young person or an adult have been drinking or taking drugs at that time?',
      'Has the young person been violent or hurt someone when they were challenged before?',
      'Are there weapons at home, or things that have been used as a weapon?',
      'Could brothers or sisters be at home at the time?',
      'Has the young person hurt themselves, talked about suicide, or seemed in a mental health crisis lately?',
      'Is the young person autistic or ADHD, or are noise, touch or crowds hard for them?',
      'Has any adult who might take part ever hurt the young person, or been violent to a partner?',
      'Do you have an NVR practitioner or a supporter to talk this plan through with?',
    ]);
    // The three answers share a row: each question is one line of choices, not three.
    const [yes, no] = [$(el, '#weapons-yes'), $(el, '#weapons-no')].map((r) => r.getBoundingClientRect());
    expect(Math.abs(yes.top - no.top)).to.be.below(2);
    expect($(el, '[part="guidance"]')).to.equal(null);
  });

  for (const [question, risky, words] of GUIDANCE) {
    it(`"${question}" answered ${risky} shows its own guidance under it, announced, and no other`, async () => {
      const el = await render(html`<nvr-sit-in-planner start-step="1"></nvr-sit-in-planner>`);
      await answer(el, question, risky);
      const shown = $$(el, '[part="guidance"]');
      expect(shown).to.have.length(1);
      expect(shown[0].id).to.equal(`${question}-guidance`);
      expect(textOf(shown[0])).to.contain(words);
      expect(shown[0].parentElement!.getAttribute('aria-live'), 'announced when it appears').to.equal(
        'polite',
      );
      // Right under its own question.
      expect(shown[0].parentElement!.previousElementSibling).to.equal(
        $(el, `#${question}-yes`).closest('fieldset'),
      );
      expect(textOf($(el, 'form'))).to.contain('You can still plan.');
      await expect(el).to.be.accessible();
      // A safe answer takes it away again.
      await answer(el, question, risky === 'no' || question === 'hasSupport' ? 'yes' : 'no');
      expect($(el, '[part="guidance"]')).to.equal(null);
    });
  }

  for (const risky of ['yes', 'unsure'] as const) {
    it(`danger now answered ${risky}: keep everyone safe now, leave, call, plan another day; never "carry on"`, async () => {
      const el = await render(html`<nvr-sit-in-planner start-step="1"></nvr-sit-in-planner>`);
      await answer(el, 'calmNow', 'no');
      await answer(el, 'dangerNow', risky);
      const box = $(el, '.danger');
      expect(box.parentElement!.getAttribute('aria-live')).to.equal('polite');
      expect(textOf(box)).to.equal(
        'Keep everyone safe now Right now, safety comes first. This is not the time for a sit-in. ' +
          'If you can, leave the room or the home and go somewhere safe. If anyone is in danger, call 999. ' +
          'Plan the sit-in another day, when everyone is safe.',
      );
      expect(box.querySelector('a')!.getAttribute('href')).to.equal('tel:999');
      const page = textOf($(el, 'form'));
      expect(page).not.to.contain('carry on');
      expect(page).not.to.contain('You can still plan');
      await expect(el).to.be.accessible();
    });
  }

  it('the emergency line, when to call and a tel: link, is on "During and ending" whatever step 1 says', async () => {
    for (const plan of [completePlan(), { ...completePlan(), dangerNow: 'unsure' as const }, {}]) {
      seed(plan);
      const el = await render(html`<nvr-sit-in-planner start-step="during"></nvr-sit-in-planner>`);
      const line = $(el, '.emergency');
      expect(textOf(line)).to.equal(
        'Call 999 at once if someone is hurt, if there is a weapon, if someone’s life is in danger, or if someone cannot leave.',
      );
      expect(line.querySelector('a')!.getAttribute('href')).to.equal('tel:999');
      await expect(el).to.be.accessible();
      fixtureCleanup();
      localStorage.clear();
    }
  });

  it('takes the emergency number from the attribute, else from <nvr-provider>', async () => {
    seed({ ...completePlan(), dangerNow: 'yes' });
    let el = await render(
      html`<nvr-sit-in-planner start-step="1" emergency-number="112"></nvr-sit-in-planner>`,
    );
    expect($(el, '.danger a').getAttribute('href')).to.equal('tel:112');
    el = await inProvider(
      html`<nvr-provider emergency-number="+44 20 7946 0000"
        ><nvr-sit-in-planner start-step="6"></nvr-sit-in-planner
      ></nvr-provider>`,
    );
    const link = $(el, '.emergency a');
    expect(link.getAttribute('href')).to.equal('tel:+442079460000');
    expect(link.textContent).to.equal('+44 20 7946 0000');
  });

  it('reports an emergency number that is not one telephone number and falls back, never dialling something else', async () => {
    seed({ ...completePlan(), dangerNow: 'yes' });
    await withWarnings(async (_, errors) => {
      const el = await inProvider(
        html`<nvr-provider emergency-number="112"
          ><nvr-sit-in-planner start-step="1" emergency-number="999 or 112"></nvr-sit-in-planner
        ></nvr-provider>`,
      );
      const link = $(el, '.danger a');
      expect([link.getAttribute('href'), link.textContent]).to.deep.equal(['tel:112', '112']);
      expect(errors.details.map((d) => d.field)).to.deep.equal(['emergency-number']);
    });
  });

  it('links to the site’s "find a practitioner" page when <nvr-provider> names one', async () => {
    seed({ ...completePlan(), hasSupport: 'no' });
    const el = await inProvider(
      html`<nvr-provider links='{"findPractitioner": "/find-a-practitioner"}'
        ><nvr-sit-in-planner start-step="1"></nvr-sit-in-planner
      ></nvr-provider>`,
    );
    const link = $$(el, 'form a').find((a) => a.textContent === 'Find a trained NVR practitioner')!;
    expect(link.getAttribute('href')).to.equal('/find-a-practitioner');
  });
});

describe('<nvr-sit-in-planner> a plan saved before the full safety check', () => {
  it('still opens with every answer, and step 1 asks only the new questions', async () => {
    // As version 1 saved it when step 1 had four questions.
    const { calmNow, violentBefore, dangerNow, hasSupport } = SAFE_READINESS;
    const old: Record<string, unknown> = { ...completePlan(), calmNow, violentBefore, dangerNow, hasSupport };
    for (const key of [
      'substances',
      'weapons',
      'siblings',
      'selfHarm',
      'sensory',
      'adultsHarm',
      'calendarTitle',
    ])
      delete old[key];
    localStorage.setItem(KEY, JSON.stringify({ stamp: 1, value: old }));
    const el = await render();
    const status = $$(el, '[part="status"]').map((s) => s.textContent!.trim());
    expect(status).to.deep.equal(['In progress', ...Array(6).fill('Completed')]);
    await click(el, button(el, 'Continue your plan'));
    expect(heading(el)).to.equal('Is now the right time?');
    expect($<HTMLInputElement>(el, '#calmNow-yes').checked).to.equal(true);
    await click(el, button(el, 'Continue'));
    expect($$(el, '[part="error-summary"] a').map((a) => a.getAttribute('href'))).to.deep.equal([
      '#substances',
      '#weapons',
      '#siblings',
      '#selfHarm',
      '#sensory',
      '#adultsHarm',
    ]);
    expect(saved()!.behaviour).to.equal('hitting your sister');
  });
});

describe('<nvr-sit-in-planner> before the first step', () => {
  it('says a sit-in is not a first step, never a punishment or a show, best planned with a practitioner, not advice', async () => {
    const el = await inProvider(
      html`<nvr-provider links='{"findPractitioner": "/find-a-practitioner"}'
        ><nvr-sit-in-planner></nvr-sit-in-planner
      ></nvr-provider>`,
    );
    const intro = textOf(el.shadowRoot!.querySelector('.inset')!);
    for (const words of [
      'A sit-in is not a first step. It usually comes after an announcement and after work on staying calm (de-escalation).',
      'It is never a punishment, and never a show in front of others. It is best planned with an NVR practitioner.',
      'This planner is general information, not professional advice.',
    ]) {
      expect(intro, words).to.contain(words);
    }
    expect($(el, '.inset a').getAttribute('href')).to.equal('/find-a-practitioner');
    await expect(el).to.be.accessible();
    fixtureCleanup();
    // Without the provider's link, no link at all.
    expect($$(await render(), '.inset a')).to.have.length(0);
  });
});

describe('<nvr-sit-in-planner> place, suggestion and opening words', () => {
  for (const place of ['school', 'other']) {
    it(`warns for "${place}": never in public, never in front of friends or siblings`, async () => {
      const el = await render(html`<nvr-sit-in-planner start-step="when"></nvr-sit-in-planner>`);
      $<HTMLInputElement>(el, '#place-bedroom').click();
      await el.updateComplete;
      expect($(el, '#place-warning')).to.equal(null);
      $<HTMLInputElement>(el, `#place-${place}`).click();
      await el.updateComplete;
      const warning = $(el, '#place-warning');
      expect(textOf(warning)).to.contain(
        'Never do a sit-in in public, or in front of the young person’s friends, brothers or sisters.',
      );
      expect(warning.parentElement!.getAttribute('aria-live')).to.equal('polite');
      await expect(el).to.be.accessible();
    });
  }

  it('tells a real suggestion from a demand or blame, met with silence, not thanks', async () => {
    const el = await render(html`<nvr-sit-in-planner start-step="during"></nvr-sit-in-planner>`);
    const hint = textOf($(el, '#ifSuggestion-hint'));
    expect(hint).to.contain('A demand or blame');
    expect(hint).to.contain('is not a suggestion: stay silent, or say calmly, “That is not a suggestion.”');
    expect(hint).not.to.match(/thank/i);
  });

  it('asks for the words you would say, and the suggested statement keeps your capitals', async () => {
    const el = await render(html`<nvr-sit-in-planner start-step="behaviour"></nvr-sit-in-planner>`);
    expect(textOf(el.shadowRoot!.querySelector('label[for="behaviour"]')!)).to.contain(
      'Write it as you would say it to the young person.',
    );
    // A phone adds no capital the parent did not type.
    expect($(el, '#behaviour').getAttribute('autocapitalize')).to.equal('none');
    await fill(el, 'behaviour', 'Sam being pushed and hit');
    await click(el, button(el, 'Continue'));
    await click(el, button(el, 'See all steps'));
    await click(el, button(el, 'What you will say'));
    expect($<HTMLTextAreaElement>(el, '#statement').value).to.contain(
      'We are no longer willing to accept Sam being pushed and hit.',
    );
  });
});

describe('<nvr-sit-in-planner> saving on the device', () => {
  it('restores every field after a reload (a new element with the same key)', async () => {
    seed(completePlan());
    const el = await render(html`<nvr-sit-in-planner start-step="3"></nvr-sit-in-planner>`);
    await settled(el);
    await click(el, button(el, 'Add another adult'));
    expect(active(el)?.id).to.equal('adult-2-name');
    await fill(el, 'adult-2-name', 'Gran');
    await click(el, button(el, 'Add a supporter'));
    await fill(el, 'supporter-0-name', 'Pat');
    const select = $<HTMLSelectElement>(el, '#supporter-0-help');
    select.value = 'both';
    select.dispatchEvent(new Event('change'));
    await click(el, button(el, 'See all steps'));
    await click(el, $$(el, '.task-link')[6]);
    await fill(el, 'otherGesture', 'A hug');
    await click(el, button(el, /Back/));
    await click(el, button(el, /Back/));
    await fill(el, 'statement', 'Our own words.');
    fixtureCleanup();

    const reloaded = await render();
    const values: Record<string, unknown> = {};
    for (const step of STEPS.slice(0, -1)) {
      await click(reloaded, $$(reloaded, '.task-link')[STEPS.indexOf(step)]);
      for (const input of $$(reloaded, 'input, textarea, select') as HTMLInputElement[]) {
        values[input.id] = input.type === 'radio' || input.type === 'checkbox' ? input.checked : input.value;
      }
      await click(reloaded, button(reloaded, 'See all steps'));
    }
    expect(values).to.deep.include({
      'calmNow-yes': true,
      'violentBefore-no': true,
      'dangerNow-no': true,
      'hasSupport-yes': true,
      behaviour: 'hitting your sister',
      'adult-0-name': 'Sam',
      'adult-0-relationship': 'Mum',
      'adult-1-name': 'Jo',
      'adult-2-name': 'Gran',
      'supporter-0-name': 'Pat',
      'supporter-0-help': 'both',
      'place-bedroom': true,
      day: '5',
      month: '12',
      year: '2036',
      time: '19:30',
      minutes: '30',
      statement: 'Our own words.',
      'rule-silence': true,
      'rule-no-restraint': true,
      ifEscalates: 'We stop and leave calmly.',
      'gesture-drink': true,
      'gesture-meal': false,
      otherGesture: 'A hug',
      'repeat-week': true,
    });
  });

  it('two open pages sharing the plan never lose each other’s edits', async () => {
    const wrapper = await fixture(
      html`<div>
        <nvr-sit-in-planner id="a" start-step="2"></nvr-sit-in-planner>
        <nvr-sit-in-planner id="b" start-step="4"></nvr-sit-in-planner>
      </div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll('nvr-sit-in-planner')];
    await Promise.all([settled(a), settled(b)]);
    // B saves; the browser tells other pages with a storage event (it never fires in the writer).
    await fill(b, 'time', '19:30');
    tellOtherTabs();
    await a.updateComplete;
    expect((await notice(a)).textContent).to.contain('changed in another tab or window');
    // A edits after hearing B: both edits are kept.
    await fill(a, 'behaviour', 'Shouting at night');
    expect(saved()).to.include({ time: '19:30', behaviour: 'Shouting at night' });
    // B edits without hearing A's save first (the event is late): B must not write over A's edit.
    await fill(b, 'minutes', '45');
    expect(saved()).to.include({ time: '19:30', behaviour: 'Shouting at night', minutes: '45' });
    tellOtherTabs();
    await a.updateComplete;
    await click(a, button(a, /Back/));
    await click(a, button(a, 'See all steps'));
    await click(a, $$(a, '.task-link')[3]);
    expect($<HTMLInputElement>(a, '#minutes').value).to.equal('45');
    expect($<HTMLInputElement>(a, '#time').value).to.equal('19:30');
  });

  it('a real second page (an iframe) and this one share the plan through storage events', async () => {
    const el = await render(html`<nvr-sit-in-planner start-step="2"></nvr-sit-in-planner>`);
    await settled(el);
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/sit-in-planner/second-page.html';
    frame.style.cssText = 'inline-size: 800px; block-size: 900px';
    document.body.append(frame);
    try {
      await until(
        () => frame.contentDocument?.querySelector('nvr-sit-in-planner')?.shadowRoot?.querySelector('#time'),
        'the second page',
        8000,
      );
      const other = frame.contentDocument!.querySelector('nvr-sit-in-planner')!;
      const time = other.shadowRoot!.querySelector<HTMLInputElement>('#time')!;
      time.value = '18:00';
      time.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await until(() => $(el, '[part="notice"]'), 'the storage event from the other page');
      await fill(el, 'behaviour', 'Swearing at Gran');
      await until(
        () => other.shadowRoot!.querySelector('[part="notice"]'),
        'the storage event from this page',
      );
      expect(saved()).to.include({ time: '18:00', behaviour: 'Swearing at Gran' });
      await click(el, button(el, /Back/));
      await click(el, button(el, 'See all steps'));
      await click(el, $$(el, '.task-link')[3]);
      expect($<HTMLInputElement>(el, '#time').value).to.equal('18:00');
    } finally {
      frame.remove();
    }
  });

  it('a page that missed the deletion in another tab never brings the plan back by typing', async () => {
    seed(completePlan());
    const el = await render(html`<nvr-sit-in-planner start-step="2"></nvr-sit-in-planner>`);
    await settled(el);
    // Deleted in another tab; its storage event has not reached this page yet.
    localStorage.removeItem(KEY);
    await fill(el, 'behaviour', 'Hitting your sister and brother');
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(heading(el)).to.equal('Plan a sit-in');
    expect(active(el)).to.equal($(el, '#heading'));
    expect((await notice(el)).textContent).to.contain('deleted in another tab or window');
  });

  it('moved in the page, it keeps an unsaved plan, and takes in what another tab saved meanwhile', async () => {
    const wrapper = await fixture(
      html`<div>
        <nvr-sit-in-planner storage="none" start-step="2"></nvr-sit-in-planner>
        <nvr-sit-in-planner storage-key="moved" start-step="2"></nvr-sit-in-planner>
      </div>`,
    );
    const [memory, local] = [...wrapper.querySelectorAll('nvr-sit-in-planner')];
    await Promise.all([settled(memory), settled(local)]);
    await fill(memory, 'behaviour', 'Kicking doors');
    await fill(local, 'behaviour', 'Swearing');
    memory.remove();
    local.remove();
    // Another tab saves while this one is out of the page (so it hears no storage event).
    seed({ ...saved('moved'), time: '18:00' }, 'moved', Date.now() + 1000);
    wrapper.append(memory, local);
    await Promise.all([memory.updateComplete, local.updateComplete]);
    expect($<HTMLTextAreaElement>(memory, '#behaviour').value).to.equal('Kicking doors');
    expect($<HTMLTextAreaElement>(local, '#behaviour').value).to.equal('Swearing');
    expect((await notice(local)).textContent).to.contain('changed in another tab or window');
    expect(saved('moved')).to.include({ behaviour: 'Swearing', time: '18:00' });
    localStorage.removeItem('moved');
  });

  it('back from the back-forward cache, it takes in what another tab saved', async () => {
    seed(completePlan());
    const el = await render(html`<nvr-sit-in-planner start-step="2"></nvr-sit-in-planner>`);
    await settled(el);
    seed({ ...completePlan(), behaviour: 'Taking money' }, KEY, Date.now() + 1000);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#behaviour').value).to.equal('Taking money');
  });

  it('keeps working when saving fails, says so plainly, and points to print and download', async () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const el = await render(html`<nvr-sit-in-planner start-step="2"></nvr-sit-in-planner>`);
      await settled(el);
      await fill(el, 'behaviour', 'Kicking doors');
      const warning = $(el, '[part="notice"]');
      expect(warning.getAttribute('role')).to.equal('alert');
      expect(warning.textContent).to.contain('We could not save your plan on this device');
      expect(warning.textContent).to.contain('print it or download it');
      await click(el, button(el, 'Continue'));
      await click(el, button(el, /Back/));
      expect($<HTMLTextAreaElement>(el, '#behaviour').value).to.equal('Kicking doors');
      await click(el, button(el, 'Print or download your plan'));
      expect(heading(el)).to.equal('Check your plan');
      expect(await el.exportText()).to.contain('Kicking doors');
      await expect(el).to.be.accessible();
    } finally {
      Storage.prototype.setItem = original;
    }
  });

  it('a corrupt saved value starts a new plan with a message, and never breaks the widget', async () => {
    localStorage.setItem(KEY, '{"stamp": 3, "value": ');
    const el = await render();
    expect((await notice(el)).textContent).to.contain('could not read a plan saved earlier');
    expect(heading(el)).to.equal('Plan a sit-in');
  });

  it('a plan saved without its envelope, or with a broken stamp, keeps every readable answer and says so', async () => {
    // Before: 0 of 3 answers kept, and the first edit overwrote what was stored.
    const answers = { behaviour: 'Hitting your sister', time: '19:30', calmNow: 'yes' };
    for (const stored of [answers, { stamp: 'x', value: answers }]) {
      localStorage.setItem(KEY, JSON.stringify(stored));
      const el = await render(html`<nvr-sit-in-planner start-step="2"></nvr-sit-in-planner>`);
      await settled(el);
      expect($<HTMLTextAreaElement>(el, '#behaviour').value).to.equal('Hitting your sister');
      expect((await notice(el)).textContent).to.contain('We kept every answer we could read');
      await fill(el, 'behaviour', 'Hitting your sister at night');
      expect(saved()).to.include({
        behaviour: 'Hitting your sister at night',
        time: '19:30',
        calmNow: 'yes',
      });
      fixtureCleanup();
    }
  });

  it('an edit here keeps what a newer version of the planner saved, version and unknown fields included', async () => {
    // Before: one edit rewrote "version": 2 to 1 and dropped the 3 fields this version does not know.
    const newer = { ...completePlan(), version: 2, mood: 'tense', reminders: ['18:00'], extraRule: true };
    seed(newer as unknown as SitInPlan);
    const el = await render(html`<nvr-sit-in-planner start-step="2"></nvr-sit-in-planner>`);
    await settled(el);
    await fill(el, 'behaviour', 'Kicking doors');
    expect(saved()).to.deep.equal({ ...newer, behaviour: 'Kicking doors' });
  });

  it('says the plan is not saved for as long as it cannot be read back, and never writes over a saved plan it could not read', async () => {
    // Before: when only getItem failed, the first successful write hid the "not saved" notice.
    seed(completePlan());
    const original = Storage.prototype.getItem;
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      const el = await render(html`<nvr-sit-in-planner start-step="2"></nvr-sit-in-planner>`);
      await settled(el);
      await fill(el, 'behaviour', 'Kicking doors');
      await fill(el, 'behaviour', 'Kicking doors at night');
      const notice = $(el, '[part="notice"]');
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(notice.textContent).to.contain('We could not save your plan on this device');
      expect($<HTMLTextAreaElement>(el, '#behaviour').value).to.equal('Kicking doors at night');
    } finally {
      Storage.prototype.getItem = original;
    }
    expect(saved()).to.deep.equal(completePlan());
  });

  it('storage="none" keeps the plan in memory only, and says so', async () => {
    const el = await render(html`<nvr-sit-in-planner storage="none" start-step="2"></nvr-sit-in-planner>`);
    await settled(el);
    await fill(el, 'behaviour', 'Hitting');
    expect(localStorage.length).to.equal(0);
    await click(el, button(el, 'See all steps'));
    expect($(el, '.privacy').textContent).to.contain('Your plan is not saved');
  });

  it('uses its own `storage-key`, and Delete removes only that key', async () => {
    localStorage.setItem('something-else', 'keep me');
    seed(completePlan(), 'our-plan');
    seed(completePlan(), KEY);
    const el = await render(
      html`<nvr-sit-in-planner storage-key="our-plan" start-step="8"></nvr-sit-in-planner>`,
    );
    await settled(el);
    await click(el, button(el, 'Delete my plan'));
    expect(active(el)?.id).to.equal('confirm-text');
    setTimeout(() => button(el, 'Yes, delete my plan').click());
    const event = await oneEvent(el, 'nvr-plan-delete');
    expect(event.composed).to.equal(true);
    await el.updateComplete;
    expect(localStorage.getItem('our-plan')).to.equal(null);
    expect(localStorage.getItem('something-else')).to.equal('keep me');
    expect(saved(KEY)).to.deep.equal(completePlan());
    expect(heading(el)).to.equal('Plan a sit-in');
    expect((await notice(el)).textContent).to.contain('deleted from this device');
    expect($$(el, '[part="status"]').map((s) => s.textContent!.trim())).to.deep.equal(
      Array(7).fill('Not started'),
    );
  });
});

describe('<nvr-sit-in-planner> quick exit', () => {
  let left: string[];
  const originalLeave = pageActions.leave;
  beforeEach(() => {
    left = [];
    pageActions.leave = (url) => void left.push(url);
  });
  afterEach(() => {
    pageActions.leave = originalLeave;
  });

  it('"Leave this page quickly" hides the planner at once and replaces the page with a neutral site', async () => {
    const el = await render();
    const exit = $(el, '[part="exit-button"]');
    expect(exit.textContent!.trim()).to.equal('Leave this page quickly');
    expect(exit.getBoundingClientRect().height).to.be.at.least(44);
    exit.click();
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(left).to.deep.equal(['https://www.bbc.co.uk/weather']);
  });

  it('hides the planner at once even where the page’s CSS sets its display', async () => {
    const style = document.createElement('style');
    style.textContent = 'nvr-sit-in-planner { display: block; }';
    document.head.append(style);
    try {
      seed(completePlan());
      const el = await render(html`<nvr-sit-in-planner start-step="check"></nvr-sit-in-planner>`);
      await settled(el);
      $(el, '[part="exit-button"]').click();
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(left).to.have.length(1);
    } finally {
      style.remove();
    }
  });

  it('goes to `exit-url`, and refuses an unsafe one', async () => {
    (await render(html`<nvr-sit-in-planner exit-url="https://example.org/news"></nvr-sit-in-planner>`))
      .shadowRoot!.querySelector<HTMLElement>('[part="exit-button"]')!
      .click();
    await withWarnings(async (_, errors) => {
      const el = await render(html`<nvr-sit-in-planner exit-url="javascript:alert(1)"></nvr-sit-in-planner>`);
      $(el, '[part="exit-button"]').click();
      expect(errors.details.map((d) => d.field)).to.deep.equal(['exit-url']);
    });
    expect(left).to.deep.equal(['https://example.org/news', 'https://www.bbc.co.uk/weather']);
  });

  it('pressing Shift three times leaves; typing capitals in between does not', async () => {
    const el = await render(html`<nvr-sit-in-planner start-step="2"></nvr-sit-in-planner>`);
    await settled(el);
    $(el, '#behaviour').focus();
    await sendKeys({ press: 'Shift' });
    await pressWithShift('A');
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    expect(left).to.deep.equal([]);
    await sendKeys({ press: 'Shift' });
    expect(left).to.deep.equal(['https://www.bbc.co.uk/weather']);
  });

  it('if chosen, hides the plan behind "Continue my plan" until pressed', async () => {
    seed(completePlan());
    const el = await render();
    await click(el, $(el, '#hideOnExit'));
    $(el, '[part="exit-button"]').click();
    expect(saved()?.locked).to.equal(true);
    fixtureCleanup();
    const again = await render(html`<nvr-sit-in-planner start-step="8"></nvr-sit-in-planner>`);
    expect(again.shadowRoot!.textContent).not.to.contain('hitting your sister');
    expect($$(again, 'h2')).to.have.length(0);
    await click(again, button(again, 'Continue my plan'));
    expect(heading(again)).to.equal('Check your plan');
    expect(again.shadowRoot!.textContent).to.contain('hitting your sister');
    expect(saved()?.locked).to.equal(false);
  });
});

describe('<nvr-sit-in-planner> print and downloads', () => {
  it('Print opens the browser print dialog and prints a clean script: the plan, no buttons', async () => {
    seed(completePlan());
    const el = await render(html`<nvr-sit-in-planner start-step="check"></nvr-sit-in-planner>`);
    await settled(el);
    const originalPrint = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      setTimeout(() => button(el, 'Print your plan').click());
      const event = await oneEvent(el, 'nvr-plan-export');
      expect(event.detail).to.deep.equal({ format: 'print' });
      expect(printed).to.equal(1);
    } finally {
      window.print = originalPrint;
    }
    await emulateMedia({ media: 'print' });
    const visible = (e: HTMLElement) => e.getBoundingClientRect().height > 0;
    expect($$(el, 'button').filter(visible)).to.deep.equal([]);
    expect(visible($(el, '[part="exit"]'))).to.equal(false);
    expect(
      $$(el, 'h2')
        .filter(visible)
        .map((h) => h.textContent!.trim()),
    ).to.deep.equal(['Our sit-in plan']);
    const summary = $(el, '[part="summary"]');
    expect(visible(summary)).to.equal(true);
    expect(summary.innerText).to.contain('We are no longer willing to accept hitting your sister');
    expect(getComputedStyle(summary).color).to.equal('rgb(0, 0, 0)');
    expect(summary.innerText).not.to.contain('Do you feel calm right now?');
    // Printed for everyone, whatever step 1 said: the safety reminders and when to call.
    expect(summary.innerText).to.contain('Do not do a sit-in alone.');
    expect(summary.innerText).to.contain(
      'Call 999 at once if someone is hurt, if there is a weapon, if someone’s life is in danger, or if someone cannot leave.',
    );
  });

  it('prints and exports the emergency line even for a plan whose step 1 signalled no risk, with a tel: link on screen', async () => {
    seed(completePlan());
    const el = await render(
      html`<nvr-sit-in-planner start-step="check" emergency-number="112"></nvr-sit-in-planner>`,
    );
    const line = $(el, '[part="summary"] .emergency');
    expect(line.querySelector('a')!.getAttribute('href')).to.equal('tel:112');
    expect(await el.exportText()).to.contain(
      '  Call 112 at once if someone is hurt, if there is a weapon, if someone’s life is in danger, or if someone cannot leave.',
    );
    await emulateMedia({ media: 'print' });
    expect(line.getBoundingClientRect().height).to.be.above(0);
    // A risky step 1 is not given away on paper: its answers and their guidance stay on screen.
    fixtureCleanup();
    seed({ ...completePlan(), weapons: 'yes' });
    const risky = await render(html`<nvr-sit-in-planner start-step="check"></nvr-sit-in-planner>`);
    // Print media again, so the emulation (engine-neutral: print rules as a sheet) covers it too.
    await emulateMedia({ media: 'print' });
    expect($(risky, '[part="summary"]').innerText).not.to.contain('Lock them away');
    await emulateMedia({ media: 'screen' });
    expect($(risky, '[part="summary"]').innerText).to.contain('Lock them away');
  });

  it('prints a full plan on at most two A4 pages', async () => {
    seed({
      ...completePlan(),
      violentBefore: 'yes',
      adults: [1, 2, 3, 4].map((i) => ({ name: `Adult ${i}`, relationship: 'Family friend' })),
      supporters: [1, 2, 3].map((i) => ({ name: `Supporter ${i}`, help: 'both' as const })),
      ifSuggestion: 'Thank them and end on a kind note.',
      ifLeaves: 'Let them go, stay a little longer, then leave calmly.',
      gestures: ['drink', 'meal', 'outing'],
      otherGesture: 'A walk with the dog',
      messages: 'Auntie Jo texts that she cares about them.',
    });
    // A4 at 96 dpi: 794 × 1123 CSS px, less the browser's default 1 cm margins.
    await setViewport({ width: 794 - 76, height: 1123 });
    const el = await render(html`<nvr-sit-in-planner start-step="check"></nvr-sit-in-planner>`);
    await settled(el);
    await emulateMedia({ media: 'print' });
    expect($(el, '[part="summary"]').innerText).to.contain('Auntie Jo texts that she cares about them.');
    expect(el.getBoundingClientRect().height).to.be.at.most(2 * (1123 - 76));
  });

  it('downloads the plan as .txt and the event as .ics, through the device only', async () => {
    seed(completePlan());
    const el = await render(html`<nvr-sit-in-planner start-step="8"></nvr-sit-in-planner>`);
    await settled(el);
    const clicked: { download: string; href: string }[] = [];
    const originalClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    };
    const formats: string[] = [];
    el.addEventListener('nvr-plan-export', (e) => formats.push(e.detail.format));
    try {
      button(el, 'Download your plan as text (.txt)').click();
      button(el, 'Download calendar event (.ics)').click();
      await until(() => clicked.length === 2, 'two downloads');
    } finally {
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(formats.sort()).to.deep.equal(['ics', 'text']);
    clicked.sort((x, y) => (x.download.endsWith('.txt') ? -1 : y.download.endsWith('.txt') ? 1 : 0));
    expect(clicked.map((c) => c.download)).to.deep.equal(['sit-in-plan.txt', 'calendar-event.ics']);
    expect(clicked.every((c) => c.href.startsWith('blob:'))).to.equal(true);
    const [txt, ics] = await Promise.all(clicked.map(async (c) => (await fetch(c.href)).text()));
    expect(txt).to.contain('hitting your sister');
    expect(txt).to.contain('Sam, Mum');
    expect(ics).to.contain('DTSTART:20361205T193000\r\n');
    expect(ics).to.contain('DURATION:PT30M\r\n');
    // The calendar may be shared: no names, no behaviour, and not "sit-in" unless chosen.
    expect(ics).not.to.contain('Sam');
    expect(ics).not.to.contain('hitting');
    expect(ics).not.to.match(/sit-in/i);
    expect(ics).to.contain('SUMMARY:Family time\r\n');
  });

  it('the calendar title is neutral unless the parent chooses words, and the page never calls it safe to share', async () => {
    seed(completePlan());
    const el = await render(html`<nvr-sit-in-planner start-step="8"></nvr-sit-in-planner>`);
    const hint = textOf($(el, '#ics-hint'));
    expect(hint).to.equal('The calendar event will say “Family time” and the time, with no names.');
    expect(textOf(el.shadowRoot!.querySelector('.no-print')!)).not.to.match(/safe on a shared calendar/i);
    expect(textOf($(el, '#calendarTitle-hint'))).to.contain('Anyone who can see your calendar will see');
    await fill(el, 'calendarTitle', 'Sit-in with Alex');
    expect(saved()!.calendarTitle).to.equal('Sit-in with Alex');
    expect(textOf($(el, '#ics-hint'))).to.contain('“Sit-in with Alex”');
    const steps = await pageActions.loadSteps();
    const ics = await steps.icsFile(saved()!)!.text();
    expect(ics).to.contain('SUMMARY:Sit-in with Alex\r\n');
    await expect(el).to.be.accessible();
  });

  it('cannot make a calendar event without a real date and time, and says why', async () => {
    seed({ ...completePlan(), time: 'later' });
    const el = await render(html`<nvr-sit-in-planner start-step="8"></nvr-sit-in-planner>`);
    await settled(el);
    expect(button(el, 'Download calendar event (.ics)').hasAttribute('disabled')).to.equal(true);
    expect($(el, '#ics-hint').textContent).to.contain('first add a real date and start time');
  });
});

describe('<nvr-sit-in-planner> when the steps cannot load', () => {
  const originalLoad = pageActions.loadSteps;
  let failures: number;
  beforeEach(() => {
    failures = 0;
    // Offline, or the chunks/ folder was not copied beside the script.
    pageActions.loadSteps = () => {
      failures++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
  });
  afterEach(() => {
    pageActions.loadSteps = originalLoad;
  });

  for (const step of ['ready', 'behaviour', 'check']) {
    it(`says so on the ${step} page, keeps the answers, and Try again loads it and focuses the heading`, async () => {
      seed(completePlan());
      await withWarnings(async (_, errors) => {
        const el = await render(html`<nvr-sit-in-planner start-step=${step}></nvr-sit-in-planner>`);
        await until(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the load failure message');
        // The failure every widget shows (core LazyView), with the planner's reassurance.
        expect(textOf($(el, '[role="alert"]'))).to.equal(
          'This part could not load. Check your connection, then try again. Your answers are safe.',
        );
        expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.equal(null);
        expect(errors.details.map((d) => d.field)).to.deep.equal(['chunks']);
        await expect(el).to.be.accessible();
        // Still failing: the message comes back (announced afresh), and nothing is lost.
        await click(el, button(el, 'Try again'));
        await until(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the second failure');
        expect(failures).to.equal(2);
        expect(saved()).to.deep.equal(completePlan());
        // The public export says so too: its promise rejects (documented), it does not hang.
        const exported = await el.exportText().then(
          () => 'resolved',
          () => 'rejected',
        );
        expect(exported).to.equal('rejected');
        // Back online.
        pageActions.loadSteps = originalLoad;
        await click(el, button(el, 'Try again'));
        expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
        expect(active(el)).to.equal($(el, '#heading'));
        if (step === 'ready') expect($<HTMLInputElement>(el, '#weapons-no').checked).to.equal(true);
        else {
          const shown =
            step === 'check'
              ? $(el, '[part="summary"]').textContent
              : $<HTMLTextAreaElement>(el, '#behaviour').value;
          expect(shown).to.contain('hitting your sister');
        }
      });
    });
  }
});

describe('<nvr-sit-in-planner> free text', () => {
  it('shows names, the behaviour and the statement as text, never as HTML', async () => {
    const markup = '<img src=x onerror="window.pwned=1"><b>bold</b>';
    seed({
      ...completePlan(),
      behaviour: markup,
      adults: [
        { name: markup, relationship: '<i>Mum</i>' },
        { name: 'Jo', relationship: '' },
      ],
      statement: markup,
      statementEdited: true,
    });
    const el = await render(html`<nvr-sit-in-planner start-step="check"></nvr-sit-in-planner>`);
    await settled(el);
    const summary = $(el, '[part="summary"]');
    expect(summary.querySelector('img, b, i')).to.equal(null);
    expect(summary.textContent).to.contain(markup);
    expect(summary.textContent).to.contain('<i>Mum</i>');
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });
});

describe('<nvr-sit-in-planner> accessibility and layout', () => {
  // Every step with a complete plan is an example (../examples.ts), where the shared suite runs axe
  // in both directions. Here: each step empty, and with its error summary.
  for (const step of STEPS) {
    it(`passes axe on step ${step}, empty, and with its error summary`, async () => {
      const el = await render(html`<nvr-sit-in-planner start-step=${step}></nvr-sit-in-planner>`);
      await settled(el);
      await expect(el).to.be.accessible();
      const submit = $(el, 'button[type="submit"]');
      if (submit && step !== 'statement') {
        await click(el, submit);
        expect($(el, '[part="error-summary"]'), step).to.exist;
        await expect(el).to.be.accessible();
      }
    });
  }

  it('every label, description and error reference points at a real element, and no field feeds form history, on every step', async () => {
    for (const plan of [
      completePlan(),
      { calmNow: 'yes' as const, violentBefore: 'yes' as const, statementEdited: true },
    ]) {
      seed(plan);
      for (const step of STEPS) {
        const el = await render(html`<nvr-sit-in-planner start-step=${step}></nvr-sit-in-planner>`);
        await settled(el);
        const submit = $(el, 'button[type="submit"]');
        if (submit) await click(el, submit); // with errors, where the plan has any
        // Browsers keep what is typed in form history; on a shared device that would leak the plan.
        for (const field of $$(el, 'input[type="text"], textarea')) {
          expect(field.getAttribute('autocomplete'), `${step}: #${field.id}`).to.equal('off');
        }
        for (const attr of ['aria-describedby', 'aria-labelledby', 'for']) {
          for (const node of $$(el, `[${attr}]`)) {
            for (const id of node.getAttribute(attr)!.split(/\s+/).filter(Boolean)) {
              expect(el.shadowRoot!.getElementById(id), `${step}: ${attr}="${id}"`).to.exist;
            }
          }
        }
        fixtureCleanup();
      }
    }
  });

  it('reflows every step at 320 px in one column, with 44 px targets, error summary links too', async () => {
    seed({ ...completePlan(), violentBefore: 'yes', place: 'other' });
    await setViewport({ width: 320, height: 640 });
    for (const step of STEPS) {
      const el = await render(html`<nvr-sit-in-planner start-step=${step}></nvr-sit-in-planner>`);
      await settled(el);
      for (const child of shadowElements(el)) {
        expect(child.getBoundingClientRect().right, `${step}: ${child.className}`).to.be.at.most(321);
      }
      // Tick boxes and radios are small; their labels are the 44 px targets (clicking one picks it).
      for (const target of $$(el, 'button, input[type="text"], select, .choice label, .checkbox label')) {
        expect(target.getBoundingClientRect().height, `${step}: ${target.textContent}`).to.be.at.least(44);
      }
      fixtureCleanup();
    }
    localStorage.clear();
    for (const step of STEPS.filter((s) => s !== 'check' && s !== 'statement')) {
      const el = await render(html`<nvr-sit-in-planner start-step=${step}></nvr-sit-in-planner>`);
      await settled(el);
      await click(el, button(el, 'Continue'));
      const links = $$(el, '.error-summary a');
      expect(links, step).to.have.length.above(0);
      for (const link of links) {
        expect(link.getBoundingClientRect().height, `${step}: ${link.textContent}`).to.be.at.least(44);
        expect(link.getBoundingClientRect().right, `${step}: ${link.textContent}`).to.be.at.most(321);
      }
      fixtureCleanup();
    }
  });

  it('puts day, month and year side by side, and marks fields in error with the error colour', async () => {
    await setViewport({ width: 320, height: 640 });
    seed({ ...completePlan(), day: '31', month: '2' });
    const el = await render(html`<nvr-sit-in-planner start-step="when"></nvr-sit-in-planner>`);
    await settled(el);
    const [day, month, year] = ['#day', '#month', '#year'].map((id) => $(el, id).getBoundingClientRect());
    expect(month.top).to.equal(day.top);
    expect(year.top).to.equal(day.top);
    expect(day.width).to.be.below(80);
    await click(el, button(el, 'Continue'));
    const border = (id: string) => getComputedStyle($(el, id)).borderTopColor;
    // The shared error colour (--nvr-color-error, #a3231f), as in the quiz.
    expect(border('#day')).to.equal('rgb(163, 35, 31)');
    expect(border('#time')).not.to.equal('rgb(163, 35, 31)');
  });

  // axe on this page, right to left, runs in the shared suite (the example "Right to left").
  it('mirrors in right-to-left pages: the quick-exit bar at the end of the line', async () => {
    seed(completePlan());
    const wrapper = await fixture(
      html`<div dir="rtl" lang="ar">
        <nvr-sit-in-planner start-step="3"></nvr-sit-in-planner>
      </div>`,
    );
    const el = wrapper.querySelector('nvr-sit-in-planner')!;
    await settled(el);
    const base = $(el, '[part="base"]');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    const exit = $(el, '[part="exit-button"]').getBoundingClientRect();
    const hint = $(el, '.exit-hint').getBoundingClientRect();
    // The quick-exit bar sits at the end of the line, mirrored: its hint is on the left in RTL.
    expect(hint.right).to.be.at.most(exit.left);
    expect(hint.left - base.getBoundingClientRect().left).to.be.below(2);
  });
});
