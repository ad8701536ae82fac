import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Claim files import the public entry as 'gdcheck' (what bin/resolve-hooks.mjs does for the command).
  resolve: { alias: [{ find: /^gdcheck$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) }, { find: /^gdcheck\/vitest$/, replacement: fileURLToPath(new URL('./src/vitest.ts', import.meta.url)) }] },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['./vitest.setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
