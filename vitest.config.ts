import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    env: { TZ: 'UTC' },
    testTimeout: 60_000,
    pool: 'forks',
    // Test files share a worker's loaded modules: loading the tool anew for each of 150 files took a
    // third of the suite's time. No test mocks a module or keeps state between files.
    isolate: false,
    // Two files at once on the two cores the suite is held to (the default left one core idle).
    maxWorkers: 2,
  },
});
