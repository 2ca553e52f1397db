// Lint rules, including the one-way dependency direction from DESIGN.md:
// renderer -> (types of) main/api.ts, main/app -> main/core, main/cli -> main/core.
// Bare package names are checked by `no-restricted-imports`; folders by `import-x/no-restricted-paths`,
// which resolves each import to a file, so `../../api` and `../api.ts` are the same import.
// test/lint-boundaries.test.ts feeds every forbidden import below to ESLint and expects the failure.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noElectron = {
  group: ['electron', 'electron/*'],
  message: 'main/core never imports electron: it runs under plain Node.',
};
const typeScriptExtensions = ['.ts', '.tsx', '.mts', '.cts'];

// The renderer's layers, top to bottom: shell/ (the window, which composes the features), the
// feature folders, and shared/ (what two or more features use). Every folder of renderer/src
// but these three is a feature, so a new feature folder is guarded as soon as it exists.
const rendererLayers = new Set(['shell', 'shared', 'styles']);
const rendererFeatures = readdirSync(new URL('renderer/src', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !rendererLayers.has(entry.name))
  .map((entry) => `renderer/src/${entry.name}`);
const rendererZones = [
  {
    target: 'renderer/src/shared',
    from: [...rendererFeatures, 'renderer/src/shell'],
    message: 'renderer/src/shared is below every feature and the window: it imports neither.',
  },
  ...rendererFeatures.map((feature) => ({
    target: feature,
    from: [...rendererFeatures.filter((other) => other !== feature), 'renderer/src/shell'],
    message:
      'A renderer feature imports only itself and renderer/src/shared: move what two features need to shared/, or let shell/ pass it in.',
  })),
];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'release/**', 'node_modules/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': [...typeScriptExtensions, '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': typeScriptExtensions },
      'import-x/resolver-next': [createNodeResolver({ extensions: [...typeScriptExtensions, '.js', '.mjs', '.cjs', '.json'] })],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            {
              target: 'main/core',
              from: ['main/api.ts', 'main/api-methods.ts'],
              message: 'main/core must not depend on the IPC contract: the contract depends on core.',
            },
            { target: 'main/core', from: 'main/app', message: 'main/core must not depend on main/app.' },
            { target: 'main/core', from: ['main/cli', 'main/cli.ts'], message: 'main/core must not depend on the CLI.' },
            { target: 'main/core', from: 'main/preload', message: 'main/core must not depend on the preload.' },
            { target: 'main/core', from: 'renderer', message: 'main/core must not depend on the renderer.' },
            { target: 'main/app', from: 'renderer', message: 'main/app talks to the renderer over IPC only.' },
            { target: 'main/cli', from: 'main/app', message: 'The CLI uses main/core, never main/app.' },
            {
              // What the window sends names templates by id; only the command line loads one by path.
              target: ['main/app', 'main/preload', 'main/api.ts', 'main/core/export-worker'],
              from: ['main/core/render/template-file.ts', 'main/core/export-with-template-file.ts'],
              message: 'Only the command line loads a template by path; the app and the export worker name templates by id (loadTemplate).',
            },
            {
              // The sandboxed preload bundle carries the channel names and nothing else; the types
              // of the contract (main/api.ts, `import type`) are all it needs from the rest of main.
              target: 'main/preload/!(*.test).ts',
              from: ['main/core', 'main/app', 'main/cli', 'main/cli.ts'],
              message: 'The preload may import only main/api-methods.ts and the types of main/api.ts.',
            },
            ...rendererZones,
          ],
        },
      ],
    },
  },
  {
    // Value cycles only: import-x ignores `import type`, which is erased from the build.
    // Test files are left out: nothing imports them, so they cannot close a cycle.
    files: ['**/*.{ts,tsx,mts,js,mjs}'],
    ignores: ['**/*.test.ts'],
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['main/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron] }] },
  },
  {
    // CommonJS, so that Node starts them without its ES module loader: the `briefbook` launcher
    // (bin/package.json) and what the benchmark runs as new processes beside it.
    files: ['bin/**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The preload is bundled into the sandboxed window: channel names yes, zod schemas and core no.
    files: ['main/preload/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/api'],
              allowTypeImports: true,
              message: 'The preload may import only types from main/api.ts (`import type`); channel names come from main/api-methods.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/cli.ts', 'main/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'The CLI runs without Electron.' },
            { group: ['**/app/**', './app/*'], message: 'The CLI uses main/core, never main/app.' },
          ],
        },
      ],
    },
  },
  {
    // Modules the renderer bundles: they must run in the sandboxed page, so zod and the model only.
    files: ['main/core/editing/forms.ts', 'main/core/editing/locate-passage.ts', 'main/core/editing/paper-choice.ts', 'main/core/compose/record-link.ts', 'main/core/compose/record-order.ts', 'main/core/compose/unreviewed.ts', 'main/core/render/front-matter-edit.ts', 'main/core/render/page-setup-form.ts', 'main/core/render/page-setup.ts', 'main/core/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noElectron,
            { group: ['node:*'], message: 'This module runs in the window too, which has no Node.' },
            { regex: '^\\.\\./(?!model$)', message: 'This module runs in the window too: it may import only zod and the model.' },
          ],
        },
      ],
    },
  },
  {
    // The page itself; renderer/vite.config.ts is build configuration and runs in Node.
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'The renderer talks only to window.briefbook.' },
            { group: ['**/main/app/**', '**/main/preload/**'], message: 'The renderer may import only types from main/api.ts.' },
            {
              // Pure modules shared with the page: the edit forms' zod schemas and passage lookup, so
              // the window validates exactly as main does, the paper a briefing prints on, so the
              // composer names it as exports decide it, the record links a PDF carries, so
              // the reader reads them as the export wrote them, the page setup of a template's front
              // matter, so the studio's form reads and writes it as main does, and what marks a record
              // unreviewed (see the block above).
              regex: '/main/core/(?!editing/(?:forms|locate-passage|paper-choice)$|compose/(?:record-(?:link|order)|unreviewed)$|render/(?:front-matter-edit|page-setup-form|page-setup)$)',
              message: 'The renderer may import only types from main/api.ts, and the shared forms of main/core/editing.',
            },
            { group: ['**/main/api'], allowTypeImports: true, message: 'The renderer may import only types from main/api.ts (`import type`).' },
          ],
        },
      ],
      // `fs`, `node:fs`, `path`...: the page has no Node, whichever way the builtin is spelled.
      'import-x/no-nodejs-modules': 'error',
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      // useRequestEffect(request, deps, handlers) takes dependencies as useEffect does.
      'react-hooks/exhaustive-deps': ['error', { additionalHooks: '^useRequestEffect$' }],
    },
  },
);
