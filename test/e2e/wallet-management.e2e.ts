import {
  confirmDialog,
  expect,
  liveRegion,
  MASTERCARD,
  openDemo,
  removeButton,
  SEEDED_COUNT,
  test,
  toast,
  VISA,
} from './demo';

const MAESTRO = 'Maestro ending in 0604';
const AMEX = 'American Express ending in 0005';
const RUPAY = 'RuPay ending in 6011';

test.describe('wallet management in the production demo (issue 13)', () => {
  test('the seeded shopper sees a locked card, an expiring card and a bulk removal of two expired cards', async ({
    page,
  }) => {
    const list = await openDemo(page);
    const maestro = list.getByRole('listitem').filter({ hasText: MAESTRO });
    await expect(maestro).toContainText('Used for a subscription');
    const locked = removeButton(page, MAESTRO);
    await expect(locked).toHaveAttribute('aria-disabled', 'true');
    await expect(locked).toHaveAccessibleDescription('Used for a subscription');
    await expect(list.getByRole('listitem').filter({ hasText: RUPAY })).toContainText(
      'Expires soon',
    );

    await page.getByRole('button', { name: 'Remove 2 expired cards' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Remove 2 expired cards?' });
    await expect(dialog).toContainText('American Express ending in 0005');
    await expect(dialog).toContainText('Discover ending in 1117');
    await dialog.getByRole('button', { name: 'Remove cards' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(SEEDED_COUNT - 2);
    await expect(liveRegion(page)).toHaveText('2 cards removed');
    await page.reload();
    await expect(list.getByRole('listitem')).toHaveCount(SEEDED_COUNT - 2);
    await expect(list).toContainText(MAESTRO);
  });

  test('the American Express saved again after its re-issue: the old one says "Saved twice", and only it goes', async ({
    page,
  }) => {
    const deletes: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'DELETE') deletes.push(new URL(request.url()).pathname);
    });
    const list = await openDemo(page);
    const amex = list.getByRole('listitem').filter({ hasText: AMEX });
    await expect(amex).toHaveCount(2);
    await expect(amex.filter({ hasText: 'Saved twice' })).toContainText('Expired');
    await expect(amex.filter({ hasNotText: 'Saved twice' })).toContainText('Expires');
    await page.getByRole('button', { name: 'Remove 1 duplicate card' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Remove 1 duplicate card?' });
    await expect(dialog).toContainText(`${AMEX}.`);
    await expect(dialog).toContainText("One copy of each card stays saved. This can't be undone.");
    await dialog.getByRole('button', { name: 'Remove card' }).click();
    await expect(liveRegion(page)).toHaveText('1 card removed');
    await expect(amex).toHaveCount(1);
    await expect(amex).toContainText('Expires');
    await expect(amex).not.toContainText('Saved twice');
    expect(deletes).toEqual(['/api/wallet/cards/card_amex_0005']);
    await expect(page.getByRole('button', { name: /duplicate card/ })).toHaveCount(0);
  });

  test('/?undo=5000: Undo brings the card back and nothing is deleted', async ({ page }) => {
    const deletes: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'DELETE') deletes.push(request.url());
    });
    // The page's clock is Playwright's: the window runs out without a real 5-second wait.
    await page.clock.install();
    await page.goto('/?undo=5000');
    const list = page.getByRole('list', { name: 'Saved cards' });
    await expect(list.getByRole('listitem')).toHaveCount(SEEDED_COUNT);
    await removeButton(page, VISA).click();
    const dialog = confirmDialog(page, VISA);
    await expect(dialog).toContainText('You can undo this for 5 seconds.');
    await dialog.getByRole('button', { name: 'Remove card' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(SEEDED_COUNT - 1);
    const removed = toast(page, `${VISA} removed`);
    await expect(removed).toContainText(/\d s left/);
    await removed.getByRole('button', { name: 'Undo' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(SEEDED_COUNT);
    await expect(list.getByRole('listitem').first()).toContainText(VISA);
    await page.clock.runFor(10_000);
    expect(deletes).toEqual([]);
    await page.reload();
    await expect(list.getByRole('listitem')).toHaveCount(SEEDED_COUNT);
  });

  test('/?undo=5000: leaving the page mid-window still deletes the card (keepalive)', async ({
    page,
    context,
  }) => {
    await page.goto('/?undo=5000');
    const list = page.getByRole('list', { name: 'Saved cards' });
    await expect(list.getByRole('listitem')).toHaveCount(SEEDED_COUNT);
    await removeButton(page, MASTERCARD).click();
    await confirmDialog(page, MASTERCARD).getByRole('button', { name: 'Remove card' }).click();
    await expect(toast(page, `${MASTERCARD} removed`)).toBeVisible();
    // Away, well inside the 5-second window.
    await page.goto('about:blank');
    const fresh = await context.newPage();
    await expect(async () => {
      await fresh.goto('/');
      const rows = fresh.getByRole('list', { name: 'Saved cards' }).getByRole('listitem');
      await expect(rows).toHaveCount(SEEDED_COUNT - 1, { timeout: 1000 });
      await expect(rows.filter({ hasText: MASTERCARD })).toHaveCount(0);
    }).toPass({ timeout: 4000 });
  });

  test('"Make default" on the Mastercard moves the badge in the list and the checkout picker, and the sandbox keeps it', async ({
    page,
  }) => {
    const puts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PUT') puts.push(new URL(request.url()).pathname);
    });
    const list = await openDemo(page);
    const row = (name: string) => list.getByRole('listitem').filter({ hasText: name }).first();
    await expect(row(VISA)).toContainText('Default');
    const button = page.getByRole('button', { name: `Make default: ${MASTERCARD}` });
    await button.click();
    // Focus stays on the row: its remove button (the "Make default" left with the badge).
    await expect(removeButton(page, MASTERCARD)).toBeFocused();
    await expect(row(MASTERCARD)).toContainText('Default');
    await expect(row(VISA)).not.toContainText('Default');
    await expect(liveRegion(page)).toHaveText(`${MASTERCARD} is now your default card`);
    expect(puts).toEqual(['/api/wallet/cards/card_mc_4444/default']);
    // The checkout picker reads the same cache: its Default badge moved too.
    const picker = page.getByRole('group', { name: 'Pay with' });
    await expect(picker.getByRole('radio', { name: `${MASTERCARD} Default` })).toBeVisible();
    await expect(picker.getByRole('radio', { name: `${VISA} Expires` })).toBeVisible();
    await page.reload();
    await expect(row(MASTERCARD)).toContainText('Default');
    await expect(page.getByRole('button', { name: `Make default: ${VISA}` })).toBeVisible();
    // The sandbox itself holds the choice: "Reset cards" puts the seeded default back.
    await page.getByRole('button', { name: 'Reset cards' }).click();
    await expect(page.getByRole('button', { name: `Make default: ${MASTERCARD}` })).toBeVisible();
    await expect(page.getByRole('button', { name: `Make default: ${VISA}` })).toHaveCount(0);
  });
});
