#!/usr/bin/env node
// Pre-rendered first views: a widget's first view as HTML (Declarative Shadow DOM, written by Lit's
// server renderer), so a page paints real content before the script arrives, with no layout shift
// and nothing holding the page's first paint. The script, when it comes, takes over the same nodes
// (hydration: NvrElement loads @lit-labs/ssr-client as a chunk, which the snippet preloads).
//
//   npm run prerender -- nvr-fee-calculator show-vat=including participants=2
//   npm run prerender -- nvr-cornerstones open=2 --base https://cdn.example.org/nvr-widgets/dist/cdn/
//   npm run prerender -- nvr-fee-calculator --inline prices.json   # with the editor's own content
//   node scripts/prerender.js --all      # the build: dist/html/<tag>.html and dist/cdn/<tag>.css
//
// Styles come from a <link> to dist/cdn/<tag>.css beside the script, not an inline <style>, so a
// strict Content-Security-Policy (style-src 'self') still holds. The markup also carries the
// widget's no-script view (its view/no-script.js): shown only if the element is still not defined
// a few seconds after the page appears (a blocked CDN, an old browser, a CSP mistake); see
// baseStyles in packages/core/src/tokens.ts.
//
// Editor content (`--inline file`, written as the child <script>, or a `src` attribute) is
// pre-rendered as the widget's loading view: the height the page reserves for it
// (--nvr-<widget>-reserve in the page's stylesheet), kept until the browser has the content.

import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { widgets } from '../widgets.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** What the snippets in dist/html point at; the docs use the same placeholder. */
export const DEFAULT_BASE = 'https://YOUR-CDN/nvr-widgets/dist/cdn/';

const widgetOf = (tag) => {
  const widget = widgets.find((w) => w.tag === tag);
  if (!widget) {
    throw new Error(`Unknown widget <${tag}>; pre-render one of: ${widgets.map((w) => w.tag).join(', ')}.`);
  }
  return widget;
};

// Lit's server renderer and the widgets' modules, loaded once (they register the tags globally).
let ssr;
async function loadRenderer() {
  ssr ??= (async () => {
    const [{ render }, { collectResult }, staticHtml] = await Promise.all([
      import('@lit-labs/ssr'),
      import('@lit-labs/ssr/lib/render-result.js'),
      import('lit/static-html.js'),
    ]);
    // The server bundles (rollup.config.js): the same minified templates as the CDN scripts.
    for (const widget of widgets) await import(ssrBundle(widget));
    return { render, collectResult, ...staticHtml };
  })();
  return ssr;
}

const ssrBundle = (widget) => pathToFileURL(path.join(ROOT, 'dist/ssr', `${widget.tag}.js`)).href;
const CORE_PRERENDER_STYLES = pathToFileURL(path.join(ROOT, 'packages/core/dist/prerender-styles.js')).href;
const distModule = (widget, file) =>
  pathToFileURL(path.join(ROOT, 'packages', widget.dir, 'dist', file)).href;

const escapeAttribute = (value) =>
  String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/** Lit's hydration markers: needed in the widget's own view, not in static extras. */
const stripLitMarkers = (markup) =>
  markup.replace(/<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?[^>]*>/g, '');

/**
 * The element's styles as one stylesheet, then core's rules for markup the script has not taken
 * over yet and the widget's no-script view's (`prerenderStyles`, `noScriptStyles`: no script
 * carries them), comments and runs of white space squeezed.
 */
export async function stylesheet(tag) {
  await loadRenderer();
  const ctor = customElements.get(tag);
  const { prerenderStyles } = await import(CORE_PRERENDER_STYLES);
  const noScript = (await noScriptModule(widgetOf(tag)))?.noScriptStyles;
  const css = [...ctor.elementStyles, prerenderStyles, ...(noScript ? [noScript] : [])]
    .map((style) => style.cssText)
    .join('\n');
  return (
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .trim() + '\n'
  );
}

/**
 * The pre-rendered markup of `<tag attributes…>`: the element with its shadow root, the stylesheet
 * link and the no-script view. `base` is the URL of the folder that holds the CDN files.
 */
export async function prerender(tag, attributes = {}, { base = DEFAULT_BASE, inline } = {}) {
  const widget = widgetOf(tag);
  for (const name of Object.keys(attributes)) {
    if (!ATTRIBUTE_NAME.test(name)) throw new Error(`"${name}" is not an attribute name.`);
  }
  const child = inline && inlineScript(inline);
  // The server renderer gives the element no children: the content travels in an attribute the
  // widget reads there (core's PRERENDER_INLINE), and becomes the child script in the output.
  const rendering = child ? { ...attributes, [PRERENDER_INLINE]: inline.text } : attributes;
  const { render, collectResult, html, unsafeStatic } = await loadRenderer();
  const attrs = Object.entries(rendering)
    .map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(value)}"`))
    .join(' ');
  const name = unsafeStatic(tag);
  const rendered = await collectResult(
    render(html`<${name} ${unsafeStatic(attrs)}></${name}>`, { deferHydration: false }),
  );
  // The outer template is ours, not the widget's: drop its markers, keep the widget's.
  const element = rendered
    .replace(/^<!--lit-part[^>]*-->/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(new RegExp(`^<${tag}\\s*( |>)`), `<${tag}$1`);
  const styles = /(<template shadowroot="open" shadowrootmode="open">)<style>[\s\S]*?<\/style>/;
  if (!styles.test(element)) throw new Error(`<${tag}>: the server renderer wrote no shadow root.`);
  const link = `<link rel="stylesheet" href="${escapeAttribute(`${base}${tag}.css`)}">`;
  const noScript = await noScriptView(widget, attributes, inline, render, collectResult);
  return (
    element
      .replace(styles, `$1${link}`)
      // The element's own shadow root closes last (an inner <template> may close before it).
      .replace(new RegExp(`</template></${tag}>$`), `${noScript}</template>${child ?? ''}</${tag}>`)
      .replace(/<template shadowroot="open" /, '<template ')
      .replace(new RegExp(` ${PRERENDER_INLINE}="[^"]*"`), '')
  );
}

const PRERENDER_INLINE = 'data-nvr-prerender-inline';
const INLINE_TYPES = { '.md': 'text/markdown', '.markdown': 'text/markdown', '.json': 'application/json' };

/** `{text, type}` as the widget's child `<script type>`; the text must not end the script early. */
function inlineScript({ text, type }) {
  if (/<\/script/i.test(text)) throw new Error('The inline content must not contain "</script".');
  return `<script type="${escapeAttribute(type)}">${text}</script>`;
}

/** An editor's content file, typed by its extension (.md, .markdown or .json). */
export async function readInline(file) {
  const type = INLINE_TYPES[path.extname(file).toLowerCase()];
  if (!type) throw new Error(`${file}: --inline takes a .md, .markdown or .json file.`);
  return { text: await readFile(file, 'utf8'), type };
}

/**
 * The widget's view for readers without the script (its view/no-script.js, if it has one):
 * `renderNoScript(attributes, inline?)` gives a template, or undefined when it cannot show that
 * content without the script (say, an editor's own Markdown): then one plain sentence says so.
 * Always written, also without a module: core shows the pre-rendered view only once the parser
 * has reached this one, which comes after it.
 */
async function noScriptView(widget, attributes, inline, render, collectResult) {
  const module = await noScriptModule(widget);
  const view = module?.renderNoScript(attributes, inline?.text);
  const markup = view
    ? stripLitMarkers(await collectResult(render(view)))
    : '<p>This part of the page needs JavaScript, which has not loaded. Reloading the page may help.</p>';
  return `<div class="no-script" part="no-script">${markup}</div>`;
}

/** The widget's view/no-script.js (tsc's output: it is never bundled), if it has one. */
async function noScriptModule(widget) {
  try {
    return await import(distModule(widget, 'view/no-script.js'));
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}

/**
 * A snippet an editor pastes: the pre-rendered element, preloads of the small chunk that takes it
 * over and, with an editor's own content, of the chunks that read it (else each is fetched only
 * once the script has run: round trips before the widget answers a tap or shows that content),
 * then its script, deferred as modules are, so it runs once the page is parsed.
 */
export async function snippet(tag, attributes = {}, { base = DEFAULT_BASE, inline } = {}) {
  const script = `${base}${tag}.js`;
  const preloads = await snippetPreloads(tag, { inline: Boolean(inline) });
  return (
    `<!-- <${tag}> pre-rendered by nvr-widgets (npm run prerender). Paste it where the widget goes;` +
    ` the lines after it may also go once in <head>. -->\n` +
    `${await prerender(tag, attributes, { base, inline })}\n` +
    preloads
      .map((file) => `<link rel="modulepreload" href="${escapeAttribute(`${base}${file}`)}">\n`)
      .join('') +
    `<script type="module" src="${escapeAttribute(script)}"></script>\n`
  );
}

/** The chunks a snippet preloads (paths from the CDN folder): see {@link snippet}. */
export async function snippetPreloads(tag, { inline = false } = {}) {
  const hydrate = await hydrateChunk(tag);
  return [...(hydrate ? [hydrate] : []), ...(inline ? await editorChunks(tag) : [])];
}

/**
 * The lazy chunks of the last build that an editor's own content loads (widgets.js `editorChunks`),
 * with the chunks they import (rollup lists them in dist/cdn-meta/<tag>.json); none before a build.
 */
async function editorChunks(tag) {
  const names = widgets.find((w) => w.tag === tag)?.editorChunks ?? [];
  let meta;
  try {
    meta = JSON.parse(await readFile(path.join(ROOT, `dist/cdn-meta/${tag}.json`), 'utf8'));
  } catch {
    return [];
  }
  const initial = new Set(meta.initial);
  const chunks = new Set();
  const visit = (file) => {
    if (initial.has(file) || chunks.has(file)) return;
    chunks.add(file);
    (meta.imports?.[file] ?? []).forEach(visit);
  };
  for (const name of names) {
    for (const file of Object.keys(meta.imports ?? {}))
      if (file.startsWith(`chunks/${tag}-${name}-`)) visit(file);
  }
  return [...chunks];
}

/** `chunks/<tag>-hydrate-<hash>.js` of the last build (rollup.config.js names it), if any. */
async function hydrateChunk(tag) {
  let files;
  try {
    files = await readdir(path.join(ROOT, 'dist/cdn/chunks'));
  } catch {
    return undefined;
  }
  const chunk = files.find((file) => file.startsWith(`${tag}-hydrate-`) && file.endsWith('.js'));
  return chunk && `chunks/${chunk}`;
}

/** The build: every widget's stylesheet beside its script, and its default snippet. */
async function writeAll(base) {
  await mkdir(path.join(ROOT, 'dist/html'), { recursive: true });
  for (const widget of widgets) {
    const css = await stylesheet(widget.tag);
    for (const dir of ['dist/cdn', 'packages/nvr-widgets/dist/cdn']) {
      await mkdir(path.join(ROOT, dir), { recursive: true });
      await writeFile(path.join(ROOT, dir, `${widget.tag}.css`), css);
    }
    const attributes = widget.prerender ?? {};
    await writeFile(
      path.join(ROOT, 'dist/html', `${widget.tag}.html`),
      await snippet(widget.tag, attributes, { base }),
    );
  }
}

function parseArgs(argv) {
  const options = { base: DEFAULT_BASE, all: false, tag: undefined, attributes: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--all') options.all = true;
    else if (arg === '--base') options.base = argv[++i];
    else if (arg.startsWith('--base=')) options.base = arg.slice('--base='.length);
    else if (arg === '--inline') options.inlineFile = argv[++i];
    else if (!options.tag) options.tag = arg;
    else {
      const at = arg.indexOf('=');
      if (at === -1) options.attributes[arg] = true;
      else options.attributes[arg.slice(0, at)] = arg.slice(at + 1);
    }
  }
  if (!options.base?.endsWith('/')) options.base += '/';
  return options;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const options = parseArgs(process.argv.slice(2));
  try {
    if (options.all) await writeAll(options.base);
    else if (options.tag) {
      const defaults = widgetOf(options.tag).prerender ?? {};
      const inline = options.inlineFile ? await readInline(options.inlineFile) : undefined;
      process.stdout.write(
        await snippet(options.tag, { ...defaults, ...options.attributes }, { base: options.base, inline }),
      );
    } else {
      console.error(
        'Usage: npm run prerender -- <tag> [attribute=value …] [--base <URL of dist/cdn/>] [--inline <file>]\n' +
          '       node scripts/prerender.js --all   (the build: dist/html/ and the stylesheets)',
      );
      process.exitCode = 1;
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
