/**
 * The one list of widgets. The build (`tsc -b`), the CDN bundles (rollup), the size budgets
 * (size-limit), the all-in-one package's define file, the placeholder CSS check and Storybook all
 * derive from it: adding a widget means adding its line here (see DEVELOPERS.md).
 *
 * `budget` is the gzip initial load of its CDN file (entry + chunks it imports statically), in KiB.
 */
export const widgets = [
  { tag: 'nvr-cornerstones', dir: 'cornerstones', budget: 12.5 },
  { tag: 'nvr-escalation-quiz', dir: 'escalation-quiz', budget: 14.5 },
  { tag: 'nvr-sit-in-planner', dir: 'sit-in-planner', budget: 18.5 },
  { tag: 'nvr-fee-calculator', dir: 'fee-calculator', budget: 12.5 },
];

/** `nvr-widgets.js`: every widget and `<nvr-provider>` in one file, one copy of Lit. */
export const allInOne = { name: 'nvr-widgets', dir: 'nvr-widgets', budget: 32 };

/** Workspace folders in build order: core first, the all-in-one package last. */
export const packageDirs = ['core', ...widgets.map((w) => w.dir), allInOne.dir];
