import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { WalletCardList } from '../../src/wallet/index';
import { card } from '../helpers/cards';
import { createFakeBackend, type FakeBackend } from '../helpers/fake-backend';
import { renderWallet } from '../helpers/render-wallet';
import { liveRegion } from '../helpers/wallet-ui';

const NEW_CARD = card({ id: 'card_new', brand: 'mastercard', last4: '4444' });

/**
 * A host page with its own add-card step, as a provider element would be: the kit calls
 * `onAddCard`, the host shows its form and settles the promise with what happened. "Save"
 * stands for the provider saving the card (the fake backend lists it from then on).
 */
function HostPage({ backend, fail = false }: { backend: FakeBackend; fail?: boolean }) {
  const [settle, setSettle] = useState<((saved: boolean) => void) | null>(null);
  const [calls, setCalls] = useState(0);
  return (
    <>
      <WalletCardList
        onAddCard={() =>
          new Promise<boolean>((resolve, reject) => {
            setCalls((n) => n + 1);
            setSettle(
              () => (saved: boolean) => (fail ? reject(new Error('declined')) : resolve(saved)),
            );
          })
        }
      />
      <output aria-label="flows opened">{calls}</output>
      {settle ? (
        <div role="dialog" aria-label="New card">
          {/* The provider's iframe in a real page; the kit never sees it. */}
          <input aria-label="Name on card" />
          <button
            type="button"
            onClick={() => {
              backend.save(NEW_CARD);
              settle(true);
              setSettle(null);
            }}
          >
            Save
          </button>
          <button
            type="button"
            onClick={() => {
              settle(false);
              setSettle(null);
            }}
          >
            Close
          </button>
        </div>
      ) : null}
    </>
  );
}

async function openHostFlow() {
  await userEvent.click(await screen.findByRole('button', { name: 'Add a card' }));
  const dialog = await screen.findByRole('dialog', { name: 'New card' });
  await userEvent.click(within(dialog).getByRole('textbox', { name: 'Name on card' }));
  return dialog;
}

const addButton = () => screen.getByRole('button', { name: 'Add a card' });

describe('add a card, handed to the host (docs/browser-api.md "Add a card")', () => {
  test('without onAddCard there is no "Add a card"', async () => {
    renderWallet(createFakeBackend([card({ id: 'visa' })]));
    await screen.findByRole('button', { name: 'Remove Visa ending in 4242' });
    expect(screen.queryByRole('button', { name: 'Add a card' })).toBeNull();
  });

  test('saved: one refetch, the new card in the list, "Mastercard ending in 4444 added" said, focus back on "Add a card"; the kit sent nothing but GETs', async () => {
    const backend = createFakeBackend([card({ id: 'visa' })]);
    renderWallet(backend, { ui: <HostPage backend={backend} /> });
    const dialog = await openHostFlow();
    const gets = backend.count('GET');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Mastercard ending in 4444 added'));
    expect(backend.count('GET')).toBe(gets + 1);
    expect(
      within(screen.getByRole('list', { name: 'Saved cards' }))
        .getAllByRole('listitem')
        .map((item) => item.querySelector('[data-slot="card-label"]')?.textContent),
    ).toEqual(['Visa ending in 4242', 'Mastercard ending in 4444']);
    expect(addButton()).toHaveFocus();
    expect(new Set(backend.requests.map((r) => r.method))).toEqual(new Set(['GET']));
  });

  test('closed without saving: no refetch, nothing said, focus back on "Add a card"', async () => {
    const backend = createFakeBackend([card({ id: 'visa' })]);
    renderWallet(backend, { ui: <HostPage backend={backend} /> });
    const dialog = await openHostFlow();
    const gets = backend.count('GET');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(addButton()).toHaveFocus());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(backend.count('GET')).toBe(gets);
    expect(liveRegion().textContent).toBe('');
  });

  test('the host’s flow fails (its promise rejects): nothing said, no toast, the list as it was', async () => {
    const backend = createFakeBackend([card({ id: 'visa' })]);
    renderWallet(backend, { ui: <HostPage backend={backend} fail /> });
    const dialog = await openHostFlow();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(addButton()).toHaveFocus());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(liveRegion().textContent).toBe('');
    expect(document.querySelectorAll('[data-slot="toast"]')).toHaveLength(0);
  });

  test('a second click while the host’s flow is open opens nothing more', async () => {
    const backend = createFakeBackend([card({ id: 'visa' })]);
    renderWallet(backend, { ui: <HostPage backend={backend} /> });
    await openHostFlow();
    addButton().click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole('status', { name: 'flows opened' })).toHaveTextContent('1');
  });

  test('an empty wallet offers "Add a card" under "No saved cards"', async () => {
    const backend = createFakeBackend([]);
    renderWallet(backend, { ui: <HostPage backend={backend} /> });
    await screen.findByText('No saved cards');
    const dialog = await openHostFlow();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Mastercard ending in 4444 added'));
    expect(screen.getByRole('button', { name: 'Remove Mastercard ending in 4444' })).toBeVisible();
    expect(addButton()).toHaveFocus();
  });
});
