import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          environment: 'node',
          setupFiles: ['test/setup/exportValidity.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // As in the e2e project: a poll's wait is a hang guard, not a speed target.
          expect: { poll: { timeout: 15_000 } },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/setup/exportValidity.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // expect.poll waits for what a round trip produces (a saved text, a list redrawn after a
          // worker's answer). Vitest's default of 1 s is shorter than one slow moment of a loaded
          // machine; this is a hang guard, not a speed target (speed is measured in `npm run bench`).
          expect: { poll: { timeout: 15_000 } },
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          // As Playwright's own CI default: one retry in CI for a browser test that lost a race with
          // a loaded machine. A test that fails twice still fails; flakes are fixed at their cause
          // (see notes), this only keeps one slow moment from refusing a whole landing.
          retry: process.env.CI ? 1 : 0,
        },
      },
    ],
  },
});
