import { expect, openDemo, SEEDED_COUNT, test } from './demo';

test.describe('the demo as a shopper sees it', () => {
  test('the theme toggle says what it will do and remembers the choice', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openDemo(page);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'light');
    await page.getByRole('button', { name: 'Use dark theme' }).click();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Use light theme' })).toBeVisible();

    // A reload (the system still says light) keeps the shopper's choice.
    await page.reload();
    await openDemo(page);
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('button', { name: 'Use light theme' }).click();
    await expect(html).toHaveAttribute('data-theme', 'light');
    await page.reload();
    await openDemo(page);
    await expect(html).toHaveAttribute('data-theme', 'light');
    await expect(page.getByRole('button', { name: 'Use dark theme' })).toBeVisible();
  });

  test('on a 360 px phone every card shows its brand artwork and nothing scrolls sideways', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    const list = await openDemo(page);
    const rows = list.getByRole('listitem');
    await expect(rows).toHaveCount(SEEDED_COUNT);
    for (const row of await rows.all()) {
      await row.scrollIntoViewIfNeeded();
      await expect(row.locator('[data-slot="brand-mark"] svg')).toBeVisible();
      const box = await row.boundingBox();
      expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(360);
    }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
