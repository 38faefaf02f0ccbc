import { expect, fixture, html } from '@open-wc/testing';
import { css, LitElement } from 'lit';
import {
  Announcer,
  ConfigProblems,
  EditorSource,
  FocusController,
  heading,
  LazyView,
  TripleShift,
} from '../src/index.js';
import { microtaskChain, until, withWarnings } from '../../../test/helpers.js';

/** A bare element for each controller under test; `view` is what it renders. */
class Probe extends LitElement {
  view: () => unknown = () => '';
  readonly problems = new ConfigProblems(this);
  override render() {
    return this.view();
  }
}
customElements.define('nvr-test-controllers', Probe);

const probe = () => fixture<Probe>(html`<nvr-test-controllers></nvr-test-controllers>`);
const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe('LazyView', () => {
  it('loads once, adopts each chunk’s styles beside the element’s, and renders the module', async () => {
    const el = await probe();
    let imports = 0;
    const a = new LazyView(
      el,
      el.problems,
      async () => (
        imports++,
        {
          viewStyles: css`
            .a {
              color: rgb(1, 2, 3);
            }
          `,
        }
      ),
    );
    const b = new LazyView(el, el.problems, async () => ({
      viewStyles: css`
        .b {
          color: rgb(4, 5, 6);
        }
      `,
    }));
    el.view = () =>
      html`<p class="a">${a.get() ? 'A' : '…'}</p>
        <p class="b">${b.get() ? 'B' : '…'}</p>`;
    el.requestUpdate();
    await until(() => el.shadowRoot!.textContent!.replace(/\s/g, '') === 'AB', 'both views');
    const color = (s: string) => getComputedStyle(el.shadowRoot!.querySelector(s)!).color;
    expect([color('.a'), color('.b')]).to.deep.equal(['rgb(1, 2, 3)', 'rgb(4, 5, 6)']);
    a.get();
    await a.load();
    expect(imports).to.equal(1);
  });

  it('loads a chunk that has no styles of its own, keeping the styles adopted before', async () => {
    const el = await probe();
    const styled = new LazyView(el, el.problems, async () => ({
      viewStyles: css`
        .a {
          color: rgb(7, 8, 9);
        }
      `,
    }));
    const plain = new LazyView(el, el.problems, async () => ({ render: () => 'P' }));
    el.view = () => html`<p class="a">${styled.get() ? 'A' : '…'}${plain.get()?.render() ?? '…'}</p>`;
    el.requestUpdate();
    await until(() => el.shadowRoot!.textContent!.replace(/\s/g, '') === 'AP', 'both views');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.a')!).color).to.equal('rgb(7, 8, 9)');
  });

  it('a chunk that cannot load is reported once as "chunks", shown with Try again, and retried', async () => {
    await withWarnings(async (_, errors) => {
      const el = await probe();
      let fail = true;
      const view = new LazyView(el, el.problems, async () => {
        if (fail) throw new TypeError('Failed to fetch dynamically imported module');
        return {};
      });
      el.view = () => (view.failed ? view.failure() : view.get() ? 'loaded' : 'loading');
      el.requestUpdate();
      const retry = await until(() => el.shadowRoot!.querySelector('button'), 'Try again');
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('could not load');
      expect(errors.details.map((d) => d.field)).to.deep.equal(['chunks']);
      fail = false;
      retry.click();
      await until(() => el.shadowRoot!.textContent === 'loaded', 'loaded after retry');
    });
  });

  it('Try again tells the element, which may then move focus (the button goes away)', async () => {
    await withWarnings(async () => {
      const el = await probe();
      let fail = true;
      let retried = 0;
      const view = new LazyView(el, el.problems, async () => {
        if (fail) throw new TypeError('Failed to fetch dynamically imported module');
        return {};
      });
      el.view = () =>
        view.failed ? view.failure('Kept.', () => retried++) : view.get() ? 'loaded' : 'loading';
      el.requestUpdate();
      const retry = await until(() => el.shadowRoot!.querySelector('button'), 'Try again');
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Kept.');
      fail = false;
      retry.click();
      expect(retried).to.equal(1);
      await until(() => el.shadowRoot!.textContent === 'loaded', 'loaded after retry');
    });
  });
});

describe('EditorSource', () => {
  it('tells the editor once, as "chunks" worded like LazyView, when its loader chunk cannot load, and falls back to built-in', async () => {
    await withWarnings(async (warnings, errors) => {
      const el = await probe();
      const source = new EditorSource<string>(
        el,
        'text/markdown',
        () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /chunks/x.js')),
        el.problems,
      );
      source.sync('/editor.md');
      expect(source.loading).to.equal(true);
      await until(() => !source.loading, 'the load to end');
      expect(source.value).to.equal(undefined);
      expect(errors.details).to.deep.equal([
        {
          widget: 'nvr-test-controllers',
          field: 'chunks',
          problem:
            'could not load part of the widget (TypeError: Failed to fetch dynamically imported module: /chunks/x.js); copy the chunks/ folder beside the script',
        },
      ]);
      expect(warnings.messages).to.have.length(1);
    });
  });

  it('keeps only the newest load when src changes before the first one finishes', async () => {
    const el = await probe();
    const resolvers: Record<string, (v: string) => void> = {};
    const source = new EditorSource<string>(
      el,
      'text/markdown',
      (src) => new Promise((r) => (resolvers[src!] = r)),
    );
    source.sync('/slow.md');
    expect(source.loading).to.equal(true);
    source.sync('/fast.md');
    resolvers['/fast.md']('fast');
    await until(() => !source.loading, 'the newest load');
    resolvers['/slow.md']('slow');
    await settle(50);
    expect([source.value, source.loading]).to.deep.equal(['fast', false]);
    source.sync('/fast.md');
    expect(source.loading, 'same src: no reload').to.equal(false);
    source.sync(undefined);
    expect([source.value, source.loading]).to.deep.equal([undefined, false]);
  });

  it('reads the inline script when there is no src, and loads nothing when there is neither', async () => {
    const el = await fixture<Probe>(
      html`<nvr-test-controllers
        ><script type="application/json">
          { "a": 1 }
        </script></nvr-test-controllers
      >`,
    );
    const seen: [string | undefined, string | undefined][] = [];
    const source = new EditorSource(
      el,
      'application/json',
      async (src, inline) => (seen.push([src, inline]), 'ok'),
    );
    source.sync(undefined);
    await until(() => !source.loading, 'the inline content');
    expect(seen.map(([src, inline]) => [src, JSON.parse(inline!)])).to.deep.equal([[undefined, { a: 1 }]]);
    expect(source.value).to.equal('ok');
    const bare = await probe();
    const none = new EditorSource(bare, 'application/json', async () => 'never');
    none.sync('  ');
    expect([none.value, none.loading]).to.deep.equal([undefined, false]);
  });

  it('takes the content a task after its loader ends: reading it and drawing it are not one long task', async () => {
    const el = await probe();
    let chain: { done: boolean } | undefined;
    let readEarlier: boolean | undefined;
    const source = new EditorSource<string>(el, 'text/markdown', async () => {
      chain = microtaskChain();
      return 'the editor’s content';
    });
    el.view = () => {
      // undefined until drawn; false if drawn in the loader's own task.
      if (source.value) readEarlier ??= chain?.done;
      return source.value ?? 'loading';
    };
    source.sync('/editor.md');
    await until(() => el.shadowRoot?.textContent === 'the editor’s content', 'the content drawn');
    expect(readEarlier).to.equal(true);
  });

  it('loads a value given as a property, again when it changes, and wins the race against older loads', async () => {
    const el = await probe();
    const seen: unknown[] = [];
    const source = new EditorSource<string>(el, 'application/json', async (_src, _inline, given) => {
      seen.push(given);
      await settle(given === 'old' ? 30 : 0);
      return `loaded ${String(given)}`;
    });
    source.sync(undefined, 'old');
    expect(source.loading).to.equal(true);
    source.sync(undefined, 'old');
    source.sync(undefined, 'new');
    await settle(60);
    expect(seen).to.deep.equal(['old', 'new']);
    expect([source.value, source.loading]).to.deep.equal(['loaded new', false]);
    source.sync(undefined, undefined);
    expect([source.value, source.loading], 'no value, no src, no inline: built-in').to.deep.equal([
      undefined,
      false,
    ]);
  });
});

describe('FocusController', () => {
  it('focuses a target once it is rendered, even a render later', async () => {
    const el = await probe();
    const focus = new FocusController(el);
    let ready = false;
    el.view = () => (ready ? html`<h2 id="heading" tabindex="-1">Step</h2>` : html`<p>Loading</p>`);
    focus.after('#heading');
    await el.updateComplete;
    ready = true;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('heading');
  });

  it('moves focus to the fallback when a render removes the focused control', async () => {
    const el = await probe();
    new FocusController(el, () => '#heading');
    let confirm = true;
    el.view = () =>
      html`<h2 id="heading" tabindex="-1">Plan</h2>
        ${confirm ? html`<button id="keep">No, keep my plan</button>` : ''}`;
    el.requestUpdate();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('#keep')!.focus();
    confirm = false;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('heading');
  });

  it('takes the first rendered of several fallbacks, nearest first', async () => {
    const el = await probe();
    new FocusController(el, () => ['#missing', '#statement', '#heading']);
    let button = true;
    el.view = () =>
      html`<h2 id="heading" tabindex="-1">Plan</h2>
        <textarea id="statement"></textarea>
        ${button ? html`<button id="again">Use the suggested words again</button>` : ''}`;
    el.requestUpdate();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('#again')!.focus();
    button = false;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('statement');
  });
});

describe('Announcer', () => {
  it('says each message once in one polite region, and says a repeated message again', async () => {
    const el = await probe();
    const announcer = new Announcer(el);
    el.view = () => announcer.render();
    const region = () => el.shadowRoot!.querySelector('[role="status"]')!.textContent;
    announcer.say('Right.');
    await el.updateComplete;
    expect(region()).to.equal('Right.');
    announcer.say('Right.');
    await el.updateComplete;
    expect(region(), 'emptied first so it is heard again').to.equal('');
    await until(() => region() === 'Right.', 'repeated message');
    expect(el.shadowRoot!.querySelectorAll('[role="status"]')).to.have.length(1);
  });

  it('with a delay, speaks only the last of quick successive messages', async () => {
    const el = await probe();
    const announcer = new Announcer(el, 100);
    el.view = () => announcer.render();
    const heard: string[] = [];
    const region = () => el.shadowRoot!.querySelector('[role="status"]')!;
    el.requestUpdate();
    await el.updateComplete;
    new MutationObserver(() => heard.push(region().textContent!)).observe(region(), {
      subtree: true,
      characterData: true,
      childList: true,
    });
    for (const total of ['£1', '£12', '£120']) announcer.say(total);
    await until(() => region().textContent === '£120', 'last total');
    await settle(150);
    expect(heard.filter(Boolean)).to.deep.equal(['£120']);
  });

  it('cancel() drops a message still waiting, and leaves what the region says', async () => {
    const el = await probe();
    const announcer = new Announcer(el, 50);
    el.view = () => announcer.render();
    announcer.say('£12');
    await until(() => announcer.text === '£12', 'first total');
    announcer.say('£120');
    announcer.cancel();
    await settle(100);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('£12');
  });
});

describe('TripleShift', () => {
  const shift = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' }));

  it('fires on three Shift presses while the element is in the page, not after it leaves', async () => {
    const el = await probe();
    let fired = 0;
    new TripleShift(el, () => fired++);
    shift();
    shift();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'A' }));
    shift();
    expect(fired, 'another key starts the count again').to.equal(0);
    shift();
    shift();
    expect(fired).to.equal(1);
    el.remove();
    shift();
    shift();
    shift();
    expect(fired).to.equal(1);
  });
});

describe('heading', () => {
  it('renders the level clamped to 2–6 with id, part, class, focusability and an optional description', async () => {
    const el = await fixture(
      html`<div>
        ${heading(4, 'Your results', { id: 'r', part: 'progress', class: 'c', focusable: true, describedBy: 'score' })}
        ${heading(9, 'Deep')} ${heading(1, 'High')}
      </div>`,
    );
    const deep = el.querySelector('h6')!;
    const high = el.querySelector('h2')!;
    expect([deep.textContent, high.textContent]).to.deep.equal(['Deep', 'High']);
    const results = el.querySelector('h4')!;
    expect(results.textContent).to.equal('Your results');
    expect(results.getAttribute('aria-describedby')).to.equal('score');
    expect(results.getAttribute('tabindex')).to.equal('-1');
    expect([results.id, results.getAttribute('part'), results.className]).to.deep.equal([
      'r',
      'progress',
      'c',
    ]);
    // Without a description or focusability, no attribute at all (not "undefined").
    expect(high.hasAttribute('aria-describedby')).to.equal(false);
    expect(high.hasAttribute('tabindex')).to.equal(false);
  });
});
