import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import '@nvr-widgets/core/define.js';
import { setFetchTimeout } from '@nvr-widgets/core';
import type { NvrCornerstones } from '../src/index.js';
import { runWidgetBaseTests } from '../../../test/widget-base-tests.js';
import { examples } from '../examples.js';
import {
  accessibleNodes,
  emulateMedia,
  itInChromium,
  withWarnings,
  resourcesSince,
  uncaughtDuring,
  until,
} from '../../../test/helpers.js';

runWidgetBaseTests({ tag: 'nvr-cornerstones', define: () => import('../src/define.js'), examples });

const SEED_ORDER = [
  'De-escalation',
  'Prioritising',
  'Breaking the silence and building support',
  'Raising your presence through nonviolent action',
  'Reconciliation and repair',
];

const $ = (el: NvrCornerstones, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const $$ = (el: NvrCornerstones, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const titles = (el: NvrCornerstones) => $$(el, '.title').map((t) => t.textContent!.trim());
const openSections = (el: NvrCornerstones) =>
  $$(el, '[part="button"]').flatMap((b, i) => (b.getAttribute('aria-expanded') === 'true' ? [i + 1] : []));
const isShown = (panel: HTMLElement) =>
  !panel.hasAttribute('hidden') && panel.getBoundingClientRect().height > 0;

async function render(template = html`<nvr-cornerstones></nvr-cornerstones>`) {
  const el = await fixture<NvrCornerstones>(template);
  await el.updateComplete;
  return el;
}

/** Waits until editor Markdown (inline or src) has replaced or failed to replace the sections. */
const untilTitles = (el: NvrCornerstones, first: string) =>
  until(() => titles(el)[0] === first, `first section "${first}"`);

afterEach(() => {
  fixtureCleanup();
  history.replaceState(null, '', location.pathname + location.search);
});

describe('<nvr-cornerstones> content and semantics', () => {
  it('shows the five cornerstones in the order of the source, numbered, all closed', async () => {
    const el = await render();
    expect(titles(el)).to.deep.equal(SEED_ORDER);
    expect($$(el, 'h3[part="heading"]'), 'default heading level 3').to.have.length(5);
    expect($$(el, '[part="number"]').map((n) => n.textContent)).to.deep.equal(['1', '2', '3', '4', '5']);
    expect(openSections(el)).to.deep.equal([]);
    for (const summary of $$(el, '[part="summary"]'))
      expect(summary.getBoundingClientRect().height).to.be.above(0);
    for (const panel of $$(el, '[part="panel"]')) {
      expect(panel.getAttribute('hidden')).to.equal('until-found');
      expect(isShown(panel)).to.equal(false);
    }
  });

  it('gives each section concrete examples for parents', async () => {
    const el = await render(html`<nvr-cornerstones open="all"></nvr-cornerstones>`);
    for (const panel of $$(el, '[part="panel"]')) {
      const examples = panel.querySelectorAll('li');
      expect(examples.length).to.be.within(2, 3);
    }
    expect($(el, '#panel-0').textContent).to.contain('come back to you');
  });

  it('spells out NVR at first use, names the behaviour and supporters in the sit-in, and includes making amends', async () => {
    const el = await render(html`<nvr-cornerstones open="all"></nvr-cornerstones>`);
    const text = (panel: number) => $(el, `#panel-${panel}`).textContent!.replace(/\s+/g, ' ');
    const all = $$(el, '[part="panel"]')
      .map((p) => p.textContent)
      .join(' ');
    expect(all.indexOf('Non-Violent Resistance (NVR)')).to.equal(
      all.indexOf('NVR') - 'Non-Violent Resistance ('.length,
    );
    expect(text(3)).to.contain(
      'A sit-in, planned with your supporters: a few caring adults say which harmful behaviour they will no longer accept.',
    );
    expect(text(4)).to.contain('Repair also means your child making amends: putting right what they did.');
  });

  itInChromium('tells assistive technology the number, name and state of each section', async () => {
    await render(html`<nvr-cornerstones open="2"></nvr-cornerstones>`);
    const nodes = await accessibleNodes();
    const buttons = nodes.filter((n) => n.role === 'button' && /^\d/.test(n.name));
    expect(buttons.map((b) => b.name)).to.deep.equal(SEED_ORDER.map((t, i) => `${i + 1}. ${t}`));
    expect(buttons.map((b) => Boolean(b.expanded))).to.deep.equal([false, true, false, false, false]);
    // Each panel is a region named by its button; only the open one's text reaches the reader.
    expect(nodes.filter((n) => n.role === 'region').map((n) => n.name)).to.include('2. Prioritising');
    const spoken = nodes.filter((n) => n.role === 'StaticText').map((n) => n.name);
    expect(spoken.some((t) => t.startsWith('You cannot tackle everything at once'))).to.equal(true);
    expect(spoken.some((t) => t.startsWith('When tempers rise'))).to.equal(false);
  });

  it('wires each button to its panel with aria-controls; an open panel is a region labelled by it', async () => {
    const el = await render(html`<nvr-cornerstones open="2"></nvr-cornerstones>`);
    $$(el, '[part="button"]').forEach((button, i) => {
      const panel = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      // Closed, a panel is no landmark: five empty named regions would be five stops to skip.
      const open = i === 1;
      expect(panel.getAttribute('role')).to.equal(open ? 'region' : null);
      expect(panel.getAttribute('aria-labelledby')).to.equal(open ? button.id : null);
      expect(button.getAttribute('aria-describedby')).to.equal(`summary-${i}`);
    });
  });
});

describe('<nvr-cornerstones> opening and closing', () => {
  it('opens and closes a section on click, announcing nvr-cornerstone-toggle on document', async () => {
    const el = await render();
    const button = $$(el, '[part="button"]')[2];
    setTimeout(() => button.click());
    const opened = await oneEvent(document, 'nvr-cornerstone-toggle');
    expect(opened.detail).to.deep.equal({ index: 3, id: 'support', open: true });
    await el.updateComplete;
    expect(isShown($(el, '#panel-2'))).to.equal(true);
    setTimeout(() => button.click());
    const closed = await oneEvent(el, 'nvr-cornerstone-toggle');
    expect(closed.detail).to.deep.equal({ index: 3, id: 'support', open: false });
  });

  it('works with the keyboard alone: Tab, Enter and Space', async () => {
    const el = await render();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('toggle-all');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '[part="button"]')[0]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(openSections(el)).to.deep.equal([1]);
    // The open panel's own control comes next in the tab order, then section 2.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('copy-link');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(openSections(el)).to.deep.equal([1, 2]);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(openSections(el)).to.deep.equal([1]);
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
    expect(parseFloat(getComputedStyle(focused).outlineWidth)).to.be.at.least(3);
  });

  it('"Show all sections" opens everything, then becomes "Hide all sections"', async () => {
    const el = await render();
    const toggleAll = $(el, '[part="toggle-all"]');
    expect(toggleAll.textContent!.trim()).to.equal('Show all sections');
    const events: number[] = [];
    el.addEventListener('nvr-cornerstone-toggle', (e) => events.push(e.detail.index));
    toggleAll.click();
    await el.updateComplete;
    expect(openSections(el)).to.deep.equal([1, 2, 3, 4, 5]);
    expect(events).to.deep.equal([1, 2, 3, 4, 5]);
    expect(toggleAll.textContent!.trim()).to.equal('Hide all sections');
    expect(toggleAll.getAttribute('aria-expanded')).to.equal('true');
    toggleAll.click();
    await el.updateComplete;
    expect(openSections(el)).to.deep.equal([]);
  });

  it('with `single`, opening one section closes the other and there is no "Show all"', async () => {
    const el = await render(html`<nvr-cornerstones single open="1"></nvr-cornerstones>`);
    expect(el.shadowRoot!.querySelector('[part="toggle-all"]')).to.equal(null);
    const events: unknown[] = [];
    el.addEventListener('nvr-cornerstone-toggle', (e) => events.push(e.detail));
    $$(el, '[part="button"]')[3].click();
    await el.updateComplete;
    expect(openSections(el)).to.deep.equal([4]);
    expect(events).to.deep.equal([
      { index: 1, id: 'de-escalation', open: false },
      { index: 4, id: 'presence', open: true },
    ]);
  });

  it('switching to `single` keeps only the first open section, and says which closed', async () => {
    const el = await render(html`<nvr-cornerstones open="2,4"></nvr-cornerstones>`);
    const events: unknown[] = [];
    el.addEventListener('nvr-cornerstone-toggle', (e) => events.push(e.detail));
    el.single = true;
    await el.updateComplete;
    expect(openSections(el)).to.deep.equal([2]);
    expect(events).to.deep.equal([{ index: 4, id: 'presence', open: false }]);
  });

  it('opens a section when find-in-page reveals its hidden text (beforematch)', async () => {
    const el = await render();
    $(el, '#panel-4').dispatchEvent(new Event('beforematch'));
    await el.updateComplete;
    expect(openSections(el)).to.deep.equal([5]);
  });

  it('prints every section expanded, without the buttons that only work on screen', async () => {
    const el = await render();
    await emulateMedia({ media: 'print' });
    try {
      for (const panel of $$(el, '[part="panel"]'))
        expect(panel.getBoundingClientRect().height).to.be.above(0);
      expect($(el, '[part="toggle-all"]').checkVisibility()).to.equal(false);
      for (const copy of $$(el, '[part="copy-link"]')) expect(copy.checkVisibility()).to.equal(false);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('<nvr-cornerstones> attributes', () => {
  const cases: [string, number[]][] = [
    ['2', [2]],
    ['1,3', [1, 3]],
    ['all', [1, 2, 3, 4, 5]],
  ];
  for (const [open, expected] of cases) {
    it(`open="${open}" opens sections ${expected}`, async () => {
      const el = await render(html`<nvr-cornerstones open=${open}></nvr-cornerstones>`);
      expect(openSections(el)).to.deep.equal(expected);
    });
  }

  it('re-applies `open` when it changes after the first render', async () => {
    const el = await render();
    el.setAttribute('open', '4');
    await el.updateComplete;
    expect(openSections(el)).to.deep.equal([4]);
  });

  it('uses heading-level for every section heading', async () => {
    const el = await render(html`<nvr-cornerstones heading-level="2"></nvr-cornerstones>`);
    expect($$(el, 'h2[part="heading"]')).to.have.length(5);
    el.headingLevel = 5;
    await el.updateComplete;
    expect($$(el, 'h5[part="heading"]')).to.have.length(5);
  });

  it('warns once and carries on with what is valid for a bad `open` and `heading-level`', async () => {
    await withWarnings(async (warnings, errors) => {
      const el = await render(html`<nvr-cornerstones open="2,9" heading-level="9"></nvr-cornerstones>`);
      expect(openSections(el)).to.deep.equal([2]);
      expect($$(el, 'h3[part="heading"]')).to.have.length(5);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages).to.deep.equal([
        '<nvr-cornerstones> heading-level: "9" is not a heading level from 2 to 6; using 3',
        '<nvr-cornerstones> open: "9" is not a section number (use 1–5, a comma list, or "all"); ignored',
      ]);
      expect(errors.details.map((d) => [d.widget, d.field])).to.deep.equal([
        ['nvr-cornerstones', 'heading-level'],
        ['nvr-cornerstones', 'open'],
      ]);
    });
  });
});

describe('<nvr-cornerstones> in a page', () => {
  // Every section open is an example (../examples.ts): the shared suite runs axe there, in both directions.

  it('mirrors in right-to-left pages: number at the start (right), arrow at the end (left)', async () => {
    const wrapper = await fixture(html`<div dir="rtl"><nvr-cornerstones></nvr-cornerstones></div>`);
    const el = wrapper.querySelector('nvr-cornerstones')!;
    await el.updateComplete;
    const button = $$(el, '[part="button"]')[0].getBoundingClientRect();
    const number = $$(el, '[part="number"]')[0].getBoundingClientRect();
    const title = $$(el, '.title')[0].getBoundingClientRect();
    const chevron = el.shadowRoot!.querySelector('.chevron')!.getBoundingClientRect();
    expect(number.right).to.be.closeTo(button.right, 1);
    expect(title.right).to.be.at.most(number.left);
    expect(chevron.right).to.be.at.most(title.left);
    const summary = $$(el, '[part="summary"]')[0];
    expect(getComputedStyle(summary).paddingRight).to.not.equal('0px'); // indented under the title
  });

  it('marks its text with the provider locale, so screen readers use the right voice', async () => {
    const wrapper = await fixture(
      html`<nvr-provider locale="en-IE"><nvr-cornerstones></nvr-cornerstones></nvr-provider>`,
    );
    const el = wrapper.querySelector('nvr-cornerstones')!;
    await el.updateComplete;
    expect($(el, '[part="base"]').getAttribute('lang')).to.equal('en-IE');
  });

  it('prints black on white even when themed light-on-dark', async () => {
    const el = await render(
      html`<nvr-cornerstones style="--nvr-color-text: #fff; --nvr-color-surface: #111"></nvr-cornerstones>`,
    );
    expect(getComputedStyle($(el, '.base')).color).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, '.base')).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle($(el, '.base')).backgroundColor).to.equal('rgb(255, 255, 255)');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('<nvr-cornerstones> deep links', () => {
  it('opens and scrolls to the section named in the page URL', async () => {
    history.replaceState(null, '', '#nvr-cornerstone-3');
    const el = await render(html`<nvr-cornerstones style="margin-block: 3000px"></nvr-cornerstones>`);
    await until(() => openSections(el).length, 'section 3 to open');
    expect(openSections(el)).to.deep.equal([3]);
    await until(
      () => Math.abs($(el, '#section-2').getBoundingClientRect().top) < 2,
      'section 3 scrolled to the top',
    );
  });

  it('follows later hash changes and moves focus to that section', async () => {
    const el = await render();
    location.hash = '#nvr-cornerstone-4';
    await until(() => openSections(el).includes(4), 'section 4 to open');
    await until(() => el.shadowRoot!.activeElement === $$(el, '[part="button"]')[3], 'focus on section 4');
  });

  it('copies a link to a section that opens it', async () => {
    const el = await render(html`<nvr-cornerstones open="2"></nvr-cornerstones>`);
    const written: string[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void written.push(text) },
    });
    try {
      $$(el, '[part="copy-link"]')[1].click();
      await until(() => written.length, 'the clipboard write');
      await el.updateComplete;
      expect(written[0]).to.equal(
        `${location.origin}${location.pathname}${location.search}#nvr-cornerstone-2`,
      );
      // Seen beside the button, heard once from the status region: the button keeps its name.
      expect($$(el, '[part="copy-link"]')[1].textContent!.trim()).to.equal('Copy link to this section');
      expect($(el, '.copied').textContent!.trim()).to.equal('Link copied');
      expect($(el, '.copied').getAttribute('aria-hidden')).to.equal('true');
      expect($(el, '[role="status"]').textContent!.trim()).to.equal('Link copied');

      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
      $$(el, '[part="copy-link"]')[1].click();
      await until(() => el.shadowRoot!.querySelector('.copy span:not(.copied)'), 'the visible fallback link');
      expect($(el, '.copy span:not(.copied)').textContent).to.contain('#nvr-cornerstone-2');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });
});

describe('<nvr-cornerstones> editor Markdown', () => {
  it('replaces the sections with an inline <script type="text/markdown">', async () => {
    const el = await render(
      html`<nvr-cornerstones open="2">
        <script type="text/markdown">
          ## Keeping _calm_

          Step back when things get heated.

          You can come back to it **later**.

          ## Asking for help

          - Call a friend
        </script>
      </nvr-cornerstones>`,
    );
    await untilTitles(el, 'Keeping calm');
    expect(titles(el)).to.deep.equal(['Keeping calm', 'Asking for help']);
    expect($(el, '#summary-0').textContent).to.equal('Step back when things get heated.');
    expect($(el, '#panel-0 strong').textContent).to.equal('later');
    expect($(el, '#panel-1 li').textContent).to.equal('Call a friend');
    expect(el.shadowRoot!.querySelector('#summary-1')).to.equal(null);
    // `open` is re-applied to the new sections.
    expect(openSections(el)).to.deep.equal([2]);
    await expect(el).to.be.accessible();
  });

  it('loads a Markdown file from `src`, and only then makes a request', async () => {
    const since = performance.now();
    const el = await render(html`<nvr-cornerstones src="/test/fixtures/cornerstones.md"></nvr-cornerstones>`);
    await untilTitles(el, 'Keeping calm');
    expect(titles(el)).to.deep.equal(['Keeping calm', 'Asking for help']);
    expect($(el, '#panel-1 a').getAttribute('href')).to.equal('https://example.org/find');
    expect(resourcesSince(since).some((url) => url.endsWith('/test/fixtures/cornerstones.md'))).to.equal(
      true,
    );
  });

  it('says it is loading while `src` takes its time, then shows the built-in content after the timeout', async () => {
    setFetchTimeout(400);
    try {
      await withWarnings(async (warnings) => {
        const el = await render(html`<nvr-cornerstones src="/test-server/never"></nvr-cornerstones>`);
        const base = el.shadowRoot!.querySelector('[part="base"]')!;
        expect(base.getAttribute('aria-busy')).to.equal('true');
        expect(base.textContent!.trim()).to.equal('Loading…');
        expect(el.getBoundingClientRect().height).to.be.above(0);
        await until(() => titles(el).length, 'the built-in sections', 3000);
        expect(titles(el)).to.deep.equal(SEED_ORDER);
        expect(warnings.messages[0]).to.match(
          /src: could not load "\/test-server\/never" \(no answer within 0.4 s\); showing the built-in content/,
        );
      });
    } finally {
      setFetchTimeout(10_000);
    }
  });

  it('keeps the built-in content and says why when `src` cannot be loaded', async () => {
    await withWarnings(async (warnings, errors) => {
      const el = await render(html`<nvr-cornerstones src="/test/fixtures/missing.md"></nvr-cornerstones>`);
      await until(() => errors.details.length, 'nvr-config-error');
      expect(errors.details[0]).to.deep.include({ widget: 'nvr-cornerstones', field: 'src' });
      expect(warnings.messages[0]).to.match(
        /src: could not load "\/test\/fixtures\/missing.md" \(HTTP 404\); showing the built-in content/,
      );
      // Reported while loading; the built-in sections are drawn a task after the load ends.
      await untilTitles(el, SEED_ORDER[0]);
      expect(titles(el)).to.deep.equal(SEED_ORDER);
    });
  });

  it('falls back to the inline Markdown when `src` fails, and refuses javascript: URLs without fetching', async () => {
    const since = performance.now();
    await withWarnings(async (warnings) => {
      const el = await render(
        html`<nvr-cornerstones src="javascript:alert(1)">
          <script type="text/markdown">
            ## Inline only

            Summary.
          </script>
        </nvr-cornerstones>`,
      );
      await untilTitles(el, 'Inline only');
      expect(warnings.messages[0]).to.contain(
        'src: "javascript:alert(1)" is not an https:, http: or relative URL, so it was not loaded; showing the inline Markdown',
      );
      expect(
        resourcesSince(since).filter((u) => !u.includes('/node_modules/') && !u.includes('/src/')),
      ).to.deep.equal([]);
    });
  });

  it('uses the inline Markdown when `src` loads but has no ## headings', async () => {
    await withWarnings(async (warnings) => {
      const el = await render(
        html`<nvr-cornerstones src="/test/fixtures/no-sections.md">
          <script type="text/markdown">
            ## Inline instead

            Summary.
          </script>
        </nvr-cornerstones>`,
      );
      await untilTitles(el, 'Inline instead');
      expect(warnings.messages).to.deep.equal([
        '<nvr-cornerstones> src: has no "## " headings, so it has no sections; showing the inline Markdown',
      ]);
    });
  });

  it('goes back to the built-in sections when `src` is removed, even mid-load', async () => {
    const el = await render(html`<nvr-cornerstones src="/test/fixtures/cornerstones.md"></nvr-cornerstones>`);
    el.removeAttribute('src');
    await until(() => titles(el)[0] === SEED_ORDER[0], 'the built-in sections');
    await new Promise((r) => setTimeout(r, 300)); // the abandoned load must not win later
    expect(titles(el)).to.deep.equal(SEED_ORDER);
  });

  it('does not flash the built-in sections while editor Markdown loads', async () => {
    const el = await render(html`<nvr-cornerstones src="/test/fixtures/cornerstones.md"></nvr-cornerstones>`);
    const seen = new Set<string>();
    await until(() => {
      titles(el).forEach((t) => seen.add(t));
      return titles(el)[0] === 'Keeping calm';
    }, 'the Markdown sections');
    expect([...seen].filter((t) => SEED_ORDER.includes(t))).to.deep.equal([]);
  });

  it('keeps the built-in sections when the Markdown has no ## headings', async () => {
    await withWarnings(async (warnings) => {
      const el = await render(
        html`<nvr-cornerstones>
          <script type="text/markdown">
            # Only a title

            And a paragraph.
          </script>
        </nvr-cornerstones>`,
      );
      await until(() => warnings.messages.length, 'a warning');
      expect(warnings.messages).to.deep.equal([
        '<nvr-cornerstones> script[type="text/markdown"]: has no "## " headings, so it has no sections; showing the built-in content',
      ]);
      await until(() => titles(el).length, 'the sections, once it has stopped loading');
      expect(titles(el)).to.deep.equal(SEED_ORDER);
    });
  });

  it('renders hostile Markdown inert and names what it removed', async () => {
    const w = window as unknown as { pwned?: number };
    delete w.pwned;
    const hostile = [
      '## <img src=x onerror="window.pwned=1">Title',
      'Summary <script>window.pwned=2</script> [click](javascript:window.pwned=3)',
      '',
      '<iframe src="javascript:window.pwned=4"></iframe>',
      '<a href="jav&#x09;ascript:window.pwned=5" onclick="window.pwned=6">x</a>',
      '<svg><animate onbegin="window.pwned=7"/></svg> <form action="javascript:1"><button>go</button></form>',
      '',
      '[ok](https://example.org) [mail](mailto:help@example.org) [phone](tel:08088005000) [page](/help)',
    ].join('\n');
    await withWarnings(async (warnings) => {
      // Built by hand: "</script>" inside the Markdown cannot sit in a template literal of HTML.
      const script = document.createElement('script');
      script.type = 'text/markdown';
      script.textContent = hostile;
      const el = document.createElement('nvr-cornerstones');
      el.setAttribute('open', '1');
      el.append(script);
      (await fixture(html`<div></div>`)).append(el);
      await untilTitles(el, 'Title');
      await new Promise((r) => setTimeout(r, 100));
      const root = el.shadowRoot!;
      expect(
        root.querySelectorAll('script, img, iframe, form, .panel svg, .panel button:not([part])').length,
      ).to.equal(0);
      for (const node of root.querySelectorAll('*')) {
        for (const attr of node.attributes) expect(attr.name.startsWith('on'), attr.name).to.equal(false);
      }
      const hrefs = [...root.querySelectorAll('.panel a, .summary a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal([
        null,
        null,
        'https://example.org',
        'mailto:help@example.org',
        'tel:08088005000',
        '/help',
      ]);
      expect(w.pwned).to.equal(undefined);
      expect(warnings.messages.join('\n')).to.match(/unsafe or unsupported markup was removed: .*<script>/);
    });
  });
});

describe('<nvr-cornerstones> edge values', () => {
  const values: unknown[] = [
    '',
    '   ',
    'garbage',
    '9'.repeat(400),
    -1,
    0,
    1.5,
    NaN,
    Infinity,
    -Infinity,
    Number.MAX_SAFE_INTEGER,
    true,
    false,
    null,
    undefined,
    {},
    [],
    [2, 3],
    'javascript:alert(1)',
  ];

  it('takes any value for every property and attribute after the first render without an error, NaN or undefined', async () => {
    const uncaught = await uncaughtDuring(() =>
      withWarnings(async () => {
        const el = await render();
        const settle = async () => {
          await el.updateComplete;
          await until(() => !$(el, '[aria-busy="true"]'), 'loading to end');
          await el.updateComplete;
          const text = el.shadowRoot!.textContent ?? '';
          const attrs = $$(el, '*').flatMap((n) => [...n.attributes].map((a) => a.value));
          for (const shown of [text, ...attrs]) {
            expect(shown).not.to.match(/\bNaN\b|\bundefined\b|\[object /);
          }
          expect($$(el, '[part="section"]').length).to.be.greaterThan(0);
        };
        for (const name of ['open', 'single', 'headingLevel', 'src']) {
          for (const value of values) {
            Reflect.set(el, name, value);
            await settle();
          }
          Reflect.set(el, name, undefined);
        }
        for (const name of ['open', 'single', 'heading-level', 'src']) {
          for (const value of values) {
            el.setAttribute(name, String(value));
            await settle();
          }
          el.removeAttribute(name);
        }
        await settle();
        // Still works: toggling a section and "Show all".
        $(el, '#button-0').click();
        await el.updateComplete;
        expect(openSections(el)).to.deep.equal([1]);
      }),
    );
    expect(uncaught).to.deep.equal([]);
  });
});
