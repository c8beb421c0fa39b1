// Lint: typescript-eslint's recommended rules and eslint-plugin-office-addins' recommended
// Office.js rules, zero warnings (npm run lint).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import officeAddins from 'eslint-plugin-office-addins';

/**
 * The office-addins/* rules of the plugin's `recommended` config, at the levels it sets (load before
 * read, sync after load, no sync in a loop, isNullObject for *OrNullObject, ...). Its other entries
 * are left out on purpose: prettier (formatting is not this lint's job, and would restyle every file)
 * and its own copies of @eslint/js and typescript-eslint (configured above and below, newer).
 */
const officeRecommended = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((c) => Object.entries(c.rules ?? {}))
    .filter(([name]) => name.startsWith('office-addins/')),
);

export default tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', 'coverage/**', 'test-output/**', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Where Office.js is called. Not test/: the tests read packs with exceljs, whose cells the
    // plugin takes for Office.js proxies (c.value "read before load"), and mock Office.js there.
    files: ['src/**/*.ts', 'src/**/*.tsx', 'bench/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: officeRecommended,
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node }, sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module' },
  },
);
