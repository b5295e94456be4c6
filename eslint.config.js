import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import vue from 'eslint-plugin-vue'
import prettier from 'eslint-config-prettier'

/**
 * The app's layers, enforced by lint (see each src/ folder's README):
 * - `src/domain` is pure TypeScript: no Vue, Dexie, database, stores, components, views or PDF code;
 * - Dexie, the database module and the browser's storage (localStorage, indexedDB) only in `src/db`;
 * - `src/charts`, `src/pdf` and `src/export` build outputs from domain data: never from components or views;
 * - stores and composables never reach up into components or views.
 * A forbidden import fails `npm run lint`; tests/lint/layers.spec.ts proves it for each rule.
 */

const dexie = {
  group: ['dexie', 'dexie/*'],
  message: 'Dexie is used only in src/db: read through its live queries, write through its functions.',
}
const database = {
  group: ['@/db/database', '**/db/database'],
  message: 'The Dexie database is opened and used only in src/db.',
}
const zod = {
  name: 'zod',
  allowTypeImports: true,
  message: 'Take z from @/domain/zod: it is configured there (no eval under the CSP) before any schema is built.',
}
const vueStack = { group: ['vue', 'vue-router', 'pinia', '@vue/*'], message: 'src/domain is pure TypeScript: no Vue, router or stores.' }
const upper = (layer, folders) => ({
  group: folders.flatMap((f) => [`@/${f}`, `@/${f}/*`, `../${f}/*`, `../../${f}/*`]),
  message: `${layer} may not import from ${folders.join(', ')}: it sits below them.`,
})

const storageGlobals = ['localStorage', 'indexedDB', 'sessionStorage'].map((name) => ({
  name,
  message: 'Browser storage is reached only through src/db.',
}))
const storageProperties = ['window', 'globalThis', 'self'].flatMap((object) =>
  ['localStorage', 'indexedDB', 'sessionStorage'].map((property) => ({
    object,
    property,
    message: 'Browser storage is reached only through src/db.',
  })),
)

const restrict = (files, patterns) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { paths: [zod], patterns }],
    'no-restricted-globals': ['error', ...storageGlobals],
    'no-restricted-properties': ['error', ...storageProperties],
  },
})

const layers = [
  restrict(['src/**/*.{ts,vue}'], [dexie, database]),
  restrict(
    ['src/domain/**'],
    [
      dexie,
      database,
      vueStack,
      upper('src/domain', ['db', 'stores', 'components', 'views', 'composables', 'pdf', 'charts', 'export', 'router', 'pwa']),
    ],
  ),
  restrict(['src/charts/**'], [dexie, database, upper('src/charts', ['db', 'stores', 'components', 'views', 'composables', 'export'])]),
  restrict(
    ['src/pdf/**', 'src/export/**'],
    [dexie, database, upper('src/pdf and src/export', ['db', 'stores', 'components', 'views', 'composables'])],
  ),
  restrict(['src/stores/**', 'src/composables/**'], [dexie, database, upper('Stores and composables', ['components', 'views'])]),
  // The storage layer itself: Dexie and browser storage are its job, the screens above it are not.
  {
    files: ['src/db/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [zod], patterns: [upper('src/db', ['stores', 'components', 'views', 'composables'])] }],
      'no-restricted-globals': 'off',
      'no-restricted-properties': 'off',
    },
  },
  // The one module that imports zod's value, to configure it.
  { files: ['src/domain/zod.ts'], rules: { 'no-restricted-imports': 'off' } },
]

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
    // vue-tsc checks identifiers in SFCs; the core rule misreads auto-imported macros.
    rules: { 'no-undef': 'off' },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'vue/no-v-html': 'error',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...layers,
  // Layout is Prettier's job (npm run lint checks it); this turns off the style rules it owns.
  prettier,
)
