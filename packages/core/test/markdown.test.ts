import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import DOMPurify from 'dompurify';
import { loadMarkdown } from '../src/index.js';
import { withoutInlineCode } from '../src/markdown.js';

/** Payloads from the OWASP XSS filter-evasion cheat sheet and DOMPurify's own test suite. */
const HOSTILE = [
  '<script>window.pwned=1</script>',
  '<img src=x onerror="window.pwned=1">',
  '<svg onload="window.pwned=1"></svg>',
  '<iframe srcdoc="<script>parent.pwned=1</script>"></iframe>',
  '<a href="javascript:window.pwned=1">x</a>',
  '<a href="  JaVaScRiPt:window.pwned=1">x</a>',
  '<a href="jav&#x09;ascript:window.pwned=1">x</a>',
  '[x](javascript:window.pwned=1)',
  '[x](data:text/html;base64,PHNjcmlwdD5wYXJlbnQucHduZWQ9MTwvc2NyaXB0Pg==)',
  '<details open ontoggle="window.pwned=1">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.pwned=1">',
  '<form><button formaction="javascript:window.pwned=1">x</button></form>',
  '<object data="javascript:window.pwned=1"></object>',
  '<style>@import "https://evil.example/x.css"</style>',
  '![x](https://tracker.example/pixel.gif)',
];

describe('renderMarkdown (lazy marked + DOMPurify)', () => {
  it('renders the Markdown an editor writes', async () => {
    const md = await loadMarkdown();
    const { fragment, removed } = md.renderMarkdown(
      '## Title\n\nSome **bold**, _em_ and `code`.\n\n- one\n- two\n\n1. first\n\n> quote\n\n[site](https://example.org) [mail](mailto:a@b.c) [call](tel:999) [page](/p)',
    );
    const div = document.createElement('div');
    div.append(fragment);
    expect(div.querySelector('h2')!.textContent).to.equal('Title');
    expect(div.querySelectorAll('strong, em, code, ul li, ol li, blockquote')).to.have.length(7);
    expect([...div.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://example.org',
      'mailto:a@b.c',
      'tel:999',
      '/p',
    ]);
    expect(removed).to.deep.equal([]);
  });

  for (const payload of HOSTILE) {
    it(`leaves nothing executable or fetching from ${payload}`, async () => {
      const w = window as { pwned?: number };
      delete w.pwned;
      const md = await loadMarkdown();
      const { fragment, removed } = md.renderMarkdown(`Before\n\n${payload}\n\nAfter`);
      const div = document.createElement('div');
      div.append(fragment);
      document.body.append(div);
      await new Promise((r) => setTimeout(r, 50));
      div.remove();
      expect(w.pwned).to.equal(undefined);
      expect(
        div.querySelectorAll('script, img, svg, iframe, object, style, form, button, details, math'),
      ).to.have.length(0);
      for (const el of div.querySelectorAll('*')) {
        for (const attr of el.attributes) {
          expect(attr.name).to.be.oneOf(['href', 'title', 'start', 'align']);
          if (attr.name === 'href') expect(attr.value).to.match(/^(https?:|mailto:|tel:|[^:]*$)/i);
        }
      }
      expect(div.textContent).to.contain('Before');
      expect(removed.length, 'the editor is told what was removed').to.be.above(0);
    });
  }

  it('takes on*, style="…" and <style> out before parsing, tells the editor, and keeps the text around them', async () => {
    const md = await loadMarkdown();
    const { fragment, removed } = md.renderMarkdown(
      '<style>p { color: red }</style>\n\n<p style="color: red" onclick=\'alert(1)\'>Pasted <a href="/x" title="a onclick=b" onmouseover=x>text</a></p>',
    );
    const div = document.createElement('div');
    div.append(fragment);
    expect(div.textContent!.trim()).to.equal('Pasted text');
    expect(div.querySelector('a')!.getAttribute('title'), 'a value is not an attribute').to.equal(
      'a onclick=b',
    );
    expect(removed).to.include.members([
      '<style>',
      'style="color: red"',
      'onclick="alert(1)"',
      'onmouseover="x"',
    ]);
  });

  it('taking them out first never changes what DOMPurify makes of well-formed HTML (property)', () => {
    // Well-formed: whole tags (malformed markup may read differently, at worst costing a report).
    const config = { FORBID_TAGS: ['style'], FORBID_ATTR: ['style'], RETURN_DOM_FRAGMENT: true };
    const attribute = fc.constantFrom(
      ' onclick="y()"',
      " ONLOAD='z'",
      ' onerror=w',
      ' style="color:red"',
      ' STYLE=\'font-family: "Calibri"\'',
      ' title="a onclick=b style=c"',
      ' title=c',
      ' href="/x"',
      ' src=x',
      '/',
    );
    const tag = fc
      .tuple(
        fc.constantFrom('p', 'a', 'span', 'svg', 'math', 'mglyph', 'img', 'b', 'table'),
        fc.array(attribute, { maxLength: 3 }),
      )
      .map(([name, attrs]) => `<${name}${attrs.join('')}>`);
    const piece = fc.oneof(
      tag,
      fc.constantFrom(
        '</p>',
        '</a>',
        '</svg>',
        '</math>',
        'text',
        ' ',
        '"',
        "'",
        '=',
        '>',
        '\n',
        '<!-- x -->',
      ),
      fc.constantFrom('<style>p { color: red }</style>', '<STYLE type="text/css">a{}</STYLE >'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const html = pieces.join('');
        // Whitespace aside: a <style> moves where the parser puts the spaces around it (head, table).
        const clean = (h: string) => {
          const div = document.createElement('div');
          div.append(DOMPurify.sanitize(h, config));
          return div.innerHTML.replace(/\s+/g, '');
        };
        expect(clean(withoutInlineCode(html, [])), html).to.equal(clean(html));
      }),
      { numRuns: 3_000 },
    );
  });

  it('strips in linear time, even from input built to make a parser backtrack', () => {
    const hostile = ['<a "', "<p '", '<style>', '<b title="<', '<i onclick='].map((s) => s.repeat(20_000));
    const start = performance.now();
    for (const html of hostile) withoutInlineCode(html, []);
    // Linear takes ~5 ms in Node and up to ~600 ms in a loaded CI's WebKit; a pattern that
    // backtracks takes ~20 s on this input, so 3 s tells the two apart without flaking.
    expect(performance.now() - start).to.be.below(3_000);
  });

  it('renders inline Markdown without wrapping it in a paragraph', async () => {
    const md = await loadMarkdown();
    const div = document.createElement('div');
    div.append(md.renderInlineMarkdown('Only *this*').fragment);
    expect(div.innerHTML).to.equal('Only <em>this</em>');
  });
});
