/**
 * Tests run in three real browser engines, all from Debian; nothing here downloads a browser:
 * - Chromium (/usr/bin/chromium or CHROME_PATH), headless, over CDP;
 * - Firefox ESR (/usr/bin/firefox-esr or FIREFOX_PATH), headless, over WebDriver BiDi;
 * - WebKitGTK's MiniBrowser through WebKitWebDriver (classic WebDriver). It has no headless mode:
 *   run under `xvfb-run -a` when there is no display (scripts/test-browsers.js does).
 * NVR_ENGINES picks some of them (`NVR_ENGINES=firefox npx wtr --files …`); the default is all three.
 * TypeScript is served through esbuild, and workspace packages resolve to their sources through
 * the "source" export condition, so tests need no build first — except test/cdn.test.ts and
 * test/csp, which check the built dist/cdn files (`npm test` builds before it runs).
 */
import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { summaryReporter, defaultReporter } from '@web/test-runner';
import { engineLaunchers, engineOf } from './scripts/wtr-engines.js';
import { engineCommandsPlugin } from './scripts/wtr-commands.js';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';

const engines = (process.env.NVR_ENGINES ?? 'chromium,firefox,webkit').split(',').map((e) => e.trim());

/**
 * Prints, once wtr is done, a pass/fail count per engine and then "N passed, N failed" on its own
 * line, so CI logs show the result plainly.
 */
function countReporter() {
  return {
    stop({ sessions }) {
      const counts = new Map(); // engine → { passed, failed, skipped }
      const slow = []; // [ms, engine, file, test] for NVR_SLOWEST
      for (const s of sessions) {
        const engine = engineOf(s.browser.name);
        if (!counts.has(engine)) counts.set(engine, { passed: 0, failed: 0, skipped: 0 });
        const c = counts.get(engine);
        const failedBefore = c.failed;
        const walk = (suite) => {
          for (const t of suite.tests) {
            slow.push([t.duration ?? 0, engine, s.testFile.replace(/.*?(packages|test)\//, '$1/'), t.name]);
            if (t.skipped) c.skipped++;
            else if (t.passed) c.passed++;
            else c.failed++;
          }
          suite.suites.forEach(walk);
        };
        if (s.testResults) walk(s.testResults);
        // A file that failed to load (or errored outside a test) has no failed test to count:
        // count the file itself, so the summary never says 0 failed over a broken run.
        if (!s.passed && c.failed === failedBefore) c.failed++;
      }
      const line = ({ passed, failed, skipped }) =>
        `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
      const total = { passed: 0, failed: 0, skipped: 0 };
      const lines = [];
      for (const [engine, c] of counts) {
        lines.push(`${engine.padEnd(9)} ${line(c)}`);
        for (const k of Object.keys(total)) total[k] += c[k];
      }
      lines.push(line(total));
      // NVR_SLOWEST=20 lists the slowest tests first: where to look when the suite gets slower.
      const slowest = Number(process.env.NVR_SLOWEST) || 0;
      if (slowest) {
        const top = slow.sort((a, b) => b[0] - a[0]).slice(0, slowest);
        lines.unshift(
          ...top.map(([ms, engine, file, name]) => `${String(ms).padStart(6)} ms ${engine} ${file}: ${name}`),
        );
      }
      // wtr owns the terminal until it exits: print the lines last, as the process ends.
      process.once('exit', () => process.stdout.write(`\n${lines.join('\n')}\n`));
    },
  };
}

/**
 * A server that never answers, for the fetch timeout: `/test-server/never` holds the request open
 * until the browser gives up on it.
 */
function neverAnswers(ctx, next) {
  if (ctx.path !== '/test-server/never') return next();
  return new Promise((resolve) => ctx.req.on('close', resolve));
}

/**
 * `import data from './file.json'` (a fixture an example reuses, as Storybook's Vite allows): the
 * import is served as a JavaScript module, while `fetch('/…/file.json')` still gets the JSON.
 */
function jsonModules() {
  const MARK = 'json-module';
  return {
    name: 'json-modules',
    transformImport({ source }) {
      if (/\.json$/.test(source)) return `${source}?${MARK}`;
    },
    resolveMimeType(context) {
      if (context.URL.searchParams.has(MARK)) return 'js';
    },
    transform(context) {
      if (context.URL.searchParams.has(MARK)) return { body: `export default ${context.body};` };
    },
  };
}

/**
 * The build's pre-rendered snippet of `tag` (dist/html) as the element alone, with an id and this
 * server's dist/cdn/: the csp page takes it over with the bundle its test imports. Before a build
 * there is none, and the csp test says so.
 */
function prerendered(tag, id) {
  let html;
  try {
    html = readFileSync(`dist/html/${tag}.html`, 'utf8');
  } catch {
    return '';
  }
  const element = new RegExp(`^<${tag}[^]*</${tag}>`, 'm').exec(html)?.[0] ?? ''; // not the comment
  return element
    .replace(`<${tag}`, `<${tag} id="${id}"`)
    .replaceAll('https://YOUR-CDN/nvr-widgets/dist/cdn/', '/dist/cdn/');
}

export default {
  middleware: [neverAnswers],
  // Pure tests (packages/*/test/unit) run in Node: npm run test:node.
  files: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts', '!test/csp/**', '!**/test/unit/**'],
  groups: [
    {
      // A page that enforces Trusted Types: the CDN bundles must render with no violation.
      name: 'csp',
      files: 'test/csp/**/*.test.ts',
      testRunnerHtml: (testFramework) => `<!doctype html>
        <html lang="en-GB">
          <head>
            <meta http-equiv="Content-Security-Policy"
              content="default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html dompurify 'allow-duplicates'">
          </head>
          <body>
            ${prerendered('nvr-cornerstones', 'prerendered')}
            <nvr-cornerstones id="edited"><script type="text/markdown">
              ## Calm
              Summary with a [link](https://example.org).

              Body **bold** <img src=x onerror=alert(1)>
            </script></nvr-cornerstones>
            <nvr-escalation-quiz id="quiz-bank" count="1"><script type="application/json">
              {"questions": [{"id": "editor", "scenario": "From the **editor** <img src=x onerror=alert(1)>",
                "answer": "none", "explanation": "Calm *and* clear."}]}
            </script></nvr-escalation-quiz>
            <nvr-fee-calculator id="fee-config" selected="course" compare="course,extra"><script type="application/json">
              {"currency": "EUR", "vatRate": "19%", "items": [
                {"id": "course", "label": "Course", "price": "100", "group": "Level", "note": "With **supervision** <img src=x onerror=alert(1)>"},
                {"id": "extra", "label": "Course only", "price": "80", "group": "Level"}],
                "discounts": [{"id": "early", "label": "Early", "type": "percent", "value": "10%"}],
                "bookingUrl": "https://example.org/book?items={items}"}
            </script></nvr-fee-calculator>
            <script type="module" src="${testFramework}"></script>
          </body>
        </html>`,
    },
  ],
  nodeResolve: { exportConditions: ['source', 'development'] },
  plugins: [
    jsonModules(),
    engineCommandsPlugin(),
    a11ySnapshotPlugin(),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.base.json', target: 'es2022' }),
  ],
  browsers: await engineLaunchers(engines),
  // One file at a time in each engine, the three engines side by side. Measured on 2 cores (issue
  // 9): two files at once in one engine was twice as slow and flaky (Chromium 78 s → 151 s with 2
  // failures, Firefox 88 s → 152 s with 9): focus and live-region tests lose the window's focus to
  // the other page, and WebKit's WebDriver actions need one page anyway. But the engines side by
  // side overlap WebKit's WebDriver round trips with the others' work: the whole suite in 176–182 s
  // (twice, no failure) against 260–276 s one engine after another.
  concurrency: 1,
  concurrentBrowsers: 3,
  // Generous for WebKit through WebDriver on 2 busy cores; a test that hangs still fails.
  testFramework: { config: { timeout: 20000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
