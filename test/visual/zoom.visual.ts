import { ZOOM_SHOTS } from './demo-shots';
import { expect, storyFinished, test } from './fixtures';

// Issue 20: at 400 % zoom the undo toast covered most of the screen. Played at a phone's size,
// then shot at the zoomed window's, as the shopper sees it (the screen, not the whole page).
for (const shot of ZOOM_SHOTS) {
  test(`${shot.story} at ${shot.width}×${shot.height}`, async ({ page, storybook }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(
      `${storybook}/iframe.html?id=${shot.story}&viewMode=story&globals=a11y.manual:!true`,
    );
    await storyFinished(page, shot.story);
    await page.setViewportSize({ width: shot.width, height: shot.height });
    await expect(page).toHaveScreenshot(['zoom', `${shot.story}.${shot.width}x${shot.height}.png`]);
  });
}
