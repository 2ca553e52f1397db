// Lint rules, including the one-way dependency direction from DESIGN.md:
// renderer -> (types of) main/api.ts, main/app -> main/core, main/cli -> main/core.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noElectron = { name: 'electron', message: 'main/core never imports electron: it runs under plain Node.' };

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'release/**', 'node_modules/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            { group: ['**/app/**', '**/app', '../app/*'], message: 'main/core must not depend on main/app.' },
            { group: ['**/cli', '**/preload/**'], message: 'main/core must not depend on the CLI or preload.' },
            { group: ['**/renderer/**'], message: 'main/core must not depend on the renderer.' },
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
          paths: [{ name: 'electron', message: 'The CLI runs without Electron.' }],
          patterns: [{ group: ['**/app/**', './app/*'], message: 'The CLI uses main/core, never main/app.' }],
        },
      ],
    },
  },
  {
    // Modules the renderer bundles: they must run in the sandboxed page, so zod and the model only.
    files: ['main/core/editing/forms.ts', 'main/core/editing/locate-passage.ts', 'main/core/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
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
          paths: [{ name: 'electron', message: 'The renderer talks only to window.briefbook.' }],
          patterns: [
            { group: ['node:*'], message: 'The renderer has no Node.' },
            { group: ['**/main/app/**', '**/main/preload/**'], message: 'The renderer may import only types from main/api.ts.' },
            {
              // Two pure modules are shared with the page: the edit forms' zod schemas and passage
              // lookup, so the window validates exactly as main does (see the block above).
              regex: '/main/core/(?!editing/(?:forms|locate-passage)$)',
              message: 'The renderer may import only types from main/api.ts, and the shared forms of main/core/editing.',
            },
            { group: ['**/main/api'], allowTypeImports: true, message: 'The renderer may import only types from main/api.ts (`import type`).' },
          ],
        },
      ],
    },
  },
);
