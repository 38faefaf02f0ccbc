/**
 * Runs in a page served with the policy docs/embedding.md documents (see web-test-runner.config.js,
 * group "csp"): no inline script or style (`default-src 'self'; script-src 'self'`), Trusted Types
 * required for every HTML sink, only the lit-html and dompurify policies allowed
 * ('allow-duplicates' because every copy of Lit on a page — ours, the test library's, a second
 * widget bundle — registers "lit-html"). Any violation is an event we catch, and a failure.
 */
import { expect } from '@open-wc/testing';
import { recreatedNodes, shadowNodes, until } from '../helpers.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) =>
  violations.push(`${e.violatedDirective}: ${e.sample || e.blockedURI}`),
);

// The pre-rendered snippet in the page's HTML (web-test-runner.config.js), before any script runs.
const prerendered = document.getElementById('prerendered');
const paintedNodes = prerendered ? shadowNodes(prerendered) : [];

describe('under a strict Content-Security-Policy with Trusted Types', () => {
  it('the policy is really in force here, and its violations are seen', async () => {
    expect(() => {
      document.createElement('div').innerHTML = '<b>raw</b>';
    }).to.throw(TypeError);
    await new Promise((r) => setTimeout(r, 50));
    expect(violations).to.have.length(1);
    expect(violations[0]).to.contain('require-trusted-types-for');
  });

  it('renders the built-in and the editor Markdown content without a violation', async () => {
    violations.length = 0; // forget the probe above
    const bundle = '/dist/cdn/nvr-widgets.js'; // a variable: TypeScript must not resolve it
    await import(/* @vite-ignore */ bundle);
    // It defines its widgets one task apart (defineInTurns).
    await customElements.whenDefined('nvr-cornerstones');
    const builtIn = document.createElement('nvr-cornerstones');
    builtIn.setAttribute('open', 'all');
    // Written in the page's HTML, as an editor would (setting script text is itself a TT sink).
    const edited = document.getElementById('edited')!;
    document.body.append(builtIn);
    const deadline = performance.now() + 5000;
    while (edited.shadowRoot?.querySelector('.title')?.textContent !== 'Calm') {
      if (performance.now() > deadline) throw new Error('Markdown never rendered');
      await new Promise((r) => setTimeout(r, 20));
    }
    // Its first render takes its turn after the page's own widgets: not necessarily before the
    // editor's Markdown has arrived.
    await (builtIn as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(builtIn.shadowRoot!.querySelectorAll('[part="section"]')).to.have.length(5);
    expect(edited.shadowRoot!.querySelector('strong')!.textContent).to.equal('bold');
    expect(edited.shadowRoot!.querySelector('img')).to.equal(null);
    expect(violations).to.deep.equal([]);
  });

  it('takes over a pre-rendered snippet, styled by its <link>, keeping its nodes, without a violation', async () => {
    expect(prerendered, 'dist/html/nvr-cornerstones.html in the page (npm run build)').to.exist;
    violations.length = 0;
    await import(/* @vite-ignore */ '/dist/cdn/nvr-widgets.js' as string);
    await customElements.whenDefined('nvr-cornerstones');
    const el = prerendered as HTMLElement & { updateComplete: Promise<unknown> };
    await el.updateComplete;
    expect(paintedNodes.length).to.be.greaterThan(50);
    expect(recreatedNodes(el, paintedNodes)).to.deep.equal([]);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.number')!).borderRadius).to.equal('50%');
    el.shadowRoot!.querySelector<HTMLButtonElement>('#button-0')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#button-0')!.getAttribute('aria-expanded')).to.equal('true');
    await new Promise((r) => setTimeout(r, 100)); // reports are queued as tasks
    expect(violations).to.deep.equal([]);
  });

  it('sanitises Markdown pasted from a word processor (on*, style="…", <style>) without a violation report', async () => {
    violations.length = 0;
    const pasted = document.createElement('nvr-cornerstones');
    pasted.setAttribute('src', '/test/fixtures/word-paste.md');
    document.body.append(pasted);
    await until(
      () => pasted.shadowRoot?.querySelector('.title')?.textContent === 'Pasted',
      'the pasted section',
    );
    await new Promise((r) => setTimeout(r, 100)); // reports are queued as tasks
    const root = pasted.shadowRoot!;
    expect(root.querySelector('[style], style, [onclick], [onmouseover], img')).to.equal(null);
    expect(violations).to.deep.equal([]);
  });

  it('runs the quiz through its lazy feedback chunk, with an editor bank, without a violation', async () => {
    violations.length = 0;
    const quiz = document.createElement('nvr-escalation-quiz');
    quiz.setAttribute('seed', '3');
    quiz.setAttribute('count', '1');
    document.body.append(quiz);
    const root = await until(() => quiz.shadowRoot, 'the quiz');
    (await until(() => root.querySelector<HTMLInputElement>('input[type="radio"]'), 'a choice')).click();
    await (quiz as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    root.querySelector<HTMLButtonElement>('button.primary')!.click();
    await until(() => root.querySelector('[part="feedback"]'), 'the feedback');
    const edited = document.getElementById('quiz-bank')!;
    await until(() => edited.shadowRoot?.querySelector('[part="question"] strong'), 'the editor scenario');
    expect(edited.shadowRoot!.querySelector('img')).to.equal(null);
    expect(violations).to.deep.equal([]);
  });

  it('walks the planner into its lazily loaded steps without a violation', async () => {
    violations.length = 0;
    const planner = document.createElement('nvr-sit-in-planner');
    planner.setAttribute('storage', 'none');
    document.body.append(planner);
    const root = await until(() => planner.shadowRoot, 'the planner');
    await until(() => root.querySelector('.task-link'), 'the task list');
    root.querySelectorAll<HTMLElement>('.task-link')[1].click();
    await until(() => root.querySelector('#behaviour'), 'step 2 from its chunk');
    expect(violations).to.deep.equal([]);
  });

  it('prices an editor config with notes, discount, comparison and booking link without a violation', async () => {
    violations.length = 0;
    const fee = document.getElementById('fee-config')!;
    const root = await until(() => fee.shadowRoot, 'the fee calculator');
    await until(() => root.querySelector('strong'), 'the Markdown note');
    await until(() => root.querySelector('a[href^="https://example.org/book"]'), 'the booking link');
    expect(root.querySelector('img')).to.equal(null);
    expect(root.textContent).to.contain('€');
    expect(violations).to.deep.equal([]);
  });
});
