/**
 * The docs are the styling API editors rely on: every token the code reads is documented, and the
 * docs name no token the code ignores. Global tokens live in docs/theming.md; a widget's own
 * `--nvr-<widget>-*` properties in docs/theming.md or its own page docs/<widget>.md.
 * (Files are fetched from the test server.)
 */
import { expect } from '@open-wc/testing';

const WIDGETS = ['cornerstones', 'escalation-quiz', 'sit-in-planner', 'fee-calculator'];

const read = async (path: string) => {
  const response = await fetch(path);
  return response.ok ? response.text() : '';
};
const names = (text: string, pattern: RegExp) =>
  [...new Set([...text.matchAll(pattern)].map((m) => m[1]))].sort();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

describe('docs: custom properties', () => {
  it('docs/theming.md documents exactly the global --nvr-* tokens that core reads (snippet stylesheets too)', async () => {
    const sources = ['tokens.ts', 'prerender-styles.ts'].map((file) => read(`/packages/core/src/${file}`));
    const code = names((await Promise.all(sources)).join('\n'), /var\((--nvr-[a-z-]+)/g);
    const widgetPrefix = new RegExp(`^--nvr-(${WIDGETS.map(escape).join('|')})-`);
    const docs = names(await read('/docs/theming.md'), /`(--nvr-[a-z-]+)`/g).filter(
      (name) => !widgetPrefix.test(name),
    );
    expect(code.length).to.be.above(10);
    expect(docs).to.deep.equal(code);
  });

  for (const widget of WIDGETS) {
    it(`documents exactly the --nvr-${widget}-* properties <nvr-${widget}> reads`, async () => {
      const styles = await read(`/packages/${widget}/src/nvr-${widget}.styles.ts`);
      const placeholder = await read('/docs/placeholder.css');
      const own = new RegExp(`var\\(\\s*(--nvr-${escape(widget)}-[a-z-]+)`, 'g');
      const code = names(styles + placeholder, own);
      const documented = new RegExp(`\`(--nvr-${escape(widget)}-[a-z-]+)`, 'g');
      const docs = names((await read('/docs/theming.md')) + (await read(`/docs/${widget}.md`)), documented);
      expect(docs).to.deep.equal(code);
    });
  }
});
