import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { childScriptText } from '../src/child-script.js';
import { fetchText, jsonPath, parseJson, setFetchTimeout } from '../src/editor-sources.js';

describe('editor sources', () => {
  it('jsonPath writes paths the way editors read them', () => {
    expect(jsonPath(['items', 2, 'price'])).to.equal('items[2].price');
    expect(jsonPath([{ key: 'questions' }, { key: 0 }, { key: 'answer' }])).to.equal('questions[0].answer');
    expect(jsonPath([3])).to.equal('[3]');
    expect(jsonPath(undefined)).to.equal('');
  });

  it('parseJson never throws, and says why text is not JSON', () => {
    expect(parseJson('{"a":[1]}')).to.deep.equal({ ok: true, value: { a: [1] } });
    const bad = parseJson('{"a":');
    expect(bad.ok).to.equal(false);
    expect(!bad.ok && bad.error).to.match(/^is not valid JSON \(/);
    fc.assert(fc.property(fc.string(), (text) => typeof parseJson(text).ok === 'boolean'));
  });

  it('childScriptText reads only a direct child script of the given type', () => {
    const host = document.createElement('div');
    const nested = document.createElement('section');
    nested.append(Object.assign(document.createElement('script'), { type: 'application/json' }));
    host.append(nested);
    expect(childScriptText(host, 'application/json')).to.equal(undefined);
    const script = document.createElement('script');
    script.setAttribute('type', ' Application/JSON ');
    script.append('{"x":1}');
    host.append(script);
    expect(childScriptText(host, 'application/json')).to.equal('{"x":1}');
  });

  it('fetchText refuses non-http URLs and explains failed loads', async () => {
    let error = await fetchText('javascript:alert(1)').catch((e: Error) => e);
    expect(String(error)).to.contain('is not an https:, http: or relative URL');
    error = await fetchText('/no-such-file.json').catch((e: Error) => e);
    expect(String(error)).to.contain('could not load "/no-such-file.json" (HTTP 404)');
    expect(await fetchText('/package.json')).to.contain('"workspaces"');
  });

  it('fetchText gives up on a server that never answers, and says so', async () => {
    // Before: it waited for as long as the server did, here for ever.
    setFetchTimeout(300);
    try {
      const start = performance.now();
      const error = await fetchText('/test-server/never').catch((e: Error) => e);
      expect(String(error)).to.contain('could not load "/test-server/never" (no answer within 0.3 s)');
      expect(performance.now() - start).to.be.within(250, 2000);
      // The caller's own abort still wins, as an abort.
      const controller = new AbortController();
      const pending = fetchText('/test-server/never', controller.signal).catch((e: Error) => e);
      controller.abort();
      expect(((await pending) as Error).name).to.equal('AbortError');
    } finally {
      setFetchTimeout(10_000);
    }
  });
});
