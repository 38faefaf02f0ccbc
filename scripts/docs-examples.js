#!/usr/bin/env node
/**
 * Writes each widget's examples (packages/<dir>/examples.ts) into its docs page, docs/<dir>.md,
 * between `<!-- examples:start -->` and `<!-- examples:end -->`: a heading per example, its
 * description and the HTML to paste. `--check` (run by `npm run test:node`) fails when a page is
 * out of date, or when a stories file lacks a story for an example, so the docs, the stories and
 * the tests never drift apart. Runs through tsx (the examples are TypeScript):
 * `node --import tsx scripts/docs-examples.js [--check]`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { widgets } from '../widgets.js';
import { exampleHtml } from '../test/examples.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- examples:start -->';
const END = '<!-- examples:end -->';

/** The generated section for one widget's examples. */
/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces as hyphens. */
const anchor = (heading) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');

/** The generated section for one widget's examples. */
export function examplesSection(tag, dir, examples) {
  const seen = new Map(); // snippet → the first example that shows it
  const parts = examples.map((example) => {
    const snippet = exampleHtml(tag, example);
    const same = seen.get(snippet);
    if (!same) seen.set(snippet, example.name);
    const notes = [
      example.stored ? 'With what an earlier visit saved on the device.' : '',
      example.reach && same
        ? `A visitor’s steps bring it here from [${same}](#${anchor(same)}), the same HTML.`
        : '',
      example.reach && !same ? 'A visitor’s steps bring it here; you paste only the HTML.' : '',
    ].filter(Boolean);
    return [
      `### ${example.name}`,
      '',
      example.description,
      ...(notes.length ? ['', `_${notes.join(' ')}_`] : []),
      ...(example.reach && same ? [] : ['', '```html', snippet, '```']),
    ].join('\n');
  });
  return [
    START,
    `<!-- Generated from packages/${dir}/examples.ts by scripts/docs-examples.js: edit the examples, not this section. -->`,
    '',
    parts.join('\n\n'),
    '',
    END,
  ].join('\n');
}

/** The page with its section replaced; undefined when the page has no markers. */
function withSection(page, section) {
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  if (start < 0 || end < start) return undefined;
  return page.slice(0, start) + section + page.slice(end + END.length);
}

/** Example names the widget's stories file does not turn into a story with `story('<name>')`. */
function missingStories(tag, examples) {
  const stories = readFileSync(path.join(ROOT, `stories/${tag}.stories.ts`), 'utf8');
  return examples
    .map((e) => e.name)
    .filter(
      (name) => !stories.includes(`story(${JSON.stringify(name)})`) && !stories.includes(`story('${name}')`),
    );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const problems = [];
  for (const { tag, dir } of widgets) {
    const { examples } = await import(pathToFileURL(path.join(ROOT, `packages/${dir}/examples.ts`)).href);
    const file = path.join(ROOT, `docs/${dir}.md`);
    const page = readFileSync(file, 'utf8');
    const updated = withSection(page, examplesSection(tag, dir, examples));
    if (updated === undefined) problems.push(`docs/${dir}.md has no ${START} … ${END} markers`);
    else if (updated !== page) {
      if (check) problems.push(`docs/${dir}.md is out of date with packages/${dir}/examples.ts`);
      else writeFileSync(file, updated);
    }
    for (const name of missingStories(tag, examples)) {
      problems.push(`stories/${tag}.stories.ts has no story('${name}')`);
    }
  }
  if (problems.length) {
    console.error(`${problems.join('\n')}\n(run npm run docs:examples, or add the story)`);
    process.exit(1);
  }
}
