// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** What must never reach the core: a host, a UI library, or Node. */
const HOST_MODULES = [
  { name: 'exceljs', message: 'The core is host-free: ExcelJS belongs in src/hosts/xlsx.' },
  { name: 'react', message: 'The core is host-free: React belongs in src/taskpane.' },
  { name: 'react-dom', message: 'The core is host-free: React belongs in src/taskpane.' },
  { name: '@microsoft/office-js', message: 'The core is host-free: Office.js belongs in src/hosts/excel.' },
];
const HOST_PATTERNS = [
  { group: ['@fluentui/*'], message: 'The core is host-free: Fluent UI belongs in src/taskpane.' },
  { group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'util', 'stream', 'buffer', 'zlib', 'url'], message: 'The core is host-free: no Node built-ins.' },
  { group: ['**/hosts/**', '**/taskpane/**', '**/cli/**', '**/dev/**'], message: 'Imports go one way: core ← hosts ← taskpane/cli.' },
];
const HOST_GLOBALS = ['Office', 'Excel', 'OfficeExtension', 'window', 'document', 'navigator', 'localStorage', 'fetch', 'process', 'Buffer', 'require'].map((name) => ({
  name,
  message: 'The core is host-free: reach hosts through a port.',
}));

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'node_modules/', 'coverage/', 'test/artifacts/', 'scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['src/core/**/*.ts', 'src/forms/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: HOST_MODULES, patterns: HOST_PATTERNS }],
      'no-restricted-globals': ['error', ...HOST_GLOBALS],
    },
  },
  {
    // Hosts implement the ports (src/ports) and never reach into the pane.
    files: ['src/hosts/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/taskpane/**', '**/cli/**', '**/dev/**'], message: 'Hosts implement src/ports; they import nothing from the pane, the CLI or dev.' }] }],
    },
  },
  {
    // The pane talks to Excel and to files through the ports; only its entry point puts a host behind them.
    files: ['src/taskpane/**/*.{ts,tsx}'],
    ignores: ['src/taskpane/index.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/hosts/**', '**/cli/**', '**/dev/**'], message: 'The pane reaches hosts through src/ports (WorkbookPort, CampaignStore); only src/taskpane/index.tsx wires a host in.' }] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
