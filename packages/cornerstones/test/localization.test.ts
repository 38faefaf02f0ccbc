/**
 * The whole localisation path, as a site would use it: a translation module, configureLocales(),
 * and <nvr-provider locale>. (Its own page: @lit/localize allows one configuration per page.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { bestLocale, configureLocales } from '@nvr-widgets/core';
import '@nvr-widgets/core/define.js';
import '../src/define.js';
import type { NvrCornerstones } from '../src/index.js';
import { until } from '../../../test/helpers.js';

/** A stand-in Welsh translation of two strings; the rest falls back to English. */
const cy = {
  templates: {
    [generateMsgId('Show all sections', false)]: 'Dangos pob adran',
    [generateMsgId('De-escalation', false)]: 'Dad-ddwysáu',
  },
};

describe('localisation', () => {
  it('picks the best configured locale', () => {
    expect(bestLocale('cy-GB', ['cy', 'ar'])).to.equal('cy');
    expect(bestLocale('AR', ['cy', 'ar'])).to.equal('ar');
    expect(bestLocale('fr', ['cy'])).to.equal('en-GB');
  });

  it('<nvr-provider locale> switches widgets to a configured translation, even if set up later', async () => {
    const provider = await fixture(
      html`<nvr-provider locale="cy-GB"><nvr-cornerstones></nvr-cornerstones></nvr-provider>`,
    );
    const el = provider.querySelector<NvrCornerstones>('nvr-cornerstones')!;
    await el.updateComplete;
    const toggleAll = () => el.shadowRoot!.querySelector('[part="toggle-all"]')!.textContent!.trim();
    expect(toggleAll()).to.equal('Show all sections');

    configureLocales(['cy'], async () => cy);
    await until(() => toggleAll() === 'Dangos pob adran', 'the Welsh label');
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('Dad-ddwysáu');
    // Untranslated strings fall back to the en-GB source.
    expect(el.shadowRoot!.querySelectorAll('.title')[1].textContent).to.equal('Prioritising');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('cy-GB');
  });
});
