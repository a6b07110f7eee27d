import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Tests check behaviour, not speed (that is `npm run bench`): on a loaded 2-core machine
    // IndexedDB-heavy tests can pass the 5 s default without anything being wrong.
    testTimeout: 20_000,
  },
});
