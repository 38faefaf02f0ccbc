/**
 * The theming docs are the styling API editors rely on: every token the code reads is documented,
 * and the docs name no token the code ignores. (Files are fetched from the test server.)
 */
import { expect } from '@open-wc/testing';

const read = async (path: string) => (await fetch(path)).text();
const names = (text: string, pattern: RegExp) =>
  [...new Set([...text.matchAll(pattern)].map((m) => m[1]))].sort();

describe('docs/theming.md', () => {
  it('documents exactly the global --nvr-* tokens that core reads', async () => {
    const code = names(await read('/packages/core/src/tokens.ts'), /var\((--nvr-[a-z-]+)/g);
    const docs = names(await read('/docs/theming.md'), /`(--nvr-(?!cornerstones)[a-z-]+)`/g);
    expect(code.length).to.be.above(10);
    expect(docs).to.deep.equal(code);
  });

  it("documents exactly the widget's own --nvr-cornerstones-* properties", async () => {
    const styles = await read('/packages/cornerstones/src/nvr-cornerstones.styles.ts');
    const placeholder = await read('/docs/placeholder.css');
    const code = names(styles + placeholder, /var\(\s*(--nvr-cornerstones-[a-z-]+)/g);
    const docs = names(await read('/docs/theming.md'), /`(--nvr-cornerstones-[a-z-]+)/g);
    expect(docs).to.deep.equal(code);
  });
});
