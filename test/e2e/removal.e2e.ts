import {
  confirmDialog,
  expect,
  failNextRemoval,
  liveRegion,
  MASTERCARD,
  openDemo,
  REMOVE_FAILED,
  RUPAY,
  removeButton,
  removeWithMouse,
  SEEDED_COUNT,
  test,
  toast,
  VISA,
} from './demo';

test.describe('removing a saved card in the production demo', () => {
  test('with the mouse: confirm, the card leaves, the removal is announced', async ({ page }) => {
    const list = await openDemo(page);
    const deleted = page.waitForResponse(
      (r) =>
        r.request().method() === 'DELETE' && r.url().endsWith('/api/wallet/cards/card_visa_4242'),
    );
    await removeButton(page, VISA).click();
    const dialog = confirmDialog(page, VISA);
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("This can't be undone.");
    await dialog.getByRole('button', { name: 'Remove card' }).click();

    await expect(dialog).toBeHidden();
    await expect(list.getByRole('listitem')).toHaveCount(SEEDED_COUNT - 1);
    await expect(list).not.toContainText(VISA);
    await expect(liveRegion(page)).toHaveText(`${VISA} removed`);
    expect((await deleted).status()).toBe(200);
  });

  test('with the keyboard only: Tab, Enter, Cancel focused, Tab, Enter, focus on the next card', async ({
    page,
  }) => {
    const list = await openDemo(page);
    const target = removeButton(page, VISA);
    // Tab from the top of the page as a keyboard user would, never touching the mouse.
    for (let presses = 0; !(await target.evaluate((el) => el === document.activeElement)); ) {
      expect(presses++, 'Tab presses to reach the first remove button').toBeLessThan(10);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');

    const dialog = confirmDialog(page, VISA);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Remove card' })).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(dialog).toBeHidden();
    await expect(list).not.toContainText(VISA);
    await expect(removeButton(page, MASTERCARD)).toBeFocused();
    await expect(liveRegion(page)).toHaveText(`${VISA} removed`);
  });

  test('cancel closes the dialog, sends nothing and returns focus to the opener', async ({
    page,
  }) => {
    const list = await openDemo(page);
    const deletes: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'DELETE') deletes.push(request.url());
    });
    const opener = removeButton(page, MASTERCARD);
    await opener.click();
    const dialog = confirmDialog(page, MASTERCARD);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    await expect(list.getByRole('listitem')).toHaveCount(SEEDED_COUNT);
    await page.reload();
    await expect(list.getByRole('listitem')).toHaveCount(SEEDED_COUNT);
    expect(deletes).toEqual([]);
  });

  test('a failed removal puts the card back with a toast, and "Try again" removes it', async ({
    page,
  }) => {
    const list = await openDemo(page);
    await failNextRemoval(page);
    await removeWithMouse(page, VISA);

    const failure = toast(page, REMOVE_FAILED);
    await expect(failure).toBeVisible();
    // Back in its own place, first in the list.
    await expect(list.getByRole('listitem').first()).toContainText(VISA);
    await expect(list.getByRole('listitem')).toHaveCount(SEEDED_COUNT);
    // The switch was used up by that removal; the checkbox says so.
    await expect(page.getByLabel('Make the next removal fail')).not.toBeChecked();

    await failure.getByRole('button', { name: 'Try again' }).click();
    await expect(list).not.toContainText(VISA);
    await expect(liveRegion(page)).toHaveText(`${VISA} removed`);
    await page.reload();
    await expect(list.getByRole('listitem')).toHaveCount(SEEDED_COUNT - 1);
    await expect(list).not.toContainText(VISA);
  });

  test('a reload shows the removal persisted on the server', async ({ page }) => {
    const list = await openDemo(page);
    const deleted = page.waitForResponse((r) => r.request().method() === 'DELETE');
    await removeWithMouse(page, RUPAY);
    expect((await deleted).ok()).toBe(true);

    await page.reload();
    await expect(list.getByRole('listitem')).toHaveCount(SEEDED_COUNT - 1);
    await expect(list).not.toContainText(RUPAY);
    await expect(list).toContainText(VISA);
  });

  test('the checkout picker loses the card at once, before the server answers', async ({
    page,
  }) => {
    await openDemo(page);
    const payWith = page.getByRole('group', { name: 'Pay with' });
    await expect(payWith.getByRole('radio', { name: VISA })).toBeChecked();

    // A slow provider (2 s) shows the picker follows the optimistic list, not the response.
    const latency = page.waitForResponse((r) => r.url().endsWith('/__demo/latency') && r.ok());
    await page.getByLabel('Provider latency').selectOption({ label: '2 s' });
    await latency;
    let answered = false;
    const deleted = page
      .waitForResponse((r) => r.request().method() === 'DELETE', { timeout: 10_000 })
      .then((response) => {
        answered = true;
        return response;
      });
    await removeWithMouse(page, VISA);
    await expect(payWith.getByRole('radio', { name: VISA })).toHaveCount(0, { timeout: 1_000 });
    expect(answered, 'the picker updated before the DELETE was answered').toBe(false);
    // The default is gone, so the first usable card is picked.
    await expect(payWith.getByRole('radio', { name: MASTERCARD })).toBeChecked();
    // Let the slow removal land before the next test resets the sandbox.
    expect((await deleted).ok()).toBe(true);
  });

  test('two tabs stay in sync: a removal in one reaches the other', async ({ page, context }) => {
    const first = await openDemo(page);
    const other = await context.newPage();
    const second = await openDemo(other);

    await removeWithMouse(page, MASTERCARD);
    await expect(first).not.toContainText(MASTERCARD);
    await expect(second).not.toContainText(MASTERCARD);
    await expect(second.getByRole('listitem')).toHaveCount(SEEDED_COUNT - 1);
    await expect(
      other.getByRole('group', { name: 'Pay with' }).getByRole('radio', { name: MASTERCARD }),
    ).toHaveCount(0);
  });
});
