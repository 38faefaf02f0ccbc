/**
 * A pre-rendered planner (dist/html; `npm run build` first) taken over by its CDN script: the
 * same nodes, no shift, no error, and then the planner works and its saved plan comes back. The
 * page without the script is prerendered-no-script.test.ts (its own page: this one loads it).
 */
import { expect } from '@open-wc/testing';
import type { NvrSitInPlanner } from '../src/index.js';
import { shadowNodes, until } from '../../../test/helpers.js';
import { $, button, fill, KEY, notice, saved, seed, textOf } from './planner-page.js';
import { prerendered } from './prerendered-page.js';

const errors: unknown[] = [];
const configErrors: unknown[] = [];
const consoleError = console.error;

/** Loads the CDN script (once per page) and waits for `el` to hydrate and restore its plan. */
async function hydrate(el: NvrSitInPlanner) {
  await import('/dist/cdn/nvr-sit-in-planner.js' as string);
  await customElements.whenDefined('nvr-sit-in-planner');
  await el.updateComplete;
  // The saved plan is applied right after hydration, in an update of its own.
  await el.updateComplete;
}

const taskStatus = (el: NvrSitInPlanner, step: string) => textOf($(el, `#status-${step}`));

describe('pre-rendered <nvr-sit-in-planner>', () => {
  before(() => {
    console.error = (...args: unknown[]) => (errors.push(args), consoleError(...args));
    document.addEventListener('nvr-config-error', (e) => configErrors.push((e as CustomEvent).detail));
  });
  after(() => (console.error = consoleError));
  beforeEach(() => {
    localStorage.removeItem(KEY);
    errors.length = configErrors.length = 0;
  });
  afterEach(() => document.querySelectorAll('body > div').forEach((d) => d.remove()));

  it('hydrates without re-creating a node, moving or reporting anything', async () => {
    const el = await prerendered();
    const before = shadowNodes(el);
    expect(before.length).to.be.greaterThan(40);
    expect(textOf($(el, '#heading'))).to.equal('Plan a sit-in');
    // No saving problem pre-rendered: the server has no storage, and must not say it failed.
    expect(el.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
    const height = el.getBoundingClientRect().height;
    await hydrate(el);
    const after = shadowNodes(el);
    expect(after.length).to.equal(before.length);
    after.forEach((node, i) => expect(node === before[i], `node ${i} ${node.nodeName}`).to.equal(true));
    expect(el.getBoundingClientRect().height).to.equal(height);
    expect(errors).to.deep.equal([]);
    expect(configErrors).to.deep.equal([]);
  });

  it('works after hydration: a step opens, an answer is typed, saved and reported', async () => {
    const el = await prerendered();
    await hydrate(el);
    const exit = $(el, '.exit-button');
    const changes: unknown[] = [];
    el.addEventListener('nvr-plan-change', (e) => changes.push((e as CustomEvent).detail));

    button(el, 'Start planning').click();
    await until(() => el.shadowRoot!.querySelector('#dangerNow-no'), 'step 1 to load');
    expect(textOf($(el, '#heading'))).to.equal('Is now the right time?');
    expect($(el, '.exit-button'), 'the quick exit is still the pre-rendered one').to.equal(exit);

    button(el, 'Back').click();
    await el.updateComplete;
    button(el, 'The behaviour').click();
    await until(() => el.shadowRoot!.querySelector('#behaviour'), 'the behaviour step');
    await fill(el, 'behaviour', 'hitting your sister');
    expect(saved()?.behaviour).to.equal('hitting your sister');
    expect(changes).to.deep.equal([{ step: 2, complete: false }]);

    button(el, 'Continue').click();
    await el.updateComplete;
    expect(textOf($(el, '#heading'))).to.equal('Who will be there?');
    expect(changes.at(-1)).to.deep.equal({ step: 2, complete: true });
    expect(saved()?.done).to.deep.equal(['behaviour']);
    expect(errors).to.deep.equal([]);
  });

  it('brings the saved plan back in a new pre-rendered planner (a reload), text and all', async () => {
    const first = await prerendered('storage-key="nvr-prerendered-plan"');
    await hydrate(first);
    $<HTMLInputElement>(first, '#hideOnExit').click();
    await first.updateComplete;
    button(first, 'The behaviour').click();
    await until(() => first.shadowRoot!.querySelector('#behaviour'), 'the behaviour step');
    await fill(first, 'behaviour', 'taking money from my purse');
    first.parentElement!.remove();

    const el = await prerendered('storage-key="nvr-prerendered-plan"');
    // What the server rendered: nothing of the plan (it cannot know it).
    expect(button(el, 'Start planning')).to.exist;
    expect(taskStatus(el, 'behaviour')).to.equal('Not started');
    const before = shadowNodes(el).filter((n) => n instanceof Element);
    await hydrate(el);
    // Hydration kept the nodes, and the plan read after it shows in them: no stale text.
    const after = shadowNodes(el).filter((n) => n instanceof Element);
    after.forEach((node, i) => expect(node === before[i], `node ${i} ${node.nodeName}`).to.equal(true));
    expect(button(el, 'Continue your plan')).to.exist;
    expect(button(el, 'Start planning')).to.equal(undefined);
    expect(taskStatus(el, 'behaviour')).to.equal('In progress');
    expect($<HTMLInputElement>(el, '#hideOnExit').checked).to.equal(true);

    button(el, 'The behaviour').click();
    const field = await until(() => el.shadowRoot!.querySelector('textarea'), 'the behaviour step');
    expect(field.value).to.equal('taking money from my purse');
    expect(errors).to.deep.equal([]);
    expect(configErrors).to.deep.equal([]);
    localStorage.removeItem('nvr-prerendered-plan');
  });

  it('opens start-step right after hydration, with the saved answer in it', async () => {
    seed({ behaviour: 'staying out all night without telling us' });
    const el = await prerendered('start-step="behaviour"');
    expect(textOf($(el, '#heading')), 'pre-rendered: the introduction').to.equal('Plan a sit-in');
    await hydrate(el);
    const field = await until(() => el.shadowRoot!.querySelector('textarea'), 'the behaviour step');
    expect(textOf($(el, '#heading'))).to.equal('Which behaviour is the sit-in about?');
    expect(field.value).to.equal('staying out all night without telling us');
    expect(configErrors).to.deep.equal([]);
  });

  it('follows other tabs after hydration', async () => {
    const el = await prerendered();
    await hydrate(el);
    expect(taskStatus(el, 'behaviour')).to.equal('Not started');
    seed({ behaviour: 'hitting your sister' }, KEY, Date.now());
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: KEY,
        newValue: localStorage.getItem(KEY),
        storageArea: localStorage,
      }),
    );
    await el.updateComplete;
    expect(taskStatus(el, 'behaviour')).to.equal('In progress');
    expect(textOf(await notice(el))).to.equal(
      'Your plan was changed in another tab or window. This page now shows the latest answers.',
    );
  });
});
