import { widthsOf } from './demo-shots';
import { expect, storyFinished, test } from './fixtures';
import { storiesOfBuild } from './storybook-index';

// Every story of the static Storybook (what designers review) at a phone's and a laptop's
// width (docs/look-and-feel.md). The whole page: the dialog and toasts render outside the story root.
const stories = storiesOfBuild();

for (const story of stories) {
  test(`${story.title} › ${story.name}`, async ({ page, storybook }) => {
    // Loaded and played once, at the first width, then shot at each: a story's load (its
    // mock service worker, its play) is most of a shot's time, and the page only reflows.
    const widths = widthsOf(story);
    await page.setViewportSize({ width: widths[0] ?? 360, height: 800 });
    // Axe off (a11y.manual): the Storybook Vitest project checks every story with it, and
    // here it would add ~0.7 s to each story.
    await page.goto(
      `${storybook}/iframe.html?id=${story.id}&viewMode=story&globals=a11y.manual:!true`,
    );
    await storyFinished(page, story.id);
    // Designers review the cards as shoppers see them, with their brand's artwork; only a story
    // tagged `text-badges` shows the fallback badges (issue 20). Skeleton rows have no variant.
    const want = story.tags.includes('text-badges') ? 'text' : 'artwork';
    const marks = await page
      .locator('[data-slot="brand-mark"][data-variant]')
      .evaluateAll((found) => found.map((mark) => mark.getAttribute('data-variant')));
    expect
      .soft(
        marks.filter((variant) => variant !== want),
        `brand marks other than ${want}`,
      )
      .toEqual([]);
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 });
      // Soft: a broken phone layout still shows whether the laptop one broke too.
      await expect
        .soft(page, `${width} px`)
        .toHaveScreenshot(['stories', `${story.id}.${width}.png`], { fullPage: true });
    }
  });
}
