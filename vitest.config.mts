import { defineConfig } from 'vitest/config';

// Unit and integration tests run in Node; e2e (Playwright) and benchmarks live apart.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/reliability/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
