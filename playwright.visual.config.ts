import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from './scripts/chromium.mjs';
import { VISUAL_TODAY } from './test/visual/today';

// `npm run test:visual` (test/visual/run.mjs): screenshot baselines of every story of the
// static Storybook and of the production demo (docs/look-and-feel.md). Its own config, so `npm run e2e`
// never runs these. The demo on its own port: VISUAL_PORT, which run.mjs sets to a free one.
const port = Number(process.env.VISUAL_PORT ?? 4318);
const demoURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: 'test/visual',
  testMatch: '**/*.visual.ts',
  outputDir: 'test-results/visual',
  // Committed baselines, one folder per source: stories/<story id>.<width>.png, demo/<name>.png.
  // No platform suffix: the baselines are Linux with the Debian fonts, as CI runs them.
  snapshotDir: 'test/visual/__screenshots__',
  snapshotPathTemplate: '{snapshotDir}/{arg}{ext}',
  // Each shot has its own page; two workers keep both cores busy without starving either.
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 30_000,
  expect: {
    timeout: 10_000,
    toHaveScreenshot: {
      animations: 'disabled',
      caret: 'hide',
      stylePath: 'test/visual/screenshot.css',
      scale: 'css',
      // Anti-aliasing, not layout: a pixel counts only past pixelmatch's default colour
      // distance (and its anti-aliased edge detection), and a shot may differ in at most
      // 0.02 % of its pixels (~200 at 1280×800, ~58 at 360×800): less than one clipped word.
      threshold: 0.2,
      maxDiffPixelRatio: 0.0002,
    },
  },
  use: {
    locale: 'en-US',
    timezoneId: 'UTC',
    colorScheme: 'light',
    reducedMotion: 'reduce',
    deviceScaleFactor: 1,
    trace: 'retain-on-failure',
    launchOptions: {
      // CHROMIUM_PATH, the system's Chromium or Playwright's own (scripts/chromium.mjs).
      executablePath: chromiumExecutable(),
      args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
  },
  projects: [
    { name: 'stories', testMatch: ['stories.visual.ts', 'zoom.visual.ts', 'baselines.visual.ts'] },
    { name: 'demo', testMatch: 'demo.visual.ts', use: { baseURL: demoURL } },
  ],
  webServer: {
    // The production build under its strict CSP, as `npm run preview` serves it; its own
    // build folder, so it never races e2e's demo/dist.
    command: 'npm run demo:build && npm run preview',
    url: `${demoURL}/`,
    env: {
      PORT: String(port),
      WALLET_PROVIDER: 'memory',
      DEMO_TODAY: VISUAL_TODAY,
      DEMO_DIST: 'test-results/visual-demo',
    },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
