// Every widget in the one list (widgets.js) has what a page and an editor need from it; a widget
// added to the list without them fails here, naming what is missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { widgets } from '../../widgets.js';

const read = (file) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

for (const { tag, dir } of widgets) {
  test(`${tag}: package, stories, placeholder rule and docs`, () => {
    assert.ok(existsSync(new URL(`../../packages/${dir}/src/define.ts`, import.meta.url)), 'define.ts');
    assert.ok(existsSync(new URL(`../../stories/${tag}.stories.ts`, import.meta.url)), 'stories');
    assert.match(read('docs/placeholder.css'), new RegExp(`${tag}:not\\(:defined\\)`), 'placeholder rule');
    assert.match(read('README.md'), new RegExp(`<${tag}>`), 'README row');
  });
}
