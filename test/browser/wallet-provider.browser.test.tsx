import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  createHttpWalletClient,
  SavedCardList,
  type WalletEvent,
  type WalletNotification,
  WalletProvider,
  walletKeys,
} from '../../src/index';
import { sampleCards } from '../helpers/cards';
import { createFakeBackend } from '../helpers/fake-backend';
import { renderWallet, testQueryClient } from '../helpers/render-wallet';

describe('WalletProvider and host integration', () => {
  test('uses a QueryClient the host already provides', async () => {
    const backend = createFakeBackend(sampleCards());
    const host = testQueryClient();
    render(
      <QueryClientProvider client={host}>
        <WalletProvider client={createHttpWalletClient({ fetch: backend.fetch })}>
          <SavedCardList />
        </WalletProvider>
      </QueryClientProvider>,
    );
    await screen.findByRole('button', { name: 'Remove Visa ending in 4242' });
    expect(host.getQueryData(walletKeys.cards())).toHaveLength(4);
  });

  test('owns a QueryClient when the host has none', async () => {
    const backend = createFakeBackend(sampleCards());
    render(
      <WalletProvider client={createHttpWalletClient({ fetch: backend.fetch })}>
        <SavedCardList />
      </WalletProvider>,
    );
    expect(await screen.findByRole('button', { name: 'Remove Visa ending in 4242' })).toBeVisible();
  });

  test("a host's notify gets the failure instead of the kit's toaster", async () => {
    const backend = createFakeBackend(sampleCards());
    backend.failNextDelete({ code: 'card_in_use', status: 409, reason: 'pending_payment' });
    const shown: WalletNotification[] = [];
    renderWallet(backend, {
      notify: (n) => {
        shown.push(n);
      },
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Remove Visa ending in 4242' }),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Remove card' }));
    await waitFor(() => expect(shown).toHaveLength(1));
    expect(shown[0]).toMatchObject({
      tone: 'error',
      title: 'Used for a payment in progress',
      description: 'Visa ending in 4242',
      code: 'card_in_use',
    });
    expect(shown[0]?.action).toBeUndefined();
    expect(document.querySelector('[data-slot="toast"]')).toBeNull();
  });

  test('messages override the default English, names included', async () => {
    renderWallet(createFakeBackend(sampleCards()), {
      messages: {
        listHeading: 'Cartes enregistrées',
        cardName: (brand, last4) => `${brand} se terminant par ${last4}`,
        removeButton: (name) => `Supprimer ${name}`,
      },
    });
    expect(
      await screen.findByRole('button', { name: 'Supprimer Visa se terminant par 4242' }),
    ).toBeVisible();
    await waitFor(() =>
      expect(screen.getByRole('list', { name: 'Cartes enregistrées' })).toBeVisible(),
    );
  });

  test('reports events and calls the list callbacks, with ids and codes only', async () => {
    const backend = createFakeBackend(sampleCards());
    backend.failNextDelete({ code: 'provider_error', status: 502 });
    const events: WalletEvent[] = [];
    const removed: string[] = [];
    const errors: string[] = [];
    renderWallet(backend, {
      onEvent: (event) => events.push(event),
      ui: (
        <SavedCardList
          onCardRemoved={(card) => removed.push(card.id)}
          onError={(error, card) => errors.push(`${error.code}:${card?.id}`)}
        />
      ),
    });
    for (const name of ['Visa ending in 4242', 'Mastercard ending in 4444']) {
      await userEvent.click(await screen.findByRole('button', { name: `Remove ${name}` }));
      await userEvent.click(await screen.findByRole('button', { name: 'Remove card' }));
    }
    await waitFor(() => expect(removed).toEqual(['card_mc']));
    expect(errors).toEqual(['provider_error:card_visa']);
    expect(events).toEqual([
      { type: 'card_remove_started', cardId: 'card_visa' },
      { type: 'card_remove_failed', cardId: 'card_visa', code: 'provider_error' },
      { type: 'card_remove_started', cardId: 'card_mc' },
      { type: 'card_removed', cardId: 'card_mc' },
    ]);
  });

  test('a network failure on load is retried once, then reported once to onEvent and onError', async () => {
    const events: WalletEvent[] = [];
    const errors: string[] = [];
    let attempts = 0;
    const offline = createHttpWalletClient({
      fetch: async () => {
        attempts += 1;
        throw new TypeError('Failed to fetch');
      },
    });
    renderWallet(createFakeBackend([]), {
      client: offline,
      onEvent: (event) => events.push(event),
      ui: <SavedCardList onError={(error) => errors.push(error.code)} />,
    });
    const alert = await screen.findByRole('alert', {}, { timeout: 4_000 });
    expect(alert).toHaveTextContent("You're offline or the connection failed.");
    expect(attempts).toBe(2);
    expect(events).toEqual([{ type: 'cards_load_failed', code: 'network_error' }]);
    expect(errors).toEqual(['network_error']);
  });

  test('an expired session is not retried, even on a host QueryClient that retries', async () => {
    let attempts = 0;
    const expired = createHttpWalletClient({
      fetch: async () => {
        attempts += 1;
        return new Response(JSON.stringify({ error: { code: 'unauthenticated', message: 'x' } }), {
          status: 401,
        });
      },
    });
    const { QueryClient } = await import('@tanstack/react-query');
    renderWallet(createFakeBackend([]), { client: expired, queryClient: new QueryClient() });
    expect(await screen.findByRole('alert')).toHaveTextContent('Your session has expired.');
    expect(attempts).toBe(1);
  });

  test('a keyboard-only shopper can remove a card', async () => {
    const backend = createFakeBackend(sampleCards());
    renderWallet(backend);
    await screen.findByRole('button', { name: 'Remove Visa ending in 4242' });
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Remove Visa ending in 4242' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Remove Mastercard ending in 4444' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Remove Mastercard ending in 4444?',
    });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.tab();
    expect(within(dialog).getByRole('button', { name: 'Remove card' })).toHaveFocus();
    // Focus is trapped in the dialog.
    await userEvent.tab();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Remove RuPay ending in 1234' })).toHaveFocus(),
    );
    await waitFor(() => expect(backend.cards.map((c) => c.id)).not.toContain('card_mc'));
  });

  // A strict CSP (style-src without 'unsafe-inline') blocks a <style> without the page's nonce.
  test("puts its nonce on the <style> the confirm dialog's scroll lock injects", async () => {
    const backend = createFakeBackend(sampleCards());
    renderWallet(backend, { nonce: 'csp-nonce-4242' });
    const before = new Set(document.querySelectorAll('style'));
    await userEvent.click(
      await screen.findByRole('button', { name: 'Remove Visa ending in 4242' }),
    );
    await screen.findByRole('alertdialog', { name: 'Remove Visa ending in 4242?' });
    const injected = [...document.querySelectorAll('style')].filter((tag) => !before.has(tag));
    expect(injected.length).toBeGreaterThan(0);
    expect(injected.map((tag) => tag.nonce)).toEqual(injected.map(() => 'csp-nonce-4242'));
    // The lock itself: the page behind the dialog no longer scrolls.
    expect(getComputedStyle(document.body).overflow).toBe('hidden');
  });
});
