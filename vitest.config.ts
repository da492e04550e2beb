import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests (core, host, renderer logic) and end-to-end tests that drive
// the browser host in real Chromium. `npm test` runs both after lint and typecheck.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/{core,host,renderer}/**/*.test.{ts,tsx}'],
          environment: 'node',
          testTimeout: 60_000,
          setupFiles: ['tests/setup/fast-check.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // Reads of page state poll (expect.poll) because the page renders after the action
          // that caused it returns; a one-shot read races React. 10 s covers a slow CI host.
          expect: { poll: { timeout: 10_000, interval: 50 } },
        },
      },
    ],
  },
});
