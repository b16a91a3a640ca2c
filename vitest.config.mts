import { defineConfig } from 'vitest/config';

// Unit and integration tests run in Node; e2e (Playwright) and benchmarks live apart.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/reliability/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Parsers of user files run in a bundled worker (electron/workers): built once, found by every test.
    globalSetup: ['test/support/workerSetup.global.ts'],
    setupFiles: ['test/support/workerSetup.ts'],
    hookTimeout: 30_000,
  },
});
