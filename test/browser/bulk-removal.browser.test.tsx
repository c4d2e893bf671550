import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { type SavedCard, useRemoveCard } from '../../src/index';
import { card } from '../helpers/cards';
import { createFakeBackend } from '../helpers/fake-backend';
import { renderWallet } from '../helpers/render-wallet';
import { findToast, liveRegion } from '../helpers/wallet-ui';

const old = { expiryMonth: 3, expiryYear: 2024, expired: true };
/** Visa 4242, RuPay 1234 (expired), Mastercard 4444, Amex 0005 (expired), JCB 0000 (expired, locked). */
function cards(): SavedCard[] {
  return [
    card({ id: 'visa', brand: 'visa', last4: '4242' }),
    card({ id: 'rupay', brand: 'rupay', last4: '1234', ...old }),
    card({ id: 'mc', brand: 'mastercard', last4: '4444' }),
    card({ id: 'amex', brand: 'amex', last4: '0005', ...old }),
    card({ id: 'jcb', brand: 'jcb', last4: '0000', ...old, locked: 'subscription' }),
  ];
}
const RUPAY = 'RuPay ending in 1234';
const AMEX = 'American Express ending in 0005';

const shown = () =>
  within(screen.getByRole('list', { name: 'Saved cards' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('[data-slot="card-label"]')?.textContent);

async function openBulk() {
  await userEvent.click(await screen.findByRole('button', { name: 'Remove 2 expired cards' }));
  return screen.findByRole('alertdialog', { name: 'Remove 2 expired cards?' });
}

describe('remove all expired cards (docs/browser-api.md, docs/removal-rules.md rule 9)', () => {
  test('the confirm names each removable expired card, says it can’t be undone, focuses Cancel; Cancel returns focus', async () => {
    const backend = createFakeBackend(cards());
    renderWallet(backend, { undoMs: 5000 });
    const dialog = await openBulk();
    // The locked JCB is not offered; bulk ignores undoMs, so it can't be undone. Each name ends
    // in a visually hidden full stop, so the names are not said as one run (issue 20).
    expect(dialog).toHaveAccessibleDescription(`${RUPAY} . ${AMEX} . This can't be undone.`);
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([`${RUPAY}.`, `${AMEX}.`]);
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Remove 2 expired cards' })).toHaveFocus(),
    );
    expect(backend.count('DELETE')).toBe(0);
  });

  test('with fewer than two removable expired cards there is no bulk button', async () => {
    renderWallet(createFakeBackend(cards().filter((c) => c.id !== 'amex')));
    await screen.findByRole('button', { name: `Remove ${RUPAY}` });
    expect(screen.queryByRole('button', { name: /expired cards/ })).toBeNull();
  });

  test('confirm: all leave at once, both DELETEs sent at once (even with undoMs), one announcement, one refetch after the last, focus after the last removed', async () => {
    const backend = createFakeBackend(cards());
    backend.holdDeletes();
    renderWallet(backend, { undoMs: 5000 });
    const dialog = await openBulk();
    const gets = backend.count('GET');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove cards' }));
    expect(shown()).toEqual([
      'Visa ending in 4242',
      'Mastercard ending in 4444',
      'JCB ending in 0000',
    ]);
    await waitFor(() => expect(backend.count('DELETE')).toBe(2));
    // docs/removal-rules.md rule 9: the first remove button after the last removed card (Amex → JCB).
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Remove JCB ending in 0000' })).toHaveFocus(),
    );
    await backend.answer('amex');
    expect(backend.count('GET')).toBe(gets);
    await backend.answer('rupay');
    await waitFor(() => expect(liveRegion()).toHaveTextContent('2 cards removed'));
    await waitFor(() => expect(backend.count('GET')).toBe(gets + 1));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(backend.count('GET')).toBe(gets + 1);
    expect(liveRegion().textContent).toBe('2 cards removed');
    expect(document.querySelectorAll('[data-slot="toast"]')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: /expired cards/ })).toBeNull();
  });

  test('focus: with no card after the last removed, the one before the first; with none left, the heading', async () => {
    const tail = cards()
      .filter((c) => c.id !== 'jcb')
      .sort((a, b) => Number(a.expired) - Number(b.expired));
    const { unmount } = renderWallet(createFakeBackend(tail));
    let dialog = await openBulk();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove cards' }));
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Remove Mastercard ending in 4444' }),
      ).toHaveFocus(),
    );
    unmount();

    renderWallet(createFakeBackend(cards().filter((c) => c.expired && !c.locked)));
    dialog = await openBulk();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove cards' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Saved cards' })).toHaveFocus());
  });

  test('partial failure: the failed card comes back at its place, one summary toast, "Try again" retries only it', async () => {
    const backend = createFakeBackend(cards());
    backend.holdDeletes();
    renderWallet(backend);
    const dialog = await openBulk();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove cards' }));
    await waitFor(() => expect(backend.count('DELETE')).toBe(2));
    await backend.answer('rupay', { code: 'provider_error', status: 502 });
    await backend.answer('amex');
    await waitFor(() => expect(shown()).toContain(RUPAY));
    expect(shown()).toEqual([
      'Visa ending in 4242',
      RUPAY,
      'Mastercard ending in 4444',
      'JCB ending in 0000',
    ]);
    const toast = await findToast("1 card couldn't be removed.");
    expect(toast).toHaveTextContent(RUPAY);
    expect(toast).not.toHaveTextContent(AMEX);
    expect(document.querySelectorAll('[data-slot="toast"]')).toHaveLength(1);
    await waitFor(() => expect(liveRegion()).toHaveTextContent('1 card removed'));
    await userEvent.click(within(toast).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(backend.count('DELETE')).toBe(3));
    expect(backend.requests.filter((r) => r.method === 'DELETE').at(-1)?.url).toBe(
      '/api/wallet/cards/rupay',
    );
    await backend.answer('rupay');
    await waitFor(() => expect(shown()).not.toContain(RUPAY));
  });

  test('a failure nobody can retry (409 locked) gets a summary without "Try again"', async () => {
    const backend = createFakeBackend(cards());
    backend.holdDeletes();
    renderWallet(backend);
    const dialog = await openBulk();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove cards' }));
    await waitFor(() => expect(backend.count('DELETE')).toBe(2));
    await backend.answer('rupay', { code: 'card_in_use', status: 409, reason: 'pending_payment' });
    await backend.answer('amex', { code: 'card_in_use', status: 409, reason: 'other' });
    const toast = await findToast("2 cards couldn't be removed.");
    expect(toast).toHaveTextContent(`${RUPAY} and ${AMEX}`);
    expect(within(toast).queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(shown()).toHaveLength(5);
  });

  test('headless: useRemoveCard().removeCards sends every removable card at once, skipping locked ones', async () => {
    const backend = createFakeBackend(cards());
    backend.holdDeletes();
    const all = cards();
    function Headless() {
      const { removeCards } = useRemoveCard();
      return (
        <button type="button" onClick={() => removeCards(all)}>
          Remove all
        </button>
      );
    }
    renderWallet(backend, { ui: <Headless />, undoMs: 5000 });
    await userEvent.click(screen.getByRole('button', { name: 'Remove all' }));
    await waitFor(() => expect(backend.count('DELETE')).toBe(4));
    const urls = backend.requests.filter((r) => r.method === 'DELETE').map((r) => r.url);
    expect(urls.sort()).toEqual(
      ['amex', 'mc', 'rupay', 'visa'].map((id) => `/api/wallet/cards/${id}`),
    );
    // Pressing again while they are in flight sends nothing more.
    await userEvent.click(screen.getByRole('button', { name: 'Remove all' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(backend.count('DELETE')).toBe(4);
    for (const id of ['visa', 'rupay', 'mc', 'amex']) await backend.answer(id);
    await waitFor(() => expect(liveRegion()).toHaveTextContent('4 cards removed'));
  });
});
