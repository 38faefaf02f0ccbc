// The package boundaries in eslint.config.js must fire: each fixture holds one deliberately wrong
// import, linted as if it were a source file of the package named below.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { ESLint } from 'eslint';

const eslint = new ESLint();
const fixture = (name) => readFile(new URL(`../fixtures/boundaries/${name}`, import.meta.url), 'utf8');

async function problems(code, filePath) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

test('core never imports a widget', async () => {
  const found = await problems(await fixture('core-imports-widget.ts'), 'packages/core/src/leak.ts');
  assert.deepEqual(found.length, 1);
  assert.match(found[0], /Core never imports a widget/);
});

test('a widget never imports another widget', async () => {
  const code = await fixture('widget-imports-widget.ts');
  const found = await problems(code, 'packages/escalation-quiz/src/leak.ts');
  assert.match(found.join('\n'), /A widget never imports another widget/);
  // The same import is fine in the all-in-one package, which gathers every widget.
  assert.deepEqual(await problems(code, 'packages/nvr-widgets/src/leak.ts'), []);
});

test('no package reaches into another by a relative path', async () => {
  const found = await problems(await fixture('relative-reach.ts'), 'packages/fee-calculator/src/leak.ts');
  assert.match(found.join('\n'), /not by a relative path/);
});

test('importing core from a widget is allowed', async () => {
  const code = "import { isSafeUrl } from '@nvr-widgets/core';\nexport const ok = isSafeUrl;\n";
  assert.deepEqual(await problems(code, 'packages/cornerstones/src/ok.ts'), []);
});

test('model/ and state/ stay pure: no Lit, no localize, from core only pure.js', async () => {
  const code = await fixture('model-imports-lit.ts');
  for (const dir of ['model', 'state']) {
    const found = await problems(code, `packages/sit-in-planner/src/${dir}/leak.ts`);
    assert.equal(found.length, 3, found.join('\n'));
    assert.match(found[0], /model\/ and state\/ are pure/);
  }
  // The same imports are fine in a view.
  assert.deepEqual(await problems(code, 'packages/sit-in-planner/src/view/leak.ts'), []);
});
