/**
 * An editor's own content needs code the built-in content does not: its loader, the Markdown
 * reader, the price list's views. The CDN files request those chunks together, not each one once
 * the one before has arrived: on a phone every such wait is another network round trip. (Requested
 * together, the second starts before the first has arrived; WebKit's timings are whole
 * milliseconds, so "at the latest as it arrives".)
 */
import { expect } from '@open-wc/testing';
import { until } from './helpers.js';

/** The resource timing of the chunk whose file name starts with `name` (e.g. a widget's markdown). */
function chunk(name: string): PerformanceResourceTiming {
  const found = performance
    .getEntriesByType('resource')
    .filter((e): e is PerformanceResourceTiming => e instanceof PerformanceResourceTiming)
    .find((e) => new URL(e.name).pathname.startsWith(`/dist/cdn/chunks/${name}-`));
  if (!found) throw new Error(`chunks/${name}-*.js was never requested`);
  return found;
}

/** Puts `<tag>` with an editor's inline script on the page and loads its CDN file. */
async function withInline(tag: string, type: string, content: string): Promise<HTMLElement> {
  const el = document.createElement(tag);
  const script = document.createElement('script');
  script.type = type;
  script.textContent = content;
  el.append(script);
  document.body.append(el);
  await import(/* @vite-ignore */ `/dist/cdn/${tag}.js`);
  return el;
}

describe('an editor’s own content', () => {
  it('cornerstones: the Markdown reader is requested beside the sections’ loader', async () => {
    const el = await withInline('nvr-cornerstones', 'text/markdown', '## Calm\nA summary.\n\nThe body.');
    await until(() => el.shadowRoot?.querySelector('.title')?.textContent === 'Calm', 'the editor’s section');
    const loader = chunk('nvr-cornerstones-editor-sections');
    expect(chunk('nvr-cornerstones-markdown').startTime).to.be.at.most(loader.responseEnd);
  });

  it('quiz: the Markdown reader is requested beside the bank’s loader', async () => {
    const bank = {
      questions: [{ id: 'own', scenario: 'From the **editor**', answer: 'none', explanation: 'Calm.' }],
    };
    const el = await withInline('nvr-escalation-quiz', 'application/json', JSON.stringify(bank));
    await until(() => el.shadowRoot?.textContent?.includes('From the editor'), 'the editor’s scenario');
    const loader = chunk('nvr-escalation-quiz-editor-bank');
    expect(chunk('nvr-escalation-quiz-markdown').startTime).to.be.at.most(loader.responseEnd);
  });

  it('fee calculator: the price list’s views are requested beside its parser', async () => {
    const list = { items: [{ id: 'course', label: 'Own course', price: '100', group: 'Level' }] };
    const el = await withInline('nvr-fee-calculator', 'application/json', JSON.stringify(list));
    await until(() => el.shadowRoot?.textContent?.includes('Own course'), 'the editor’s price list');
    const parser = chunk('nvr-fee-calculator-editor-config');
    expect(chunk('nvr-fee-calculator-editor-list').startTime).to.be.at.most(parser.responseEnd);
  });
});
