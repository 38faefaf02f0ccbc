/**
 * The one list of widgets. The build (`tsc -b`), the CDN bundles (rollup), the size budgets
 * (size-limit), the all-in-one package's define file, the placeholder CSS check and Storybook all
 * derive from it: adding a widget means adding its line here (see DEVELOPERS.md).
 *
 * `budget` is the gzip initial load of its CDN file (entry + chunks it imports statically), in KiB.
 * Issue 9 set 12.5 / 14.5 / 18.5 / 12.5 / 32 (the sizes before it plus about half a kilobyte for
 * structure). The shared shape cost more than that where a widget now carries core's controllers
 * (LazyView, EditorSource, FocusController, Announcer, heading, attribute parsers: about 1.4 kB
 * gzip for the quiz) and its state and views as separate modules: quiz 15.22, fee calculator
 * 13.20, cornerstones 12.55, all-in-one 33.71 KiB. Cutting walls back out to fit would undo the
 * issue, so those budgets were raised to the new sizes plus about 0.2–0.3 KiB, and the reason is
 * written here (see the issue 9 note).
 *
 * Issue 14 (pre-rendered first views) raised them again, to 13.5 / 16.25 / 19.25 / 14.5 / 35.25
 * (sizes then 13.31 / 16.06 / 19.04 / 14.26 / 34.96 KiB). Every bundle now takes over a
 * pre-rendered view (NvrElement's hydration path and the import of its chunk: Lit's hydration
 * itself, 1.8 kB, is a chunk only pre-rendered pages load), lets first renders take turns, keeps
 * the reserved height while editor content loads, holds a provider's settings back until the view
 * is taken over, and ticks boxes with checked(): about 0.6 kB. Each widget then renders what the
 * server rendered first: the quiz's fixed first draw, the planner's saved plan after hydration,
 * the fee calculator's amounts in the browser's own Intl once taken over (another 0.1–0.4 kB).
 * The no-script views and their styles are in no bundle at all.
 *
 * Then 13.75 / 16.5 / 19.5 / 14.75 / 35.5 (sizes then 13.66 / 16.43 / 19.42 / 14.63 / 35.33 KiB):
 * a `<nvr-provider>` defined after the widgets inside it never reached them, so they showed the
 * built-in emergency number instead of the provider's. Lit's ContextRoot (core's
 * late-providers.ts) asks again for them when it appears: about 0.3 kB in every bundle. Not
 * structure, but a safety fix has no cheaper shape than the library's own. Sizes since 13.59 /
 * 16.35 / 19.30 / 14.53 / 35.27 KiB: core's rules for pre-rendered markup before its script
 * (prerender-styles.ts) are in the snippet's stylesheet only, since they never match afterwards.
 *
 * `prerender` (optional) holds the attributes `npm run build` pre-renders dist/html/<tag>.html with
 * (scripts/prerender.js); an editor's own attributes are added with `npm run prerender`.
 *
 * `editorChunks` (optional) names the lazy chunks (chunks/<tag>-<name>-<hash>.js) an editor's own
 * content always loads; a snippet pre-rendered with `--inline` content preloads them and what they
 * import. (The fee calculator's Markdown reader is left out: only a list with notes needs it.)
 */
export const widgets = [
  {
    tag: 'nvr-cornerstones',
    dir: 'cornerstones',
    budget: 13.75,
    editorChunks: ['editor-sections', 'markdown'],
  },
  // Pre-rendered with a fixed draw: the server cannot know the visitor's day (the default draw).
  {
    tag: 'nvr-escalation-quiz',
    dir: 'escalation-quiz',
    budget: 16.5,
    prerender: { seed: '1' },
    editorChunks: ['editor-bank', 'markdown'],
  },
  { tag: 'nvr-sit-in-planner', dir: 'sit-in-planner', budget: 19.5 },
  {
    tag: 'nvr-fee-calculator',
    dir: 'fee-calculator',
    budget: 14.75,
    editorChunks: ['editor-config', 'editor-list'],
  },
];

/** `nvr-widgets.js`: every widget and `<nvr-provider>` in one file, one copy of Lit. */
export const allInOne = { name: 'nvr-widgets', dir: 'nvr-widgets', budget: 35.5 };

/** Workspace folders in build order: core first, the all-in-one package last. */
export const packageDirs = ['core', ...widgets.map((w) => w.dir), allInOne.dir];
