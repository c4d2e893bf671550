import type { Page } from '@playwright/test';
import {
  animationsDone,
  confirmDialog,
  expect,
  failNextRemoval,
  openDemo,
  REMOVE_FAILED,
  removeButton,
  removeWithMouse,
  switchToDarkTheme,
  test,
  toast,
  VISA,
} from './demo';

// CI keeps test-results/ as an artefact; Playwright empties test-results/e2e on every run,
// so these live beside it.
const SHOTS = 'test-results/screenshots';

async function shot(page: Page, name: string): Promise<void> {
  await animationsDone(page);
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true, animations: 'disabled' });
}

test.describe('screenshots for review', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('light theme', async ({ page }) => {
    await openDemo(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await shot(page, 'light');
  });

  test('dark theme, with the demo toggle', async ({ page }) => {
    await openDemo(page);
    await switchToDarkTheme(page);
    await shot(page, 'dark');
  });

  test('dark theme, from the system setting', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openDemo(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await shot(page, 'dark-system');
  });

  test('the confirm dialog', async ({ page }) => {
    await openDemo(page);
    await removeButton(page, VISA).click();
    await expect(confirmDialog(page, VISA)).toBeVisible();
    await shot(page, 'dialog');
  });

  test('a failure toast', async ({ page }) => {
    await openDemo(page);
    await failNextRemoval(page);
    await removeWithMouse(page, VISA);
    await expect(toast(page, REMOVE_FAILED)).toBeVisible();
    await shot(page, 'toast');
  });
});
