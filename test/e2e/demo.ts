import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** The seeded cards' names, in the order the demo lists them (demo/backend/seed-cards.ts). */
export const VISA = 'Visa ending in 4242';
export const MASTERCARD = 'Mastercard ending in 4444';
export const RUPAY = 'RuPay ending in 6011';
export const SEEDED_COUNT = 7;
export const REMOVE_FAILED = "We couldn't remove the card.";

/**
 * Every test starts from the seed: the sandbox is shared by the whole run, so each test
 * resets it (cards, "fail next", latency) before its first page load.
 */
export const test = base.extend<{ resetSandbox: undefined }>({
  resetSandbox: [
    async ({ request }, use) => {
      for (const [path, data] of [
        ['reset', {}],
        ['latency', { ms: 0 }],
      ] as const) {
        const response = await request.post(`/__demo/${path}`, { data });
        expect(response.ok(), `POST /__demo/${path}`).toBe(true);
      }
      await use(undefined);
    },
    { auto: true },
  ],
});

export { expect };

/** The kit's list, once loaded. */
export async function openDemo(page: Page): Promise<Locator> {
  await page.goto('/');
  const list = page.getByRole('list', { name: 'Saved cards' });
  await expect(list.getByRole('listitem')).toHaveCount(SEEDED_COUNT);
  // The demo controls read the sandbox state on mount; wait so their checkbox is live.
  await expect(page.getByLabel('Make the next removal fail')).toBeEnabled();
  return list;
}

export function removeButton(page: Page, card: string): Locator {
  return page.getByRole('button', { name: `Remove ${card}`, exact: true });
}

export function confirmDialog(page: Page, card: string): Locator {
  return page.getByRole('alertdialog', { name: `Remove ${card}?` });
}

/** The provider's one polite live region. */
export function liveRegion(page: Page): Locator {
  return page.locator('[data-slot="live-region"]');
}

/** The kit's toast holding this text. */
export function toast(page: Page, text: string): Locator {
  return page.locator('[data-slot="toast"]').filter({ hasText: text });
}

/** Remove button → dialog → "Remove card", with the mouse. */
export async function removeWithMouse(page: Page, card: string): Promise<void> {
  await removeButton(page, card).click();
  const dialog = confirmDialog(page, card);
  await dialog.getByRole('button', { name: 'Remove card' }).click();
  await expect(dialog).toBeHidden();
}

/** Ticks the demo's "Make the next removal fail" and waits until the sandbox has it. */
export async function failNextRemoval(page: Page): Promise<void> {
  const box = page.getByLabel('Make the next removal fail');
  const armed = page.waitForResponse(
    (response) => response.url().endsWith('/__demo/fail-next') && response.ok(),
  );
  await box.check();
  await armed;
  await expect(box).toBeChecked();
}

/** Until every finite animation (dialog and toast fade-ins) has finished. */
export async function animationsDone(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' ||
          animation.effect?.getComputedTiming().iterations === Number.POSITIVE_INFINITY,
      ),
  );
}

/** Switches the demo to its dark theme with its own toggle, as a shopper would. */
export async function switchToDarkTheme(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Use dark theme' }).click();
  await expect(page.getByRole('button', { name: 'Use light theme' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
}

/** Where a nickname's box and its drawn text sit, to tell its alignment. */
export async function nicknameEdges(nickname: Locator) {
  return nickname.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const text = range.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    return { boxLeft: box.left, boxRight: box.right, textLeft: text.left, textRight: text.right };
  });
}
