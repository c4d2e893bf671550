import { STORY_WIDTHS } from './demo-shots';
import { expect, storyFinished, test } from './fixtures';
import { storiesOfBuild } from './storybook-index';

// Every story of the static Storybook (what designers review) at a phone's and a laptop's
// width (DESIGN §8). The whole page: the dialog and toasts render outside the story root.
const stories = storiesOfBuild();

for (const width of STORY_WIDTHS) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    for (const story of stories) {
      test(`${story.title} › ${story.name}`, async ({ page, storybook }) => {
        // Axe off (a11y.manual): the Storybook Vitest project checks every story with it, and
        // here it would add ~0.7 s to each of the shots.
        await page.goto(
          `${storybook}/iframe.html?id=${story.id}&viewMode=story&globals=a11y.manual:!true`,
        );
        await storyFinished(page, story.id);
        await expect(page).toHaveScreenshot(['stories', `${story.id}.${width}.png`], {
          fullPage: true,
        });
      });
    }
  });
}
