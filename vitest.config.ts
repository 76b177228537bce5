import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Most test files spend much of their time waiting (on PostgreSQL, on a socket, on the
 * browser), so they run more files at once than there are cores: one per core, at least three.
 * Vitest's own default (cores - 1) ran everything one file at a time on a 2-core machine.
 */
const workers = Math.max(3, availableParallelism());

export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    projects: [
      {
        test: {
          name: 'unit',
          maxWorkers: workers,
          include: ['src/core/**/*.test.ts', 'src/content/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          // Pure logic lifted out of the React app, beside it; no DOM.
          name: 'web',
          maxWorkers: workers,
          include: ['src/web/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['src/web/i18n/test-setup.ts'],
        },
      },
      {
        test: {
          name: 'server',
          maxWorkers: workers,
          // The files of one worker share its loaded modules instead of each importing the
          // whole app again (that import was most of this tier's CPU: 425 s -> 226 s on
          // SQLite here). Every file opens its own database and app; no file mocks a module.
          isolate: false,
          include: ['src/server/**/*.test.ts', 'tests/http/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/support/fail-on-console-error.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Journeys mostly wait on the browser: two at a time, after the other tiers. Three at a
          // time on 2 cores took 10 min 41 s against about 11 min, and a live update's 10 s wait
          // ran out under that load: each journey slowed as much as the third one saved.
          maxWorkers: 2,
          // As in the server tier, the files of one worker share the app's modules instead of
          // importing it again each (about 5 s of CPU per file here). Every journey starts its
          // own server on its own database and its own browser; none mocks a module.
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
