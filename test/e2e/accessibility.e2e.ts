import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { contrastOf } from './contrast';
import {
  animationsDone,
  confirmDialog,
  expect,
  failNextRemoval,
  liveRegion,
  MASTERCARD,
  openDemo,
  REMOVE_FAILED,
  removeButton,
  removeWithMouse,
  switchToDarkTheme,
  test,
  toast,
  VISA,
} from './demo';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe over the whole page; every violation printed with its nodes, so a failure says why. */
async function expectNoViolations(page: Page, state: string): Promise<void> {
  await animationsDone(page);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const summary = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, `axe violations with ${state}`).toEqual([]);
}

async function openDemoIn(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await openDemo(page);
  if (theme === 'dark') await switchToDarkTheme(page);
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe, ${theme} theme`, () => {
    test('the list', async ({ page }) => {
      await openDemoIn(page, theme);
      await expectNoViolations(page, `the list (${theme})`);
    });

    test('the open confirm dialog', async ({ page }) => {
      await openDemoIn(page, theme);
      await removeButton(page, VISA).click();
      await expect(confirmDialog(page, VISA)).toBeVisible();
      await expectNoViolations(page, `the dialog (${theme})`);
    });

    test('a failure toast', async ({ page }) => {
      await openDemoIn(page, theme);
      await failNextRemoval(page);
      await removeWithMouse(page, VISA);
      await expect(toast(page, REMOVE_FAILED)).toBeVisible();
      await expectNoViolations(page, `a toast (${theme})`);
    });

    test('focus ring and remove button stand out at 3:1 or more (WCAG 1.4.11)', async ({
      page,
    }) => {
      await openDemoIn(page, theme);
      const button = removeButton(page, VISA);
      // :focus-visible comes from the keyboard.
      await button.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await expect(button).toBeFocused();
      const focused = await contrastOf(button);
      expect(focused.outlineStyle).toBe('solid');
      expect(focused.outlineWidth).toBeGreaterThanOrEqual(2);
      expect(focused.ring, 'focus ring against the card behind it').toBeGreaterThanOrEqual(3);
      expect(focused.text, 'remove button text (4.5:1 for text)').toBeGreaterThanOrEqual(4.5);

      await button.hover();
      const hovered = await contrastOf(button);
      expect(hovered.border, 'remove button border on hover').toBeGreaterThanOrEqual(3);

      await button.click();
      const dialog = confirmDialog(page, VISA);
      await animationsDone(page);
      const cancel = await contrastOf(dialog.getByRole('button', { name: 'Cancel' }));
      expect(cancel.ring, 'focus ring of Cancel in the dialog').toBeGreaterThanOrEqual(3);
      expect(cancel.border, 'Cancel button border').toBeGreaterThanOrEqual(3);
      await page.keyboard.press('Tab');
      const confirm = await contrastOf(dialog.getByRole('button', { name: 'Remove card' }));
      expect(confirm.ring, 'focus ring of "Remove card"').toBeGreaterThanOrEqual(3);
      expect(confirm.fill, '"Remove card" fill against the dialog').toBeGreaterThanOrEqual(3);
      expect(confirm.text, '"Remove card" text').toBeGreaterThanOrEqual(4.5);
    });
  });
}

test.describe('what a screen reader hears', () => {
  test('the polite live region announces "Visa ending in 4242 removed"', async ({ page }) => {
    await openDemo(page);
    const region = liveRegion(page);
    await expect(region).toHaveAttribute('role', 'status');
    await expect(region).toHaveAttribute('aria-live', 'polite');
    await expect(region).toHaveText('');
    await removeWithMouse(page, VISA);
    await expect(region).toHaveText('Visa ending in 4242 removed');
    // Successes never also raise a toast: nothing is said twice.
    await expect(page.locator('[data-slot="toast"]')).toHaveCount(0);
  });

  test('a failure is said in a status region, with "Try again"', async ({ page }) => {
    await openDemo(page);
    await failNextRemoval(page);
    await removeWithMouse(page, MASTERCARD);
    const status = page.getByRole('status').filter({ hasText: REMOVE_FAILED });
    await expect(status.first()).toBeVisible();
    await expect(status.first().getByRole('button', { name: 'Try again' })).toBeVisible();
    // Errors go through the toast only, never the success region.
    await expect(liveRegion(page)).not.toContainText(REMOVE_FAILED);
  });
});

test.describe('focus after the toast closes (docs/removal-rules.md rule 7)', () => {
  // Known bug, kept as an expected failure so the fix turns it into a passing check:
  // Radix Toast moves focus to its (now empty) viewport when a focused toast closes; the
  // toaster hands it back to where the shopper was before F8 (docs/removal-rules.md rule 7).
  test('keyboard "Try again" in the toast leaves focus on a remove button', async ({ page }) => {
    await openDemo(page);
    await failNextRemoval(page);
    await removeButton(page, VISA).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const failure = toast(page, REMOVE_FAILED);
    await expect(failure).toBeVisible();
    // F8 is Radix Toast's hotkey for the notifications region; then the toast, then its action.
    await page.keyboard.press('F8');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(failure.getByRole('button', { name: 'Try again' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(failure).toHaveCount(0);
    await expect(page.getByRole('list', { name: 'Saved cards' })).not.toContainText(VISA);
    await expect(removeButton(page, MASTERCARD)).toBeFocused({ timeout: 2_000 });
  });
});

test.describe('prefers-reduced-motion', () => {
  async function animationNames(page: Page): Promise<{ dialog: string; toast: string }> {
    await openDemo(page);
    await failNextRemoval(page);
    await removeWithMouse(page, VISA);
    const toastName = await toast(page, REMOVE_FAILED).evaluate(
      (el) => getComputedStyle(el).animationName,
    );
    await removeButton(page, MASTERCARD).click();
    const dialog = confirmDialog(page, MASTERCARD);
    await expect(dialog).toBeVisible();
    const dialogName = await dialog.evaluate((el) => getComputedStyle(el).animationName);
    return { dialog: dialogName, toast: toastName };
  }

  test('reduce: the dialog and the toast do not animate', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await animationNames(page)).toEqual({ dialog: 'none', toast: 'none' });
  });

  test('no preference: both fade in', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const names = await animationNames(page);
    expect(names.dialog).not.toBe('none');
    expect(names.toast).not.toBe('none');
  });
});
