// Budgets, the console report and docs/performance.md, all from the same measured numbers.
import { median } from './measure.js';
import { STYLES } from './pages.js';
import { kB, markdownTable, printTable, verdict } from './table.js';

// Budgets: issue 14's "Done when".
export const CLS_BUDGET = 0; // pre-rendered without blocking="render": no shift in any run
export const FCP_BUDGET_MS = 20; // host first contentful paint vs the plain embed's
export const LONG_TASK_FACTOR = 2; // longest task vs bare Lit's on the same number of elements
export const READY_BUDGET_MS = 100; // every widget (the fee calculator too) vs bare Lit
// A long task is only reported from 50 ms on: a page without one counts as 50 ms.
const LONG_TASK_FLOOR_MS = 50;

const ms = (v) => (v == null ? '—' : `${v.toFixed(0)}`);
const signed = (v) => (v == null ? '—' : `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(0)}`);
// Four decimals, except a shift too small for them: a FAIL must never read "0.0000".
const cls = (v) => (v == null ? '—' : v > 0 && v < 0.00005 ? v.toExponential(1) : v.toFixed(4));
const longTask = (v) => (v == null ? '—' : v < LONG_TASK_FLOOR_MS ? '< 50' : v.toFixed(0));

const GROUPS = {
  single: 'Each widget alone',
  four: 'All four widgets on one page (one script each)',
  instances: 'Many instances of one widget on one page',
  config: 'Editor JSON config inline (`<script type="application/json">` child)',
};

const byId = (results) => new Map(results.map((r) => [r.id, r]));
const plainOf = (results, r) =>
  results.find((p) => p.group === r.group && p.widget === r.widget && p.style === 'plain');

/** Every budget as { kind, what, pass }, in the order the issue lists them. */
export function checkBudgets(results, sizes) {
  const pages = byId(results);
  const budgets = [];
  for (const load of sizes.loads) {
    if (load.pass !== undefined)
      budgets.push({
        kind: 'size',
        what: `${load.name} initial load ${kB(load.initialGzip)}`,
        pass: load.pass,
      });
  }
  const measured = (r) => r.runs > 0;
  for (const r of results.filter((r) => r.style === 'prerendered' && r.group !== 'baseline')) {
    budgets.push({
      kind: 'cls',
      what: `${r.label}, pre-rendered: CLS max ${measured(r) ? cls(r.clsMax) : 'not measured'} over ${r.runs} runs (≤ ${CLS_BUDGET})`,
      pass: measured(r) && r.clsMax <= CLS_BUDGET,
    });
  }
  for (const r of results.filter((r) => ['prerendered', 'placeholder'].includes(r.style))) {
    if (r.group === 'baseline') continue;
    const plain = plainOf(results, r);
    const delta = measured(r) && plain?.fcpMs != null ? r.fcpMs - plain.fcpMs : null;
    budgets.push({
      kind: 'fcp',
      what: `${r.label}, ${STYLES[r.style].label}: host FCP ${signed(delta)} ms vs plain (≤ +${FCP_BUDGET_MS} ms)`,
      pass: delta !== null && delta <= FCP_BUDGET_MS,
    });
  }
  for (const r of results.filter((r) => r.group === 'four' || r.group === 'instances')) {
    const base = pages.get(r.baseline);
    const limit = base?.runs ? LONG_TASK_FACTOR * Math.max(base.longestTaskMs, LONG_TASK_FLOOR_MS) : null;
    budgets.push({
      kind: 'longtask',
      what:
        `${r.label}, ${STYLES[r.style].label}: longest task ${longTask(r.longestTaskMs)} ms` +
        ` (≤ ${limit == null ? '—' : limit.toFixed(0)} ms = ${LONG_TASK_FACTOR}× ${base?.label ?? 'bare Lit'})`,
      pass: measured(r) && limit !== null && r.longestTaskMs <= limit,
    });
  }
  for (const r of results.filter((r) => r.group === 'single' || r.group === 'config')) {
    const base = pages.get(r.baseline);
    r.readyDeltaMs = measured(r) && base?.readyMs != null ? r.readyMs - base.readyMs : null;
    budgets.push({
      kind: 'ready',
      what: `${r.label}, ${STYLES[r.style].label}: ready ${signed(r.readyDeltaMs)} ms vs ${base?.label ?? 'bare Lit'} (≤ +${READY_BUDGET_MS} ms)`,
      pass: r.readyDeltaMs !== null && r.readyDeltaMs <= READY_BUDGET_MS,
    });
  }
  for (const r of results.filter((r) => r.group === 'four' || r.group === 'instances')) {
    const base = pages.get(r.baseline);
    r.readyDeltaMs = measured(r) && base?.readyMs != null ? r.readyMs - base.readyMs : null;
  }
  return budgets;
}

const lcpWho = (r) => {
  const owners = Object.entries(r.lcpOwners ?? {}).sort((a, b) => b[1] - a[1]);
  if (!owners.length) return '';
  return owners.map(([who, n]) => (owners.length > 1 ? `${who} ${n}×` : who)).join(', ');
};

const HEADER = [
  'page',
  'embed',
  'host FCP',
  'host LCP (element)',
  'CLS max (median)',
  'ready (min–max)',
  'Δ ready vs bare Lit',
  'longest task',
  'TBT',
];
const ALIGN = ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'];

function row(r) {
  if (!r.runs) return [r.label, STYLES[r.style].label, '—', '—', '—', 'error', '—', '—', '—'];
  return [
    r.label,
    STYLES[r.style].label,
    ms(r.fcpMs),
    `${ms(r.lcpMs)} (${lcpWho(r)})`,
    `${cls(r.clsMax)} (${cls(r.clsMedian)})`,
    `${ms(r.readyMs)} (${ms(r.readyMinMs)}–${ms(r.readyMaxMs)})`,
    r.group === 'baseline' ? '' : signed(r.readyDeltaMs),
    longTask(r.longestTaskMs),
    ms(r.tbtMs),
  ];
}

/** The tables: one per embed style for single widgets, then one per page group. */
function tables(results) {
  const out = [];
  const base = (id) => results.find((r) => r.id === id);
  for (const style of Object.keys(STYLES)) {
    const baseline = {
      prerendered: 'bare-lit-body',
      plain: 'bare-lit-body',
      placeholder: 'bare-lit-head',
      blocking: 'bare-lit-blocking',
    }[style];
    // The like-for-like baselines under the issue's one (see observations()).
    const like = { prerendered: 'bare-lit-prerendered', plain: 'bare-lit-intl' }[style];
    out.push({
      title: `${GROUPS.single}: ${STYLES[style].label}`,
      rows: [
        base(baseline),
        like && base(like),
        ...results.filter((r) => r.group === 'single' && r.style === style),
      ].filter(Boolean),
    });
  }
  out.push({
    title: GROUPS.four,
    rows: [base('bare-lit-x4'), ...results.filter((r) => r.group === 'four')].filter(Boolean),
  });
  const many = results.filter((r) => r.group === 'instances');
  out.push({
    title: GROUPS.instances,
    rows: [results.find((r) => r.group === 'baseline' && r.count > 4), ...many].filter(Boolean),
  });
  out.push({ title: GROUPS.config, rows: results.filter((r) => r.group === 'config') });
  // A partial run (BENCH_ONLY) leaves tables with only their baseline: not worth printing.
  return out.filter(({ rows }) => rows.some((r) => r.group !== 'baseline'));
}

export function printReport(results, budgets, context) {
  if (results.length) {
    console.log(
      `\nHost pages at ${context.viewport.label} (DPR ${context.viewport.deviceScaleFactor}), ${context.cpuThrottling}× CPU,` +
        ` median of ${context.runs} cold runs; times in ms since navigation start\n`,
    );
    for (const { title, rows } of tables(results)) {
      console.log(`${title}\n`);
      printTable(HEADER, rows.map(row), ALIGN);
      console.log('');
    }
    for (const r of results) {
      if (r.error) console.log(`  error: ${r.id}: ${r.error}`);
      for (const e of r.errors) console.log(`  page error: ${r.id}: ${e}`);
    }
    for (const line of [...costs(results), ...observations(results)])
      console.log(`  ${line.replace(/\*\*/g, '')}`);
    warnIfBusy(context, console.log);
  }
  console.log('\nBudgets (issue 14, "Done when")\n');
  printTable(
    ['result', 'budget'],
    budgets.map((b) => [verdict(b.pass), b.what]),
    ['l', 'l'],
  );
}

function warnIfBusy({ loadBefore, loadAfter, about }, say) {
  // Only the load from before the run counts: the bench's own Chromium and server add one or two.
  if (loadBefore > about.cores) {
    say(
      `\nNote: the machine was busy (load average ${loadBefore.toFixed(1)} before the run, ${loadAfter.toFixed(1)} after,` +
        ` on ${about.cores} cores), so the times are noisy; rerun on an idle machine before trusting a result near its budget.`,
    );
  }
}

/** Range "a…b" of signed values. */
const range = (values) => {
  const v = values.filter((x) => x != null);
  if (!v.length) return '—';
  return `${signed(Math.min(...v))}…${signed(Math.max(...v))}`;
};

/** One sentence per embed style, computed from the single-widget and four-widget pages. */
function costs(results) {
  const single = (style) => results.filter((r) => r.group === 'single' && r.style === style && r.runs);
  const plain = new Map(single('plain').map((r) => [r.widget, r]));
  const four = (style) => results.find((r) => r.group === 'four' && r.style === style);
  const versus = (style, key) =>
    single(style).map((r) =>
      plain.get(r.widget)?.[key] != null && r[key] != null ? r[key] - plain.get(r.widget)[key] : null,
    );
  const lines = [];
  const plainRows = single('plain');
  if (plainRows.length) {
    lines.push(
      `**Plain** (the tag, script at the end of <body>): host FCP ${ms(median(plainRows.map((r) => r.fcpMs)))} ms` +
        ` (median of the four widgets), layout shift up to ${cls(Math.max(...plainRows.map((r) => r.clsMax)))}` +
        ` (${plainRows.map((r) => `${r.widget} ${cls(r.clsMax)}`).join(', ')}); the reference for the others.`,
    );
  }
  for (const style of ['prerendered', 'placeholder', 'blocking']) {
    const rows = single(style);
    if (!rows.length) continue;
    const fcp = versus(style, 'fcpMs');
    const lcp = versus(style, 'lcpMs');
    const ready = versus(style, 'readyMs');
    const f = four(style);
    lines.push(
      `**${STYLES[style].label[0].toUpperCase()}${STYLES[style].label.slice(1)}**: host FCP` +
        ` ${signed(median(fcp))} ms against the plain embed (${range(fcp)} across the four widgets), host LCP` +
        ` ${signed(median(lcp))} ms (${range(lcp)}); layout shift up to ${cls(Math.max(...rows.map((r) => r.clsMax)))}` +
        ` (${rows.map((r) => `${r.widget} ${cls(r.clsMax)}`).join(', ')}); widgets ready ${signed(median(ready))} ms` +
        ` against plain (${range(ready)})` +
        (f?.runs
          ? `; with all four widgets the longest task is ${longTask(f.longestTaskMs)} ms and total blocking time ${ms(f.tbtMs)} ms.`
          : '.'),
    );
  }
  return lines;
}

// core's tokens.ts: a pre-rendered widget still :not(:defined) after this shows its no-script view.
const NO_SCRIPT_DELAY_MS = 3000;

/** Computed observations that explain a budget's result (what the lead can act on). */
function observations(results) {
  const lines = [];
  const pre = results.filter((r) => r.style === 'prerendered' && r.runs);
  const diffs = (key) =>
    pre
      .filter((r) => r.group === 'single')
      .flatMap((r) => r.samples.map((s) => (s.fcp != null && s[key] != null ? s.fcp - s[key] : null)))
      .filter((v) => v != null);
  const afterCss = diffs('cssLoaded');
  const afterDcl = diffs('dcl');
  if (afterCss.length) {
    lines.push(
      `Pre-rendered, each widget alone: host first contentful paint minus the time the widget's stylesheet` +
        ` (the \`<link>\` in its shadow root) had loaded: ${signed(median(afterCss))} ms (median of every run;` +
        ` ${range(afterCss)}); minus DOMContentLoaded (parser done, module script run): ${signed(median(afterDcl))} ms` +
        ` (${range(afterDcl)}).`,
    );
  }
  // Where the ready time goes: definition, then the first update (for a pre-rendered widget that
  // includes fetching the hydrate chunk and hydrating).
  const split = (style) => {
    const rows = results.filter((r) => r.group === 'single' && r.style === style && r.runs);
    const updates = rows.flatMap((r) => r.samples.map((x) => x.updated - x.defined));
    return { defined: median(rows.map((r) => r.definedMs)), update: median(updates) };
  };
  const [hydrated, plain] = [split('prerendered'), split('plain')];
  if (hydrated.update != null && plain.update != null) {
    lines.push(
      `Each widget alone: defined at ${ms(hydrated.defined)} ms pre-rendered vs ${ms(plain.defined)} ms plain` +
        ` (median of the four widgets); from definition to the first update complete ${ms(hydrated.update)} ms` +
        ` pre-rendered (taking the view over: its chunk, which the snippet preloads, and hydration) vs ${ms(plain.update)} ms plain.`,
    );
  }
  // Like for like: what a widget adds to a bare Lit element doing the same kind of work (the
  // budgets compare with the plain bare element, as issue 14 asks).
  const byId = new Map(results.map((r) => [r.id, r]));
  const likeDelta = (r) => {
    const like = byId.get(r.like);
    return r.runs && like?.runs ? r.readyMs - like.readyMs : null;
  };
  const preLike = results.filter(
    (r) => r.group === 'single' && r.style === 'prerendered' && likeDelta(r) != null,
  );
  const preBase = byId.get('bare-lit-prerendered');
  if (preLike.length && preBase) {
    lines.push(
      `Like for like, pre-rendered: a bare Lit element pre-rendered by Lit and taken over by Lit's own hydration` +
        ` is ready at ${ms(preBase.readyMs)} ms (the plain bare element at ${ms(byId.get('bare-lit-body')?.readyMs)} ms);` +
        ` against it the pre-rendered widgets are ready` +
        ` ${preLike.map((r) => `${r.widget} ${signed(likeDelta(r))} ms`).join(', ')}.`,
    );
  }
  const fee = results.find((r) => r.like === 'bare-lit-intl' && likeDelta(r) != null);
  const intl = byId.get('bare-lit-intl');
  if (fee && intl) {
    lines.push(
      `Like for like, the fee calculator: a bare Lit element that formats one amount with Intl.NumberFormat` +
        ` (the page's first number formatter loads ICU's data) is ready at ${ms(intl.readyMs)} ms, longest task` +
        ` ${longTask(intl.longestTaskMs)} ms (without the amount ${ms(byId.get('bare-lit-body')?.readyMs)} ms,` +
        ` ${longTask(byId.get('bare-lit-body')?.longestTaskMs)} ms); against it the plain fee calculator is ready` +
        ` ${signed(likeDelta(fee))} ms.`,
    );
  }
  // Two bare Lit pages that differ only in where the script is: how far apart timings of the same
  // page can land in this run.
  const [body, head] = ['bare-lit-body', 'bare-lit-head'].map((id) => results.find((r) => r.id === id));
  if (body?.runs && head?.runs) {
    lines.push(
      `Noise: bare Lit's host FCP was ${ms(body.fcpMs)} ms with the script at the end of <body> and` +
        ` ${ms(head.fcpMs)} ms with it in <head> (non-blocking, otherwise the same page); its ready time ranged` +
        ` ${ms(body.readyMinMs)}–${ms(body.readyMaxMs)} ms over the runs: differences of that size are within this run's noise.`,
    );
  }
  for (const r of pre) {
    const shifted = r.samples.filter((x) => x.cls > 0);
    const late = r.samples.filter((x) => x.defined > NO_SCRIPT_DELAY_MS);
    if (shifted.length && r.group !== 'config') {
      lines.push(
        `${r.label}, pre-rendered: layout shift in ${shifted.length} of ${r.runs} runs, defined at` +
          ` ${shifted.map((x) => ms(x.defined)).join(', ')} ms in those (in the others at` +
          ` ${r.samples
            .filter((x) => !(x.cls > 0))
            .map((x) => ms(x.defined))
            .join(', ')} ms); ${late.length} of ${r.runs} runs defined later than the no-script view's` +
          ` ${NO_SCRIPT_DELAY_MS / 1000} s delay, which counts from when each element is first styled.`,
      );
    }
  }
  return lines;
}

/** `<` outside code spans, so tag names in the sentences show as text in Markdown. */
const escapeHtml = (line) =>
  line
    .split('`')
    .map((part, i) => (i % 2 ? part : part.replace(/</g, '&lt;')))
    .join('`');

/** docs/performance.md: generated, so every number in it comes from this run. */
export function writeMarkdown(results, budgets, sizes, context) {
  const { about, viewport } = context;
  const date = context.date.toISOString().slice(0, 10);
  const out = [];
  out.push('# Performance');
  out.push('');
  out.push('<!-- Generated by `npm run bench` (scripts/bench.js) — do not edit by hand: rerun it. -->');
  out.push('');
  out.push(
    `Measured on ${date} by \`npm run build && npm run bench\`. What an embed style costs the host page, and whether the` +
      ' widgets meet the budgets of issue 14. Times are milliseconds since navigation start, medians of cold loads;' +
      ' layout shift is given as the largest of all runs (and the median).',
  );
  out.push('');
  out.push('## What each embed style costs');
  out.push('');
  for (const line of costs(results)) out.push(`- ${escapeHtml(line)}`);
  out.push('');
  const seen = observations(results);
  if (seen.length) {
    out.push('Observations from the same runs:');
    out.push('');
    for (const line of seen) out.push(`- ${escapeHtml(line)}`);
    out.push('');
  }
  out.push(
    'Embed styles: **pre-rendered** = the snippet from `dist/html/<tag>.html` / `npm run prerender` (Declarative' +
      ' Shadow DOM) with the module script at the end of `<body>`, no placeholder CSS, nothing blocking;' +
      ' **placeholder CSS** = the tag, `docs/placeholder.css` in the page and the module script in `<head>` (not' +
      ' blocking); **plain** = the tag and the script at the end of `<body>`; **blocking (old docs)** = placeholder CSS' +
      ' and `<script type="module" blocking="render">` in `<head>`, the embed the docs recommended before issue 14.',
  );
  out.push('');
  out.push('## Budgets');
  out.push('');
  const fails = budgets.filter((b) => !b.pass);
  out.push(`${budgets.length - fails.length} PASS, ${fails.length} FAIL.`);
  out.push('');
  out.push(
    markdownTable(
      ['result', 'budget'],
      budgets.map((b) => [verdict(b.pass), b.what]),
      ['l', 'l'],
    ),
  );
  out.push('');
  out.push('## Results');
  out.push('');
  out.push(
    'Columns: **host FCP** / **host LCP** = the page’s first and largest contentful paint (the element the browser' +
      ' chose in brackets: `#intro` is the host’s own introduction paragraph, `widget` something inside a widget);' +
      ' **CLS** = sum of all layout shifts of the load; **ready** = every widget on the page defined, its first update' +
      ' complete (for a pre-rendered widget: hydrated) and no loading view (`aria-busy`) left, one frame later;' +
      ' **Δ ready** against the bare Lit page with the same script position (single widgets) or the same number of' +
      ' elements; **longest task** = the longest `longtask` entry (tasks under 50 ms are not reported: “< 50”);' +
      ' **TBT** = total blocking time (the part of each long task over 50 ms) from first contentful paint to the end.',
  );
  out.push('');
  for (const { title, rows } of tables(results)) {
    out.push(`### ${title}`);
    out.push('');
    out.push(markdownTable(HEADER, rows.map(row), ALIGN));
    out.push('');
  }
  const configs = Object.entries(context.configs ?? {});
  if (configs.length) {
    out.push(
      'The editor configs: ' +
        configs
          .map(
            ([tag, c]) =>
              `\`<${tag}>\` from ${c.from}` +
              (c.reserveEm
                ? ` (reserve ${c.reserveEm}em: its height, measured once with the plain embed)`
                : ''),
          )
          .join('; ') +
        ". As docs/embedding.md says for an editor's own content, the placeholder and pre-rendered pages set" +
        ' `--nvr-<widget>-reserve` to fit it; pre-rendered is `npm run prerender -- <tag> --inline <file>`: the' +
        " snippet carries the config and the widget's loading view, which keeps that height until the config is read.",
    );
    out.push('');
  }
  const problems = results.flatMap((r) => [
    ...(r.error ? [`${r.id}: ${r.error}`] : []),
    ...r.errors.map((e) => `${r.id}: ${e}`),
  ]);
  if (problems.length) {
    out.push('Errors reported by the pages:');
    out.push('');
    for (const p of problems) out.push(`- ${p}`);
    out.push('');
  }
  out.push('## Sizes');
  out.push('');
  out.push(
    'Initial load = entry + static imports, gzip -9 (dynamic `import()` chunks are lazy, not counted); 1 kB = 1024 B.',
  );
  out.push('');
  out.push(
    markdownTable(
      ['entry', 'files', 'gzip initial', 'budget', 'result', 'lazy (import())'],
      sizes.loads.map((l) => [
        l.name,
        String(l.files.length),
        kB(l.initialGzip),
        l.budget === undefined ? '—' : `≤ ${kB(l.budget)}`,
        verdict(l.pass),
        l.lazyFiles.length ? `+${kB(l.lazyGzip)} in ${l.lazyFiles.length} file(s)` : '—',
      ]),
      ['l', 'r', 'r', 'r', 'l', 'l'],
    ),
  );
  out.push('');
  out.push(`Bare Lit baseline (\`scripts/bench-bare-lit.js\`, lit + terser): ${kB(context.bareGzip)} gzip.`);
  out.push('');
  out.push('## How it was measured');
  out.push('');
  out.push(
    [
      `- Machine: ${about.cores} cores (\`nproc\`), ${about.cpu}; Node ${about.node}; ${about.chromium} (headless, \`/usr/bin/chromium\` via puppeteer-core).`,
      `- ${context.cpuThrottling}× CPU throttling (CDP \`Emulation.setCPUThrottlingRate\`), viewport ${viewport.label} at DPR ${viewport.deviceScaleFactor} with touch (no mobile emulation, which would mark the first frames as input and hide shifts).`,
      `- Every load is cold: a new browser context with the cache disabled; the pages are served from this repository by \`scripts/serve.js\` on localhost (no network latency).`,
      `- ${context.runs} runs of every page (\`BENCH_RUNS\`), the pages in a rotated order each run; after the widgets are ready the bench waits ${context.settleMs} ms (\`BENCH_SETTLE_MS\`) before reading layout shift and long tasks.`,
      `- ${results.length} pages; the whole bench took ${(context.seconds / 60).toFixed(1)} minutes. Load average ${context.loadBefore.toFixed(1)} before the run, ${context.loadAfter.toFixed(1)} after.`,
      '- Every widget has the same attributes in every embed style: those its pre-rendered snippet is built with (`widgets.js`, e.g. the quiz’s `seed="1"`). The four-widget page loads one script per widget (what pasting four snippets gives; they share no chunks), not `nvr-widgets.js`.',
      '- Each host page has its own heading and a five-line introduction above the widgets (its largest contentful paint candidate) and a paragraph below them (what moves when a widget shifts). The pages stay in `.bench/pages/`, the raw numbers in `.bench/results.json`.',
    ].join('\n'),
  );
  const busy = [];
  warnIfBusy(context, (line) => busy.push(line.trim()));
  if (busy.length) {
    out.push('');
    out.push(busy.join(' '));
  }
  out.push('');
  return out.join('\n');
}
