/**
 * Test commands that work in every engine we test in, for @web/test-runner. The stock
 * `setViewport` and `a11ySnapshot` need puppeteer or playwright; WebKit runs through WebDriver.
 * - `nvr-viewport` {width, height}: sizes the page's viewport (innerWidth × innerHeight) as near as
 *   the engine allows, and returns the size reached (test/helpers.ts `setViewport` does the rest).
 * - `nvr-ax-tree`: Chromium's full accessibility tree (CDP `Accessibility.getFullAXTree`), the
 *   nodes a screen reader is given, shadow roots included. Chromium only: no other engine exposes it.
 */

/** webdriverio's browser behind wtr's WebDriver launcher. */
const driverOf = (session) => session.browser.driver;

/**
 * Sizes the window so the page's viewport is `width` × `height`, as near as the window allows:
 * WebDriver sizes the whole window, so add what its frame takes, measured, and correct again in
 * case the frame changed with the size. MiniBrowser's toolbar keeps its window at least ~447 px
 * wide: returns the viewport reached, and the page narrows its root element for the rest.
 */
async function setWebdriverViewport(driver, width, height) {
  const inner = () => driver.execute(() => `${window.innerWidth}x${window.innerHeight}`);
  // The window manager may apply a size (or its own minimum) a moment after the command returns:
  // read the viewport until three reads in a row agree.
  const settled = async () => {
    let last = await inner();
    for (let same = 1, start = Date.now(); same < 3 && Date.now() - start < 2000;) {
      await new Promise((r) => setTimeout(r, 30));
      const now = await inner();
      same = now === last ? same + 1 : 1;
      last = now;
    }
    return last.split('x').map(Number);
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    const [innerW, innerH] = await settled();
    if (innerW === width && innerH === height) break;
    const rect = await driver.getWindowRect();
    await driver.setWindowRect(null, null, rect.width + width - innerW, rect.height + height - innerH);
  }
  const [innerW, innerH] = await settled();
  return { width: innerW, height: innerH };
}

export function engineCommandsPlugin() {
  return {
    name: 'nvr-engine-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'nvr-viewport') {
        const { width, height } = payload;
        if (session.browser.type === 'puppeteer') {
          await session.browser.getPage(session.id).setViewport({ width, height });
          return { width, height };
        }
        if (session.browser.type === 'webdriver')
          return setWebdriverViewport(driverOf(session), width, height);
        throw new Error(`nvr-viewport: unsupported launcher ${session.browser.type}`);
      }
      if (command === 'nvr-ax-tree') {
        if (session.browser.type !== 'puppeteer' || !/chrom/i.test(session.browser.name))
          throw new Error('nvr-ax-tree exists only in Chromium');
        const page = session.browser.getPage(session.id);
        const cdp = await page.createCDPSession();
        try {
          const { nodes } = await cdp.send('Accessibility.getFullAXTree');
          return nodes;
        } finally {
          await cdp.detach();
        }
      }
      return undefined;
    },
  };
}
