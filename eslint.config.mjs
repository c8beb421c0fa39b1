// Lint: typescript-eslint's recommended rules and eslint-plugin-office-addins' recommended
// Office.js rules, zero warnings (npm run lint).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import officeAddins from 'eslint-plugin-office-addins';
import { builtinModules } from 'node:module';

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
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', 'coverage/**', 'test-output/**', 'bench/out/**', 'bench/**/out/**'] },
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
    // The core is pure and host-agnostic: no Office.js, no file formats, no UI, no Node. The edges
    // (src/adapters, src/cli, src/taskpane, src/functions) read and write; the core decides.
    // Its tests may use exceljs to make real workbooks, so they are left out.
    files: ['src/core/**/*.ts'],
    // pack/testing.ts is the pack tests' fixtures (left out of the build with the tests).
    ignores: ['src/core/**/*.test.ts', 'src/core/pack/testing.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: builtinModules.map((name) => ({ name, message: 'src/core is pure: no Node built-ins (the edges read files and the clock).' })),
          patterns: [
            { group: ['node:*'], message: 'src/core is pure: no Node built-ins (the edges read files and the clock).' },
            { group: ['exceljs', 'exceljs/*', 'fflate', 'fflate/*', 'saxes', 'saxes/*', 'pdfmake', 'pdfmake/*'], message: 'src/core reads and writes no file formats: that is src/adapters.' },
            { group: ['react', 'react/*', 'react-dom', 'react-dom/*', '@fluentui/*'], message: 'src/core has no UI: that is src/taskpane.' },
            { group: ['office-js', '@microsoft/office-js*', 'office-addin-*', '@types/office-js'], message: 'src/core never calls Office.js: that is the Excel adapter.' },
            { group: ['**/adapters/*', '**/cli/*', '**/taskpane/*', '**/functions/*'], message: 'Imports point down: src/core imports no edge.' },
            { group: ['**/rules/testing', '**/rules/testing/*', '../testing', './testing'], message: 'src/core/rules/testing holds the test tables\' helpers (left out of the build, tsconfig.cli.json): only tests import it.' },
          ],
        },
      ],
      // Office.js arrives as globals, not imports.
      'no-restricted-globals': ['error', ...['Office', 'Excel', 'OfficeExtension', 'CustomFunctions'].map((name) => ({ name, message: 'src/core never calls Office.js: that is the Excel adapter.' }))],
    },
  },
  {
    // Adapters sit under the apps: the taskpane, the CLI and the functions import them, never
    // the other way round (src/adapters/host.ts is the port both hosts implement).
    files: ['src/adapters/**/*.ts'],
    ignores: ['src/adapters/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/cli/*', '**/taskpane/*', '**/functions/*', 'react', 'react-dom', '@fluentui/*'], message: 'Imports point down: an adapter imports the core and other adapters, not the apps.' }] }],
    },
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
