/**
 * Test commands that work in every engine we test in, for @web/test-runner. The stock
 * `setViewport` and `a11ySnapshot` need puppeteer or playwright; WebKit runs through WebDriver.
 * - `nvr-viewport` {width, height}: sizes the page's viewport (the layout viewport: innerWidth ×
 *   innerHeight), so media queries and reflow behave as on a device of that size.
 * - `nvr-ax-tree`: Chromium's full accessibility tree (CDP `Accessibility.getFullAXTree`), the
 *   nodes a screen reader is given, shadow roots included. Chromium only: no other engine exposes it.
 */

/** webdriverio's browser behind wtr's WebDriver launcher. */
const driverOf = (session) => session.browser.driver;

async function setWebdriverViewport(driver, width, height) {
  // WebDriver sizes the whole window: add what the window's frame takes, measured, then correct
  // once more in case the frame changed with the size (a wrapping toolbar).
  for (let attempt = 0; attempt < 3; attempt++) {
    const [innerW, innerH] = await driver.execute(() => [window.innerWidth, window.innerHeight]);
    if (innerW === width && innerH === height) return;
    const rect = await driver.getWindowRect();
    await driver.setWindowRect(null, null, rect.width + width - innerW, rect.height + height - innerH);
  }
  const [innerW, innerH] = await driver.execute(() => [window.innerWidth, window.innerHeight]);
  if (innerW !== width || innerH !== height)
    throw new Error(`Viewport stayed ${innerW}×${innerH}, not ${width}×${height}`);
}

export function engineCommandsPlugin() {
  return {
    name: 'nvr-engine-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'nvr-viewport') {
        const { width, height } = payload;
        if (session.browser.type === 'puppeteer') {
          await session.browser.getPage(session.id).setViewport({ width, height });
          return true;
        }
        if (session.browser.type === 'webdriver') {
          await setWebdriverViewport(driverOf(session), width, height);
          return true;
        }
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
