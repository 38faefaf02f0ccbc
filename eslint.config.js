import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/dist/**', 'node_modules/**', '.bench/**', 'storybook-static/**', '**/generated/**'] },
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
    // The only place raw HTML may enter: the sanitiser. Everywhere else, no unsafeHTML.
    files: ['packages/*/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'lit/directives/unsafe-html.js',
              message: 'Render editor content through core sanitize().',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use Lit templates or core sanitize().' },
        { property: 'outerHTML', message: 'Use Lit templates or core sanitize().' },
      ],
      'no-console': ['error', { allow: ['warn'] }],
    },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    // chai's `expect(x).to.exist` is an expression statement by design.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Node scripts; the bench also runs functions inside the page, hence browser globals too.
    files: ['*.js', 'scripts/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
