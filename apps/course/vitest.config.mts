import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // the browser tests start a server and Chromium: give them room on a 2-core machine
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
