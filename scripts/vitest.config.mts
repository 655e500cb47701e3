import { defineConfig } from 'vitest/config';

// the repository's own checks (workflows, release:check); the workspaces have their own configs
export default defineConfig({
  test: {
    include: ['scripts/test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
