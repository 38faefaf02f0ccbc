import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

/** Widget packages: each may import core, never another widget; core imports none of them. */
const WIDGETS = ['cornerstones', 'escalation-quiz', 'sit-in-planner', 'fee-calculator'];

/**
 * The dependency directions, one block per package: core never imports a widget, no widget imports
 * another (only the all-in-one `nvr-widgets` package gathers them). No package source reaches into
 * another package's folder by a relative path, and none renders raw HTML except through the sanitiser.
 * ESLint keeps one `no-restricted-imports` setting per file, so the unsafeHTML ban is repeated here.
 */
function importBoundaries() {
  const unsafeHtml = {
    name: 'lit/directives/unsafe-html.js',
    message: 'Render editor content through core sanitize().',
  };
  /** Another package's folders by a relative path (`../../core/src/urls.js`). */
  const relativeReach = {
    group: ['**/src/**', '**/dist/**'],
    message: 'Import another package by its name (@nvr-widgets/…), not by a relative path.',
  };
  const otherWidgets = (pkg, forbidden) =>
    forbidden.length
      ? [
          {
            group: forbidden.flatMap((name) => [`@nvr-widgets/${name}`, `@nvr-widgets/${name}/*`]),
            message:
              pkg === 'core'
                ? 'Core never imports a widget: move what both need into core.'
                : 'A widget never imports another widget: move what both need into core.',
          },
        ]
      : [];
  /** model/ and state/ are pure: they run in Node, so no Lit, no localize, and only core/pure.js. */
  const pure = {
    group: ['lit', 'lit/*', '@lit/*', '@lit-labs/*', '@nvr-widgets/core/*', '!@nvr-widgets/core/pure.js'],
    message:
      'model/ and state/ are pure TypeScript: no Lit or localize; from core only @nvr-widgets/core/pure.js.',
  };
  const block = (pkg, forbidden, files = [`packages/${pkg}/src/**/*.ts`], extra) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          // The core root is a path, not a pattern: a pattern would also shut out core/pure.js
          // (gitignore rules cannot re-include a file below an excluded folder).
          paths: [unsafeHtml, ...(extra ? [{ name: '@nvr-widgets/core', message: extra.message }] : [])],
          patterns: [relativeReach, ...otherWidgets(pkg, forbidden), ...(extra ? [extra] : [])],
        },
      ],
    },
  });
  return [
    block('core', WIDGETS),
    ...WIDGETS.flatMap((w) => {
      const others = WIDGETS.filter((other) => other !== w);
      const pureFiles = [`packages/${w}/src/model/**/*.ts`, `packages/${w}/src/state/**/*.ts`];
      return [block(w, others), block(w, others, pureFiles, pure)];
    }),
    block('nvr-widgets', []),
  ];
}

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      'test/fixtures/boundaries/**',
      'node_modules/**',
      '.bench/**',
      'storybook-static/**',
      '**/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: [
      'packages/*/src/**/*.ts',
      'packages/*/test/**/*.ts',
      'packages/*/examples.ts',
      'test/**/*.ts',
      'stories/**/*.ts',
      '.storybook/**/*.ts',
    ],
    plugins: { lit, wc, 'lit-a11y': litA11y },
    languageOptions: { globals: globals.browser },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      // Forbid the escape hatches that would undo "safe by construction".
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'lit/no-template-bind': 'error',
    },
  },
  {
    files: ['packages/*/src/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use Lit templates or core sanitize().' },
        { property: 'outerHTML', message: 'Use Lit templates or core sanitize().' },
      ],
      'no-console': ['error', { allow: ['warn'] }],
    },
  },
  ...importBoundaries(),
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    // chai's `expect(x).to.exist` is an expression statement by design.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Node scripts; the bench also runs functions inside the page, hence browser globals too.
    files: ['*.js', 'scripts/**/*.js', 'test/node/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
