import { describe, expect, it } from '../../../../test/unit/harness.js';
import { jsonPath, parseJson } from '../../src/pure.js';

// model/ parses editor files in Node too: these two come from core/pure.js, not the Lit root.
describe('core/pure.js editor-file helpers', () => {
  it('parseJson never throws: the value, or why it is not JSON', () => {
    expect(parseJson('{"a": [1]}')).to.deep.equal({ ok: true, value: { a: [1] } });
    const bad = parseJson('{a');
    expect(bad.ok).to.equal(false);
    if (!bad.ok) expect(bad.error).to.match(/^is not valid JSON \(/);
  });

  it('jsonPath names a place in the editor file as written', () => {
    expect(jsonPath(['questions', 2, { key: 'answer' }])).to.equal('questions[2].answer');
    expect(jsonPath(undefined)).to.equal('');
  });
});
