import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Globals of Apps Script and of Node that src/core must never touch. */
const HOST_GLOBALS = [
  // Apps Script services.
  'SpreadsheetApp',
  'DocumentApp',
  'DriveApp',
  'Drive',
  'HtmlService',
  'LockService',
  'PropertiesService',
  'ScriptApp',
  'Charts',
  'Logger',
  'MailApp',
  'GmailApp',
  'CacheService',
  'Session',
  'Utilities',
  'UrlFetchApp',
  'ContentService',
  'CalendarApp',
  'FormApp',
  'SlidesApp',
  'Browser',
  'console',
  // Node.
  'process',
  'Buffer',
  'require',
  'module',
  '__dirname',
  '__filename',
  'global',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'clearTimeout',
  'clearInterval',
  'clearImmediate',
  'queueMicrotask',
  'structuredClone',
];

/**
 * A Spanish-looking literal: an accented letter, ñ, ¿ ¡ « », or a Spanish function word between
 * spaces ("Falta la columna", " de "). English code text has none of these.
 */
const SPANISH_WORDS = 'de|del|el|la|las|los|un|una|que|por|para|con|sin|se|es|está|son|falta|hoja|celda|fila|columna';
const SPANISH = `/[áéíóúüñÁÉÍÓÚÜÑ¿¡«»]|(^|\\s)(${SPANISH_WORDS})\\s|\\s(${SPANISH_WORDS})$/i`;
const SPANISH_MESSAGE = 'User-facing Spanish text belongs in src/core/messages/ (or the tracker description in src/core/tracker/).';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-addon/**', 'node_modules/**', 'coverage/**', '.cache/**', 'salida/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**/*.cjs', '*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', '*.js', '*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', module: 'writable', require: 'readonly', __dirname: 'readonly' } },
  },
  {
    // src/core must stay host-free: no Node or Google API (src/core/tsconfig.json also gives it no host types).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'os', 'exceljs', '../gas/*', '../node/*', '../../gas/*', '../../node/*'] }],
      'no-restricted-globals': [
        'error',
        ...HOST_GLOBALS.map((name) => ({ name, message: 'src/core runs in both hosts: pass what you need in from src/gas or src/node.' })),
      ],
    },
  },
  {
    // Every sentence a user reads lives in src/core/messages/ (the tracker description's headers and
    // notes live in src/core/tracker/). Anywhere else in src, a Spanish-looking literal is a message
    // that escaped: move it there. See docs/ARCHITECTURE.md.
    files: ['src/**/*.ts'],
    ignores: ['src/core/messages/**', 'src/core/tracker/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: `Literal[value=${SPANISH}]`, message: SPANISH_MESSAGE },
        { selector: `TemplateElement[value.raw=${SPANISH}]`, message: SPANISH_MESSAGE },
      ],
    },
  },
);
