// One lint for the whole repository: TypeScript with type information, Lit's template rules,
// custom-element rules and the accessibility rules for templates.
import js from '@eslint/js';
import litA11y from 'eslint-plugin-lit-a11y';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // .tmp/ holds WordPress's files for the CMS tests (scripts/ensure-wordpress.mjs), scripts included.
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.tmp/', '**/*.d.ts'] },
  js.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { project: ['./tsconfig.json', './tsconfig.node.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A leading underscore marks a parameter or binding that is there for its position only.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'demo/**/*.ts', 'test/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    plugins: { 'lit-a11y': litA11y },
    rules: { ...litA11y.configs.recommended.rules },
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.tsx'],
    rules: {
      // semantic-dom-diff types chai's `equal` as returning a promise (for `dom.to.equal`), so in
      // tests every plain assertion would read as a floating promise.
      '@typescript-eslint/no-floating-promises': 'off',
      // chai's property assertions (`expect(x).to.be.true`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
      // oneEvent, JSON fixtures and hostile payloads are `any` on purpose; the tests assert on what they hold.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // sinon's stubs are asserted on as detached methods (`expect(console.warn)`), never called so.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
