import { expect, openDemo, test } from '../e2e/demo';
import { DEMO_SHOTS } from './demo-shots';
import { VISUAL_NOW } from './today';

// The production demo (`npm run preview`, strict CSP) as the README shows it. The seeds'
// "today" is DEMO_TODAY (the config), the browser's clock the same day.
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(VISUAL_NOW);
});

for (const shot of DEMO_SHOTS) {
  test(`demo, ${shot.name}`, async ({ page }) => {
    await page.setViewportSize({ width: shot.width, height: shot.height });
    await page.emulateMedia({ colorScheme: shot.colorScheme });
    await openDemo(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', shot.colorScheme);
    await expect(page).toHaveScreenshot(['demo', `${shot.name}.png`], {
      fullPage: shot.fullPage,
    });
  });
}
