/**
 * A page whose script never arrives (this file loads no widget script: a blocked CDN, an old
 * browser, a CSP mistake) still shows each pre-rendered widget's no-script view, and it passes axe.
 */
import { expect } from '@open-wc/testing';
import { prerenderedSnippet, shownOnScreen as shown, stylesheetLoaded, until } from '../helpers.js';
import { widgets } from '../../widgets.js';

/** `tag`'s snippet in a new container on the page, its stylesheet loaded. */
async function place(snippet: string, tag: string): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  host.setHTMLUnsafe(snippet);
  await stylesheetLoaded(host.querySelector(tag)!);
  return host;
}

describe('pre-rendered snippets, without the script', () => {
  for (const { tag } of widgets) {
    it(`<${tag}>: a first view the parser is still inside stays hidden until it is whole`, async () => {
      const snippet = await prerenderedSnippet(tag);
      // The parser may pause anywhere, and a page paints what it has: here, halfway through.
      const half = await place(snippet.slice(0, snippet.indexOf('<div class="no-script"') >> 1), tag);
      const partView = half.querySelector(tag)!.shadowRoot!.querySelector('.base');
      expect(partView, 'half a view').to.not.equal(null);
      expect(shown(partView), 'half a view').to.be.false;
      half.remove();

      const whole = await place(snippet, tag);
      expect(shown(whole.querySelector(tag)!.shadowRoot!.querySelector('.base')), 'the whole view').to.be
        .true;
      whole.remove();
    });

    it(`<${tag}> shows its no-script view after the delay, and axe finds nothing`, async () => {
      const host = await place(await prerenderedSnippet(tag), tag);
      const el = host.querySelector(tag)!;
      expect(customElements.get(tag), 'no script on this page').to.equal(undefined);
      const view = el.shadowRoot!.querySelector('.base');
      const noScript = el.shadowRoot!.querySelector('.no-script');
      // At first the pre-rendered first view: the script may still be on its way.
      expect(shown(view), 'first view at first').to.be.true;
      expect(shown(noScript), 'no-script view at first').to.be.false;

      (el as HTMLElement).style.setProperty('--nvr-no-script-delay', '0s');
      // Its contents are laid out once it is on screen (content-visibility: auto), which an engine
      // may notice a frame after the switch.
      await until(() => shown(noScript), 'the no-script view');
      // Its contents too: while hidden they are not even laid out (content-visibility), and that
      // must flip with the rest.
      expect(shown(noScript!.firstElementChild), 'no-script view, its first element').to.be.true;
      expect(shown(view), 'first view').to.be.false;
      expect(noScript!.textContent!.trim().length).to.be.greaterThan(200);
      expect(noScript!.querySelector('button, input, select, textarea'), 'nothing to press').to.equal(null);
      await expect(el).to.be.accessible();
      host.remove();
    });
  }
});
