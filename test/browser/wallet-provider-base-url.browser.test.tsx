// A Server Component page can render <WalletProvider> with strings and numbers only: without a
// `client`, the provider makes the kit's HTTP client for `baseUrl` (default `/api/wallet`).
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  SavedCardList,
  useWalletContext,
  type WalletClient,
  WalletProvider,
  type WalletProviderProps,
} from '../../src/index';
import { sampleCards } from '../helpers/cards';
import { createFakeBackend } from '../helpers/fake-backend';
import { testQueryClient } from '../helpers/render-wallet';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The fake backend behind the page's own fetch, as the kit's default client finds it. */
function backendOnGlobalFetch() {
  const backend = createFakeBackend(sampleCards());
  vi.stubGlobal('fetch', backend.fetch);
  return backend;
}

const seen = (backend: ReturnType<typeof createFakeBackend>) =>
  backend.requests.map(({ method, url }) => `${method} ${url}`);

describe('WalletProvider without a client', () => {
  test('lists and removes cards at its baseUrl', async () => {
    const backend = backendOnGlobalFetch();
    render(
      <WalletProvider baseUrl="/shop/api/wallet/" queryClient={testQueryClient()}>
        <SavedCardList />
      </WalletProvider>,
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Remove Visa ending in 4242' }),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Remove card' }));
    await waitFor(() => expect(backend.cards.map((card) => card.id)).not.toContain('card_visa'));
    expect(seen(backend).slice(0, 2)).toEqual([
      'GET /shop/api/wallet/cards',
      'DELETE /shop/api/wallet/cards/card_visa',
    ]);
    expect(backend.requests[1]?.headers.get('X-Wallet-Client')).toBe('1');
  });

  test('asks /api/wallet by default, through one client for the provider’s life', async () => {
    const backend = backendOnGlobalFetch();
    const clients = new Set<WalletClient>();
    function Probe() {
      clients.add(useWalletContext().client);
      return null;
    }
    const queryClient = testQueryClient();
    const page = (props: Partial<WalletProviderProps>) => (
      <WalletProvider queryClient={queryClient} {...props}>
        <SavedCardList />
        <Probe />
      </WalletProvider>
    );
    const { rerender } = render(page({ locale: 'en-US' }));
    expect(await screen.findByRole('button', { name: 'Remove Visa ending in 4242' })).toBeVisible();
    rerender(page({ locale: 'en-GB', undoMs: 5000 }));
    rerender(page({ locale: 'en-IN', expiringSoonMonths: 2 }));
    expect(clients.size).toBe(1);
    expect(seen(backend)).toEqual(['GET /api/wallet/cards']);
  });
});
