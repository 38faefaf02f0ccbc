#!/usr/bin/env node
/**
 * `npm run test:browser`: the whole suite in each engine (web-test-runner.config.js), the engines
 * side by side. WebKitGTK's MiniBrowser has no headless mode, so without a display this runs wtr
 * under `xvfb-run -a` (a throwaway X server); Chromium and Firefox stay headless either way.
 * Arguments pass through to wtr; NVR_ENGINES picks engines (e.g. NVR_ENGINES=chromium,firefox).
 */
import { spawn } from 'node:child_process';

const args = process.argv.slice(2);
const engines = (process.env.NVR_ENGINES ?? 'chromium,firefox,webkit').split(',');
const needsDisplay = engines.includes('webkit') && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const [command, commandArgs] = needsDisplay
  ? ['xvfb-run', ['-a', 'npx', 'wtr', ...args]]
  : ['npx', ['wtr', ...args]];

const child = spawn(command, commandArgs, { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
