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

/** `var(--nvr-<name>-reserve, …)` with its fallback, white space squeezed; undefined if absent. */
function reserveRule(css, name) {
  const text = css.replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')');
  const start = text.indexOf(`var(--nvr-${name}-reserve`);
  if (start === -1) return undefined;
  let depth = 0;
  for (let i = start + 3; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(start, i + 1);
  }
  return undefined;
}

for (const { tag, dir } of widgets) {
  const name = tag.replace(/^nvr-/, '');
  const styles = read(`packages/${dir}/src/${tag}.styles.ts`);
  if (!styles.includes('--_nvr-reserve')) continue;
  test(`${tag}: its loading view keeps the height docs/placeholder.css reserves`, () => {
    const own = reserveRule(styles, name);
    assert.ok(own, `--_nvr-reserve in ${tag}.styles.ts reads var(--nvr-${name}-reserve, …)`);
    assert.equal(own, reserveRule(read('docs/placeholder.css'), name));
  });
}
