/**
 * The planner's words go through @lit/localize: a stand-in Welsh translation of a few strings
 * (a button, a step title, an interpolated sentence of the statement) reaches every place they
 * appear. (Its own page: @lit/localize allows one configuration per page.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { str } from '@lit/localize';
import { configureLocales } from '@nvr-widgets/core';
import '@nvr-widgets/core/define.js';
import '../src/define.js';
import type { NvrSitInPlanner } from '../src/index.js';
import { until } from '../../../test/helpers.js';
import { completePlan } from './plans.js';

const cy = {
  templates: {
    [generateMsgId('Leave this page quickly', false)]: 'Gadael y dudalen hon yn gyflym',
    [generateMsgId('The behaviour', false)]: 'Yr ymddygiad',
    [generateMsgId(['We are no longer willing to accept ', '.'], false)]:
      str`Nid ydym yn fodlon derbyn ${0} mwyach.`,
  },
};

describe('<nvr-sit-in-planner> localisation', () => {
  it('follows <nvr-provider locale> into a configured translation, text and statement alike', async () => {
    localStorage.setItem('nvr-l10n-plan', JSON.stringify({ stamp: 1, value: completePlan() }));
    const provider = await fixture(
      html`<nvr-provider locale="cy-GB"
        ><nvr-sit-in-planner storage-key="nvr-l10n-plan" start-step="check"></nvr-sit-in-planner
      ></nvr-provider>`,
    );
    const el = provider.querySelector<NvrSitInPlanner>('nvr-sit-in-planner')!;
    const text = () => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    await until(() => text().includes('2. The behaviour'), 'the check page');
    configureLocales(['cy'], async () => cy);
    await until(() => text().includes('Gadael y dudalen hon yn gyflym'), 'the Welsh button');
    expect(text()).to.contain('2. Yr ymddygiad');
    expect(text()).to.contain('Nid ydym yn fodlon derbyn hitting your sister mwyach.');
    // Untranslated strings fall back to the en-GB source.
    expect(text()).to.contain('3. Who will be there');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('cy-GB');
    expect(await el.exportText()).to.contain('Nid ydym yn fodlon derbyn hitting your sister mwyach.');
    localStorage.removeItem('nvr-l10n-plan');
  });
});
