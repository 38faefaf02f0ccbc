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
  const block = (pkg, forbidden) => ({
    files: [`packages/${pkg}/src/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [unsafeHtml],
          patterns: [
            {
              group: ['../../*', '../../../*'],
              message: 'Import another package by its name (@nvr-widgets/…), not by a relative path.',
            },
            ...(forbidden.length
              ? [
                  {
                    group: forbidden.flatMap((name) => [`@nvr-widgets/${name}`, `@nvr-widgets/${name}/*`]),
                    message:
                      pkg === 'core'
                        ? 'Core never imports a widget: move what both need into core.'
                        : 'A widget never imports another widget: move what both need into core.',
                  },
                ]
              : []),
          ],
        },
      ],
    },
  });
  return [
    block('core', WIDGETS),
    ...WIDGETS.map((w) =>
      block(
        w,
        WIDGETS.filter((other) => other !== w),
      ),
    ),
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
