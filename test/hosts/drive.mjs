// What a shopper does on every host page, in Chromium: the seeded cards are listed; Undo
// through the host's toaster puts a card back and sends nothing; a removal through the confirm
// dialog sends one DELETE; a DELETE that fails (502, once) brings the card back with a toast
// whose "Try again" removes it. Every DELETE the page sends is recorded and counted at the end.

const VISA = 'Visa ending in 4242';
const MASTERCARD = 'Mastercard ending in 4444';
const CARD_IDS = { [VISA]: 'card_visa', [MASTERCARD]: 'card_mc' };
const PROVIDER_ERROR = {
  error: { code: 'provider_error', message: 'The card provider did not answer.' },
};

/** Opens the host's page and waits for its three seeded cards. */
export async function openWallet(page, url) {
  await page.goto(url);
  const list = page.getByRole('list', { name: 'Saved cards' });
  await list.getByText(VISA).waitFor({ timeout: 30_000 });
  const count = await list.getByRole('listitem').count();
  if (count !== 3) throw new Error(`expected 3 seeded cards, saw ${count}`);
  return list;
}

async function confirmRemoval(page, card) {
  await page.getByRole('button', { name: `Remove ${card}` }).click();
  await page.getByRole('alertdialog', { name: `Remove ${card}?` }).waitFor();
  await page.getByRole('button', { name: 'Remove card' }).click();
}

/**
 * The whole flow on `url` (the page listing the cards, reached at 127.0.0.1 or a proxy host).
 * Returns printable lines; throws on the first thing a shopper would see go wrong.
 */
export async function driveHost(context, url, { screenshot, apiBase } = {}) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const deletes = [];
  page.on('response', (response) => {
    if (response.request().method() === 'DELETE') {
      deletes.push(`${new URL(response.url()).pathname} ${response.status()}`);
    }
  });
  const lines = [];
  const started = performance.now();
  const took = () => `(${((performance.now() - started) / 1000).toFixed(1)}s)`;
  try {
    const list = await openWallet(page, url);
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
    lines.push(`${'3 seeded cards listed'} ${took()}`);

    // Undo through the host's toaster: the card comes back and its DELETE is never sent.
    await confirmRemoval(page, VISA);
    await list.getByText(VISA).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Undo' }).click();
    await list.getByText(VISA).waitFor();
    // Its toast closes too (the host's toaster through the close `notify` returned).
    await page.getByRole('button', { name: 'Undo' }).waitFor({ state: 'detached' });
    lines.push(`${'Undo put the Visa back and closed its toast'} ${took()}`);

    // A removal: one DELETE after the undo window, and the card stays gone after a reload.
    // The pointer rests on the undo toast meanwhile (toasters pause on hover): the toast still
    // closes when its DELETE goes, so Undo is never offered once it can no longer work.
    const removed = page.waitForResponse(
      (response) => response.request().method() === 'DELETE' && response.status() < 300,
      { timeout: 30_000 },
    );
    removed.catch(() => {}); // awaited below; a failure before then is the one to report
    await confirmRemoval(page, MASTERCARD);
    await list.getByText(MASTERCARD).waitFor({ state: 'detached' });
    const undo = page.getByRole('button', { name: 'Undo' });
    await undo.hover();
    await removed;
    await undo.waitFor({ state: 'detached', timeout: 3_000 });
    await page.mouse.move(0, 0);
    lines.push(
      `the Mastercard removed; its hovered undo toast closed as the DELETE went ${took()}`,
    );

    // A failure once (502 with the contract's error body), then "Try again".
    let failed = 0;
    await page.route('**/api/wallet/cards/*', async (route) => {
      if (route.request().method() !== 'DELETE' || failed > 0) return route.fallback();
      failed += 1;
      await route.fulfill({ status: 502, json: PROVIDER_ERROR });
    });
    await confirmRemoval(page, VISA);
    await list.getByText(VISA).waitFor({ state: 'detached' });
    const retry = page.getByRole('button', { name: 'Try again' });
    await retry.waitFor({ timeout: 30_000 });
    await list.getByText(VISA).waitFor();
    const retried = page.waitForResponse(
      (response) => response.request().method() === 'DELETE' && response.status() < 300,
    );
    retried.catch(() => {}); // awaited below, as `removed` above
    await retry.click();
    await retried;
    await list.getByText(VISA).waitFor({ state: 'detached' });
    lines.push(`${'a failed removal came back and "Try again" removed it'} ${took()}`);

    // The same DELETE from a foreign origin stays refused, whatever the host's origin set-up.
    // Sent from Node (a page cannot forge Origin), to `apiBase` when the page's host name is
    // one only the browser resolves, with the shopper's session cookie.
    const cookie = (await context.cookies(page.url()))
      .map(({ name, value }) => `${name}=${value}`)
      .join('; ');
    const foreign = await page.request.delete(
      new URL('/api/wallet/cards/card_amex', apiBase ?? page.url()).href,
      { headers: { Origin: 'https://evil.example', 'X-Wallet-Client': '1', Cookie: cookie } },
    );
    if (foreign.status() !== 403) {
      throw new Error(`a foreign-origin DELETE answered ${foreign.status()}, want 403`);
    }
    lines.push(`a DELETE from https://evil.example is refused (403) ${took()}`);

    await page.reload();
    await list.getByText('American Express ending in 0005').waitFor({ timeout: 30_000 });
    const left = await list.getByRole('listitem').count();
    if (left !== 1) throw new Error(`after a reload the server still lists ${left} cards, want 1`);

    const sent = (card) => deletes.filter((line) => line.includes(`/cards/${CARD_IDS[card]} `));
    // Undo sent none; the failure is the route's 502 (answered in the page), then the retry.
    const visa = sent(VISA)
      .map((line) => line.split(' ')[1])
      .join(' ');
    if (!/^502 2\d\d$/.test(visa)) {
      throw new Error(
        `Visa DELETEs answered ${visa || 'none'}; want 502 then 2xx, and none from Undo`,
      );
    }
    if (sent(MASTERCARD).length !== 1)
      throw new Error(`Mastercard DELETEs: ${sent(MASTERCARD).join(', ')}`);
    lines.push(`DELETEs sent: ${deletes.join(', ')}`);
    if (errors.length > 0) throw new Error(`errors in the page:\n${errors.join('\n')}`);
    return lines;
  } catch (error) {
    error.message += `\n  after: ${lines.join('; ') || 'nothing'}\n  DELETEs: ${deletes.join(', ') || 'none'}`;
    throw error;
  } finally {
    await page.close();
  }
}
