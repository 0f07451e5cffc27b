import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
          // Vitest's default is one worker per core less one: a single worker on a two-core machine. These files
          // mostly wait on child processes, servers and disks, so two at a time halve the wall time.
          maxWorkers: 2,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // What a browser shows after a sync or a coalesced refresh can take seconds on a loaded two-core
          // machine; vitest's default of 1 s per expect.poll made the agent-actions view switches flaky.
          expect: { poll: { timeout: 15_000 } },
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // The files run one after another in one worker that keeps the modules it imported (Playwright, the
          // helpers, the shared code): a new worker per file spent ~2 s of CPU and ~16 s of a loaded machine's wall
          // time importing them again. Each file still starts and ends its own processes, browser and temp folders.
          isolate: false,
        },
      },
      {
        // Exactly-once under load (8 autopilot processes, SIGKILLs, expiring leases): minutes long,
        // so it runs with `npm run test:load`, not in `npm test`. SWITCHBOARD_LOAD_TICKETS sets the count.
        test: {
          name: 'load',
          include: ['test/load/**/*.test.ts'],
          testTimeout: 1_800_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
