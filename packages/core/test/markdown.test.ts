import { expect } from '@open-wc/testing';
import { loadMarkdown } from '../src/index.js';

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

  it('renders inline Markdown without wrapping it in a paragraph', async () => {
    const md = await loadMarkdown();
    const div = document.createElement('div');
    div.append(md.renderInlineMarkdown('Only *this*').fragment);
    expect(div.innerHTML).to.equal('Only <em>this</em>');
  });
});
