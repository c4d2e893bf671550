import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable } from './scripts/chromium.mjs';

// One fixed port, so a stray server is noticed (PORT is exact: a taken port fails the start).
const port = Number(process.env.E2E_PORT ?? 4317);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: 'test/e2e',
  // *.e2e.ts, so Vitest's projects never pick these files up.
  testMatch: '**/*.e2e.ts',
  outputDir: 'test-results/e2e',
  // The tests share one sandbox (and its reset), so they run one at a time.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // CHROMIUM_PATH, the system's Chromium or Playwright's own (scripts/chromium.mjs).
      executablePath: chromiumExecutable(),
      args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } },
    },
  ],
  webServer: {
    // The production build, served as `npm run preview` serves it.
    command: 'npm run demo:build && npm run preview',
    url: `${baseURL}/`,
    env: { PORT: String(port), WALLET_PROVIDER: 'memory' },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
