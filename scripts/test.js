#!/usr/bin/env node
/**
 * `npm test`: every check, stopping after the first group in which one fails; then ONE closing
 * line that says whether everything passed, how many tests ran, and where the time went, e.g.
 *   PASS npm test in 391 s · 359 Node + 1,067 browser tests · lint 14 s, typecheck 11 s, …
 *   FAIL npm test at size after 98 s · lint 14 s, typecheck 11 s, …, size ✗
 * Steps in one group do not depend on each other and run two at a time (the machine has 2 cores
 * and most of them are single-threaded); their output is printed whole as each ends, so logs stay
 * readable. The browser suite runs alone: its timing-sensitive tests need the CPU.
 * Test counts are read from the runners' own summary lines (node:test's "# pass N" and the browser
 * suite's count reporter), so they are what actually ran.
 */
import { spawn } from 'node:child_process';

const groups = [
  // Longest first: the build beside lint and typecheck; what needs the build (the Node tests read
  // its snippets; both checks pack and install the built packages) starts once it is done.
  ['build', 'lint', 'typecheck', 'test:node', 'check:publish', 'check:hosts', 'size'],
  ['test:browser'],
];
/** A step that must wait for another in its group. */
// test:node checks the pre-rendered snippets in dist/html against scripts/prerender.js.
const needs = { 'test:node': 'build', 'check:publish': 'build', 'check:hosts': 'build', size: 'build' };
// `node scripts/test.js lint test:node` runs just those steps, one after another.
const chosen = process.argv.slice(2);
const plan = chosen.length ? chosen.map((step) => [step]) : groups;
const PARALLEL = 2;

/** Runs `npm run <step>` and gives back its exit code and output; `live` echoes it as it comes. */
function run(step, live) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', step], { stdio: ['inherit', 'pipe', 'pipe'] });
    let output = '';
    const take = (to) => (chunk) => {
      output += chunk;
      if (live) to.write(chunk);
    };
    child.stdout.on('data', take(process.stdout));
    child.stderr.on('data', take(process.stderr));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const sum = (output, pattern) => [...output.matchAll(pattern)].reduce((n, m) => n + Number(m[1]), 0);
const seconds = (ms) => `${Math.round(ms / 1000)} s`;

const started = Date.now();
const timings = new Map();
const failed = [];
let nodeTests = 0;
let browserTests = 0;

/** Runs one step, records its time and counts, and reports whether it passed. */
async function step(name, live) {
  const begun = Date.now();
  if (!live) console.log(`\n=== ${name} (running beside others; its output follows when it ends)`);
  const { code, output } = await run(name, live);
  if (!live) process.stdout.write(`\n=== ${name} ${code ? 'FAILED' : 'passed'}\n${output}`);
  timings.set(name, code ? '✗' : seconds(Date.now() - begun));
  if (name === 'test:node') nodeTests = sum(output, /^# pass (\d+)$/gm);
  // The count reporter's last line: "1067 passed, 0 failed" over every engine.
  if (name === 'test:browser') browserTests = Number(/^(\d+) passed, \d+ failed$/m.exec(output)?.[1] ?? 0);
  if (code) failed.push(name);
}

for (const group of plan) {
  const queue = [...group];
  const live = group.length === 1;
  const done = new Map(); // step → promise of its end
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      const before = needs[name];
      if (before && done.has(before)) await done.get(before);
      if (before && failed.includes(before)) {
        timings.set(name, `not run (${before} failed)`);
        continue;
      }
      const ending = step(name, live);
      done.set(name, ending);
      await ending;
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, group.length) }, worker));
  if (failed.length) break;
}

const total = seconds(Date.now() - started);
const ran = plan.flat().filter((name) => timings.has(name));
const times = ran.map((name) => `${name} ${timings.get(name)}`).join(', ');
const count = (n) => n.toLocaleString('en-GB');
console.log(
  failed.length
    ? `\nFAIL npm test at ${failed.join(' and ')} after ${total} · ${times}`
    : `\nPASS npm test in ${total} · ${count(nodeTests)} Node + ${count(browserTests)} browser tests · ${times}`,
);
process.exit(failed.length ? 1 : 0);
