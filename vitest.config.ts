import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // The suite's own cache folder, not the user's (test/cache-folder.ts).
    globalSetup: ['test/cache-folder.ts', 'test/ts-cache.ts'],
    // No test may reach for the default model (it would try to download it): tests that
    // use a model build their own and pass it explicitly.
    env: { LEKTOR_MODEL: 'none' },
  },
});
