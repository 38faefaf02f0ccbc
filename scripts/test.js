#!/usr/bin/env node
/**
 * `npm test`: every check, in order, stopping at the first that fails; each step's own output as it
 * runs, then ONE closing line that says whether everything passed, how many tests ran, and where
 * the time went, e.g.
 *   PASS npm test in 391 s · 331 Node + 1,670 browser tests · lint 31 s, typecheck 24 s, …
 *   FAIL npm test at size after 98 s · lint 31 s, typecheck 24 s, test:node 9 s, build 34 s, size ✗
 * Test counts are read from the runners' own summary lines (node:test's "# pass N" and the browser
 * suite's count reporter), so they are what actually ran.
 */
import { spawn } from 'node:child_process';

// `node scripts/test.js lint test:node` runs just those steps (the closing line says the same).
const all = [
  'lint',
  'typecheck',
  'test:node',
  'build',
  'check:publish',
  'check:hosts',
  'size',
  'test:browser',
];
const steps = process.argv.length > 2 ? process.argv.slice(2) : all;

/** Runs `npm run <step>`, echoing its output, and gives back its exit code and output. */
function run(step) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', step], { stdio: ['inherit', 'pipe', 'pipe'] });
    let output = '';
    const echo = (to) => (chunk) => {
      output += chunk;
      to.write(chunk);
    };
    child.stdout.on('data', echo(process.stdout));
    child.stderr.on('data', echo(process.stderr));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const sum = (output, pattern) => [...output.matchAll(pattern)].reduce((n, m) => n + Number(m[1]), 0);
const seconds = (ms) => `${Math.round(ms / 1000)} s`;

const started = Date.now();
const timings = [];
let nodeTests = 0;
let browserTests = 0;
let failedAt;
for (const step of steps) {
  const begun = Date.now();
  const { code, output } = await run(step);
  timings.push(`${step} ${code ? '✗' : seconds(Date.now() - begun)}`);
  if (step === 'test:node') nodeTests = sum(output, /^# pass (\d+)$/gm);
  // The count reporter's last line: "1670 passed, 0 failed" over every engine.
  if (step === 'test:browser') browserTests = Number(/^(\d+) passed, \d+ failed$/m.exec(output)?.[1] ?? 0);
  if (code) {
    failedAt = step;
    break;
  }
}

const total = seconds(Date.now() - started);
const count = (n) => n.toLocaleString('en-GB');
console.log(
  failedAt
    ? `\nFAIL npm test at ${failedAt} after ${total} · ${timings.join(', ')}`
    : `\nPASS npm test in ${total} · ${count(nodeTests)} Node + ${count(browserTests)} browser tests · ${timings.join(', ')}`,
);
process.exit(failedAt ? 1 : 0);
