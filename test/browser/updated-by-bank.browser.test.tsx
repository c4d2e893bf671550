import { virtual } from '@guidepup/virtual-screen-reader';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { type SavedCard, SavedCardList } from '../../src/index';
import { WalletCardList } from '../../src/wallet/index';
import { SEEN_UPDATES_KEY } from '../../src/wallet/seen-updates';
import { card } from '../helpers/cards';
import { createFakeBackend } from '../helpers/fake-backend';
import { renderWallet } from '../helpers/render-wallet';
import { readUntil, startScreenReader } from '../helpers/screen-reader';

// "Updated by your bank" until the shopper has seen it once (docs/browser-api.md): seen means
// the badge was on screen (in the viewport of a visible page); this device remembers it per
// card and update (`updated.at`) in localStorage, ids and times only.

const BADGE = 'Updated by your bank';
const AT = '2026-11-30T09:00:00.000Z';
const VISA = 'Visa ending in 4242';

const updatedVisa = (updated: SavedCard['updated'] = { at: AT, fields: ['expiry'] }) =>
  card({ id: 'card_a', brand: 'visa', last4: '4242', updated });
const mastercard = card({ id: 'pm_mc', brand: 'mastercard', last4: '4444' });

const row = (name: string) =>
  screen.getAllByRole('listitem').find((item) => item.textContent?.includes(name)) as HTMLElement;

/** Renders the list and waits until it shows its cards. */
async function show(cards: SavedCard[], options: Parameters<typeof renderWallet>[1] = {}) {
  const rendered = renderWallet(createFakeBackend(cards), { ui: <WalletCardList />, ...options });
  await screen.findByRole('button', { name: `Remove ${VISA}` });
  return rendered;
}

/** Waits until this device has remembered the update as seen. */
async function seen(id: string, at: string) {
  await vi.waitFor(() =>
    expect(JSON.parse(localStorage.getItem(SEEN_UPDATES_KEY) ?? '[]')).toContainEqual([id, at]),
  );
}

beforeEach(() => {
  localStorage.clear();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await virtual.stop();
  localStorage.clear();
});

describe('"Updated by your bank"', () => {
  test('shows on the row until seen once; after a remount it is gone', async () => {
    const first = await show([updatedVisa(), mastercard]);
    expect(within(row(VISA)).getByText(BADGE)).toBeVisible();
    expect(row('Mastercard ending in 4444')).not.toHaveTextContent(BADGE);
    await seen('card_a', AT);
    // Seen, yet still there while the row stays: it never vanishes under the shopper's eyes,
    // not even when the list is fetched again.
    await first.queryClient.refetchQueries();
    expect(within(row(VISA)).getByText(BADGE)).toBeVisible();
    first.unmount();

    await show([updatedVisa(), mastercard]);
    expect(row(VISA)).not.toHaveTextContent(BADGE);
  });

  test('a new update of the same card shows again; another card’s is its own', async () => {
    const first = await show([updatedVisa()]);
    await seen('card_a', AT);
    first.unmount();
    const later = '2026-12-04T18:30:00.000Z';
    await show([
      updatedVisa({ at: later, fields: ['number'] }),
      card({ ...mastercard, updated: { at: AT, fields: ['expiry'] } }),
    ]);
    expect(within(row(VISA)).getByText(BADGE)).toBeVisible();
    expect(within(row('Mastercard ending in 4444')).getByText(BADGE)).toBeVisible();
  });

  test('only an expiry or number change: an update that names no detail shows nothing', async () => {
    await show([updatedVisa({ at: AT, fields: [] })]);
    expect(row(VISA)).not.toHaveTextContent(BADGE);
  });

  test('a row never scrolled into view is not seen; scrolled to, it is', async () => {
    const others = Array.from({ length: 12 }, (_, i) =>
      card({ id: `pm_${i}`, last4: String(1000 + i) }),
    );
    const first = await show([...others, updatedVisa()], {
      ui: (
        <div style={{ height: 200, overflow: 'auto' }}>
          <WalletCardList />
        </div>
      ),
    });
    const badge = within(row(VISA)).getByText(BADGE);
    expect(badge).toBeInTheDocument();
    // Two frames: the observer has had its turn and found the badge out of view.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(localStorage.getItem(SEEN_UPDATES_KEY)).toBeNull();
    first.unmount();

    const second = await show([...others, updatedVisa()], {
      ui: (
        <div style={{ height: 200, overflow: 'auto' }}>
          <WalletCardList />
        </div>
      ),
    });
    expect(within(row(VISA)).getByText(BADGE)).toBeInTheDocument();
    within(row(VISA)).getByText(BADGE).scrollIntoView();
    await seen('card_a', AT);
    second.unmount();
    await show([...others, updatedVisa()]);
    expect(row(VISA)).not.toHaveTextContent(BADGE);
    expect(badge.isConnected).toBe(false);
  });

  test('a storage that throws (Safari private mode, blocked): the list still shows it, every time', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const first = await show([updatedVisa(), mastercard]);
    expect(within(row(VISA)).getByText(BADGE)).toBeVisible();
    await vi.waitFor(() => expect(Storage.prototype.setItem).toHaveBeenCalled());
    first.unmount();
    await show([updatedVisa(), mastercard]);
    expect(within(row(VISA)).getByText(BADGE)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Remove Mastercard ending in 4444' })).toBeVisible();
  });

  test('what the device keeps is the card id and the update’s time, no card data', async () => {
    await show([updatedVisa()]);
    await seen('card_a', AT);
    const stored = localStorage.getItem(SEEN_UPDATES_KEY) ?? '';
    expect(JSON.parse(stored)).toEqual([['card_a', AT]]);
    expect(stored).not.toMatch(/4242|visa"|Visa|2031/);
  });

  test('a screen reader reads it with the row', async () => {
    await show([updatedVisa(), mastercard]);
    await startScreenReader();
    await readUntil(`button, Remove ${VISA}`);
    const log = await virtual.spokenPhraseLog();
    const rowStart = log.indexOf('listitem, level 1, position 1, set size 2');
    expect(log.slice(rowStart)).toEqual([
      'listitem, level 1, position 1, set size 2',
      VISA,
      'Expires 07/31',
      BADGE,
      `button, Remove ${VISA}`,
    ]);
  });

  test('in Hindi it says so in Hindi', async () => {
    const { hiINMessages } = await import('../../src/locales/hi-in');
    const { hiINActionMessages } = await import('../../src/locales/actions/hi-in');
    renderWallet(createFakeBackend([updatedVisa()]), {
      ui: <WalletCardList />,
      locale: 'hi-IN',
      messages: { ...hiINMessages, ...hiINActionMessages },
    });
    expect(await screen.findByText(hiINActionMessages.updatedByBank)).toBeVisible();
  });

  test('the list without the wallet (SavedCardList) shows no bank update and remembers nothing', async () => {
    await show([updatedVisa()], { ui: <SavedCardList /> });
    expect(within(row(VISA)).queryByText(BADGE)).toBeNull();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(localStorage.getItem(SEEN_UPDATES_KEY)).toBeNull();
  });
});
