/**
 * The browser launchers for @web/test-runner, one per engine, all driving browsers Debian
 * installs (`.ci/run` installs them; nothing here downloads one).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engine a wtr launcher drives, by the name it reports ("Chrome", "Firefox", "MiniBrowser"). */
export function engineOf(browserName) {
  const name = browserName.toLowerCase();
  if (name.includes('firefox')) return 'firefox';
  if (name.includes('chrom')) return 'chromium';
  return 'webkit';
}

function chromium() {
  return chromeLauncher({
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  });
}

/** Firefox ESR through WebDriver BiDi: puppeteer-core needs no geckodriver. */
function firefox() {
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      extraPrefsFirefox: {
        // A test page loses focus to nothing else here: keep timers and focus events running.
        'dom.min_background_timeout_value': 4,
        'focusmanager.testmode': true,
      },
    },
  });
}

/** A TCP port nobody is listening on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts connections on `port`; WebKitWebDriver takes a moment. */
async function listening(port, ms = 10000) {
  const { connect } = await import('node:net');
  const start = Date.now();
  for (;;) {
    const ok = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() - start > ms) throw new Error(`WebKitWebDriver did not listen on ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Debian installs MiniBrowser under the architecture's library folder (x86_64-linux-gnu, …). */
function miniBrowserPath() {
  if (process.env.WEBKIT_BROWSER_PATH) return process.env.WEBKIT_BROWSER_PATH;
  const found = readdirSync('/usr/lib')
    .map((dir) => `/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`)
    .find((path) => existsSync(path));
  return found ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
}

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver, which we start on a free port and stop when
 * wtr exits. MiniBrowser has no headless mode: it needs a display (xvfb-run provides one).
 */
async function webkit() {
  const port = await freePort();
  const driver = spawn(process.env.WEBKIT_DRIVER_PATH ?? 'WebKitWebDriver', [`--port=${port}`], {
    stdio: 'ignore',
  });
  process.once('exit', () => driver.kill());
  await listening(port);
  return webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitWebDriver speaks classic WebDriver only; without this webdriverio asks for BiDi and
      // the session fails with "Failed to match capabilities".
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: miniBrowserPath(),
        args: ['--automation'],
      },
    },
  });
}

const LAUNCHERS = { chromium, firefox, webkit };

/** Launchers for the named engines, in the order given. */
export async function engineLaunchers(names) {
  const unknown = names.filter((n) => !LAUNCHERS[n]);
  if (unknown.length) throw new Error(`Unknown engine ${unknown.join(', ')}: use ${ENGINES.join(', ')}`);
  return Promise.all(names.map((n) => LAUNCHERS[n]()));
}
