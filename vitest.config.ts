// Test projects: server (real database over TCP, real HTTP and Socket.IO), client logic, and browser (real Chromium).
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const alias = { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    testTimeout: 30_000,
    // Browser and realtime assertions poll; a loaded two-core machine needs more than the 1 s default.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          globalSetup: ['test/global-setup.ts'],
          include: [
            'server/**/*.test.ts',
            'shared/**/*.test.ts',
            'test/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          exclude: ['test/browser/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'client',
          environment: 'node',
          include: ['client/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          globalSetup: ['test/global-setup.ts', 'test/global-setup-browser.ts'],
          include: ['test/browser/**/*.test.ts'],
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
