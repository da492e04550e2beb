// Lint, including the layering rules of ARCHITECTURE.md:
//   core/            pure TypeScript: no electron, no node:*, no DOM, no host or renderer code
//   renderer/        never imports electron/ (neither the package nor our folder) nor node:*
//   electron/host/   shared by all three shells, so it must not import the electron package
//   electron/main/   the only place that may import electron
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'dist-electron/', 'dist-renderer/', 'release/', 'test-artifacts/', 'coverage/'],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'core/ is pure TypeScript: no electron.' },
            ...nodeBuiltins.map((name) => ({ name, message: 'core/ is pure TypeScript: no Node built-ins.' })),
          ],
          patterns: [
            { group: ['**/electron/**', '**/renderer/**'], message: 'core/ must not depend on the host or the renderer.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'sessionStorage',
          'fetch',
          'XMLHttpRequest',
          'process',
          'Buffer',
          'require',
        ].map((name) => ({
          name,
          message: 'core/ is pure and deterministic: no DOM, Node or I/O globals.',
        })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'core/ is deterministic: pass a seeded generator instead.' },
        { object: 'Date', property: 'now', message: 'core/ is deterministic: pass the time in.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer is sandboxed: it talks to the host through the API client only.' },
            ...nodeBuiltins.map((name) => ({ name, message: 'The renderer runs without Node.' })),
          ],
          patterns: [{ group: ['**/electron/**'], message: 'The renderer must not import host code; use the API client.' }],
        },
      ],
    },
  },
  {
    files: ['electron/host/**/*.ts', 'tests/**/*.{ts,tsx}', 'scripts/**/*.{js,ts}', 'bin/**/*.js'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Only electron/main/ may import electron; the host is shared by the CLI and the browser host.',
            },
          ],
        },
      ],
    },
  },
  {
    // A one-shot read of page state right after an action races the page's render; CI caught
    // exactly that. End-to-end tests poll with expect.poll (timeout in vitest.config.ts).
    files: ['tests/e2e/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='resolves'][object.callee.name='expect']",
          message: 'Read page state with expect.poll(() => locator.read()), not expect(promise).resolves.',
        },
      ],
    },
  },
);
