/**
 * A language switch in the middle of a quiz: the text follows the new locale, the answers and the
 * position stay. (Its own page: @lit/localize allows one configuration per page.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { configureLocales } from '@nvr-widgets/core';
import '@nvr-widgets/core/define.js';
import '../src/define.js';
import type { NvrEscalationQuiz } from '../src/index.js';
import { builtInQuestions } from '../src/content/questions.js';
import { draw, seedFromText } from '../src/model/quiz.js';
import { until } from '../../../test/helpers.js';

describe('<nvr-escalation-quiz> localisation', () => {
  it('switches language mid-quiz without losing answers or place', async () => {
    const provider = await fixture(
      html`<nvr-provider locale="cy-GB"
        ><nvr-escalation-quiz seed="7" count="2" feedback="end"></nvr-escalation-quiz
      ></nvr-provider>`,
    );
    const el = provider.querySelector<NvrEscalationQuiz>('nvr-escalation-quiz')!;
    await el.updateComplete;
    const root = el.shadowRoot!;
    const scenario = () => root.querySelector('[part="question"]')!.textContent!.trim();
    const back = () => root.querySelector('[part="back"]')?.textContent?.trim();
    root.querySelectorAll<HTMLInputElement>('input[type="radio"]')[2].click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('.actions button')!.click();
    await el.updateComplete;
    const second = draw(builtInQuestions(), 2, seedFromText('7'))[1];
    expect(scenario()).to.equal(second.scenario);

    // A stand-in Welsh translation of two strings; the rest falls back to English.
    configureLocales(['cy'], async () => ({
      templates: {
        [generateMsgId('Back', false)]: 'Yn ôl',
        [generateMsgId(second.scenario as string, false)]: 'Senario yn Gymraeg.',
      },
    }));
    await until(() => back() === 'Yn ôl', 'the Welsh Back label');
    expect(scenario()).to.equal('Senario yn Gymraeg.');
    expect(root.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('cy-GB');
    root.querySelector<HTMLButtonElement>('[part="back"]')!.click();
    await el.updateComplete;
    expect(root.querySelectorAll<HTMLInputElement>('input[type="radio"]')[2].checked).to.equal(true);
  });
});
