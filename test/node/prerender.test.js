// scripts/prerender.js: the pre-rendered snippets editors paste (needs `npm run build`: it renders
// from dist/ssr/, and the last test compares with dist/html/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { DEFAULT_BASE, prerender, snippet, stylesheet } from '../../scripts/prerender.js';
import { widgets } from '../../widgets.js';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url);

for (const { tag, prerender: defaults = {} } of widgets) {
  test(`${tag}: a declarative shadow root styled by a <link>, no inline style, then its script`, async () => {
    const html = await snippet(tag, defaults, { base: 'https://cdn.example/nvr/' });
    assert.match(html, new RegExp(`^<!--[^]*?-->\\n<${tag}[ >]`));
    assert.match(
      html,
      /<template shadowrootmode="open"><link rel="stylesheet" href="https:\/\/cdn\.example\/nvr\/[a-z-]+\.css">/,
    );
    assert.doesNotMatch(
      html,
      /<style|shadowroot="open"| style=/,
      'a strict CSP (style-src self) allows no inline style',
    );
    assert.match(html, /<!--lit-part [^>]+-->/, 'hydration markers');
    // Lit's server renderer writes `.checked=${false}` as checked="false": a ticked box (core's checked()).
    assert.doesNotMatch(html, /\schecked="false"/, 'no box ticked by a false property');
    const [, tail] = html.split(`</${tag}>\n`);
    assert.match(
      tail,
      new RegExp(
        `^<link rel="modulepreload" href="https://cdn\\.example/nvr/chunks/${tag}-hydrate-[\\w-]+\\.js">\\n`,
      ),
      'the chunk that takes the view over is fetched beside the script, not after it',
    );
    assert.ok(tail.endsWith(`<script type="module" src="https://cdn.example/nvr/${tag}.js"></script>\n`));
  });

  test(`${tag}: the build wrote this snippet to dist/html/, and its stylesheet beside the script`, async () => {
    const built = await readFile(new URL(`dist/html/${tag}.html`, ROOT), 'utf8');
    assert.equal(built, await snippet(tag, defaults, { base: DEFAULT_BASE }), 'dist/html is up to date');
    const css = await readFile(new URL(`dist/cdn/${tag}.css`, ROOT), 'utf8');
    assert.equal(css, await stylesheet(tag));
    assert.match(css, /:host\{/);
    assert.match(css, /\.no-script\{display:none\}/);
    assert.doesNotMatch(css, /\/\*/, 'comments squeezed out');
  });
}

test('attribute values are escaped: an editor cannot break out of the tag', async () => {
  const html = await prerender('nvr-cornerstones', { 'heading-level': '4" onclick="alert(1)' });
  assert.doesNotMatch(html, /onclick="alert/);
  assert.match(html, /heading-level="4&quot; onclick=&quot;alert\(1\)"/);
});

test('a bad attribute name or an unknown tag is refused with a clear message', async () => {
  await assert.rejects(
    prerender('nvr-cornerstones', { 'on click': 'x' }),
    /"on click" is not an attribute name/,
  );
  await assert.rejects(
    prerender('nvr-nope'),
    /Unknown widget <nvr-nope>; pre-render one of: nvr-cornerstones/,
  );
});

test('inline editor content becomes the child script; the widget pre-renders its loading view', async () => {
  const text = '{"currency": "EUR", "items": [{"id": "a", "label": "Course", "price": "100"}]}';
  const html = await prerender('nvr-fee-calculator', {}, { inline: { text, type: 'application/json' } });
  assert.ok(
    html.includes(`</template><script type="application/json">${text}</script></nvr-fee-calculator>`),
  );
  assert.doesNotMatch(html, /data-nvr-prerender-inline/);
  assert.match(html, /aria-busy="true"/);
  assert.doesNotMatch(html, />Course</, 'the content itself arrives with the script');
  await assert.rejects(
    prerender(
      'nvr-fee-calculator',
      {},
      { inline: { text: '"</script><script>alert(1)"', type: 'application/json' } },
    ),
    /must not contain "<\/script"/,
  );
});

test('a snippet with an editor’s content preloads the built chunks that read it, and only then', async () => {
  const base = 'https://cdn.example/nvr/';
  const preloads = (html) =>
    [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
  const md = { text: '## Calm\nA summary.', type: 'text/markdown' };
  const sections = preloads(await snippet('nvr-cornerstones', {}, { base, inline: md }));
  const json = { text: '{"items": [{"id": "a", "label": "A", "price": "1"}]}', type: 'application/json' };
  const list = preloads(await snippet('nvr-fee-calculator', {}, { base, inline: json }));
  // chunks/<tag>-<name>-<hash>.js → <name>-<hash>.js
  const chunkNames = (tag, urls) => urls.map((url) => url.split(`/chunks/${tag}-`)[1]);
  assert.match(
    chunkNames('nvr-cornerstones', sections).join(' '),
    /^hydrate-\S+ editor-sections-\S+ markdown-\S+$/,
  );
  // The fee calculator's parser and views, and the chunk they share; no Markdown reader (only notes need it).
  assert.match(
    chunkNames('nvr-fee-calculator', list).join(' '),
    /^hydrate-\S+ editor-config-\S+ booking-\S+ editor-list-\S+$/,
  );
  for (const url of [...sections, ...list]) {
    await readFile(new URL(url.replace(base, '../../dist/cdn/'), import.meta.url)); // built, under that name
  }
  assert.equal(preloads(await snippet('nvr-cornerstones', {}, { base })).length, 1, 'built-in content: none');
});

test('the command line prints a snippet, and explains a mistake with exit code 1', async () => {
  const { stdout } = await run(
    'node',
    ['scripts/prerender.js', 'nvr-cornerstones', 'open=2', '--base', '/cdn/'],
    {
      cwd: ROOT,
    },
  );
  assert.match(stdout, /<nvr-cornerstones open="2">/);
  assert.match(stdout, /<link rel="stylesheet" href="\/cdn\/nvr-cornerstones.css">/);
  await assert.rejects(run('node', ['scripts/prerender.js', 'nvr-nope'], { cwd: ROOT }), (error) => {
    assert.equal(error.code, 1);
    assert.match(error.stderr, /Unknown widget <nvr-nope>/);
    return true;
  });
});
