import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', './tests/support/summary-reporter.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // Never let a Google client probe the GCE metadata server from a test.
    env: { METADATA_SERVER_DETECTION: 'none' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
