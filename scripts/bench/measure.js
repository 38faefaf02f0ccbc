// Cold page loads in headless Chromium: every page `runs` times, in rotated order, each in a fresh
// browser context with the cache disabled and the CPU throttled.
import puppeteer from 'puppeteer-core';

export const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const max = (values) => (values.length ? Math.max(...values) : null);

export async function launch(chromium) {
  return puppeteer.launch({
    executablePath: chromium,
    headless: true,
    // puppeteer also gives every launch its own new, empty --user-data-dir.
    args: [
      '--no-sandbox',
      '--headless=new',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/**
 * One cold page load. `blankUrl` is an empty page on the same origin, opened first so that starting
 * the renderer process happens before navigation start instead of adding noise to the timings; it
 * loads no scripts or styles, so nothing gets cached.
 */
async function measureOnce(browser, url, blankUrl, { viewport, cpuThrottling, settleMs }) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('response', (res) => res.status() >= 400 && errors.push(`HTTP ${res.status()} ${res.url()}`));
    // Cold anyway: every load has a new browser context, with an empty cache of its own. Enabled, so
    // a page reuses what it already fetched (twenty pre-rendered copies share one stylesheet).
    await page.setCacheEnabled(true);
    await page.setViewport(viewport);
    await page.goto(blankUrl);
    await page.emulateCPUThrottling(cpuThrottling); // CDP Emulation.setCPUThrottlingRate

    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    let timing;
    try {
      timing = await page.evaluate(() => window.__bench.ready);
    } catch (error) {
      throw new Error([error.message.split('\n')[0], ...errors].join('; '));
    }
    // Late shifts and long tasks (lazy chunks, editor config) land in this window.
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    const read = await page.evaluate(() => window.__bench.read());
    if (read.ignored > 0)
      errors.push(
        `layout shift ${read.ignored.toFixed(4)} ignored as "after input" although the bench sends none`,
      );
    return { ...timing, ...read, errors };
  } finally {
    await context.close();
  }
}

/** Medians (and maxima where a budget needs every run) of one page's samples. */
function summarise(page, runs, error) {
  const pick = (key) => runs.map((r) => r[key]);
  const lcpOwners = {};
  for (const r of runs) if (r.lcp) lcpOwners[r.lcp.who] = (lcpOwners[r.lcp.who] ?? 0) + 1;
  return {
    id: page.id,
    group: page.group,
    style: page.style,
    widget: page.widget,
    label: page.label,
    count: page.count,
    baseline: page.baseline,
    like: page.like,
    runs: runs.length,
    error,
    fcpMs: median(pick('fcp')),
    lcpMs: median(runs.map((r) => r.lcp?.at)),
    lcpOwners,
    clsMax: max(pick('cls')),
    clsMedian: median(pick('cls')),
    definedMs: median(pick('definedAt')),
    updatedMs: median(pick('updatedAt')),
    readyMs: median(pick('readyAt')),
    readyMinMs: runs.length ? Math.min(...pick('readyAt')) : null,
    readyMaxMs: max(pick('readyAt')),
    longestTaskMs: median(pick('longest')),
    longestTaskMaxMs: max(pick('longest')),
    tbtMs: median(pick('tbt')),
    heightRem: median(pick('height')),
    dclMs: median(pick('dcl')),
    cssLoadedMs: median(pick('cssLoaded')),
    samples: runs.map((r) => ({
      fcp: r.fcp,
      lcp: r.lcp,
      cls: r.cls,
      defined: r.definedAt,
      updated: r.updatedAt,
      ready: r.readyAt,
      longest: r.longest,
      tbt: r.tbt,
      longTasks: r.longTasks,
      dcl: r.dcl,
      cssLoaded: r.cssLoaded,
    })),
    errors: [...new Set(runs.flatMap((r) => r.errors))],
  };
}

/** Runs every page `runs` times; returns one summary per page. */
export async function measurePages(browser, pages, { urlOf, blankUrl, runs, onProgress, ...options }) {
  const samples = new Map(pages.map((p) => [p.id, []]));
  const failed = new Map();
  // Warm-up load (discarded): the first page in a browser pays one-off start-up costs.
  await measureOnce(browser, urlOf(pages[0]), blankUrl, options).catch(() => {});
  for (let run = 0; run < runs; run++) {
    // Rotate the order each run so no page is always measured first or last.
    const order = pages.map((_, i) => pages[(i + run * 7) % pages.length]);
    for (const page of order) {
      if (failed.has(page.id)) continue;
      try {
        samples.get(page.id).push(await measureOnce(browser, urlOf(page), blankUrl, options));
      } catch (error) {
        failed.set(page.id, error.message); // do not retry a broken page every run
      }
    }
    onProgress?.(run + 1);
  }
  return pages.map((page) => summarise(page, samples.get(page.id), failed.get(page.id)));
}
