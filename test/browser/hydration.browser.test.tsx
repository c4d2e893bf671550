// ISSUE 6 item 3: server HTML hydrates in Chromium without a warning. The "server" half runs
// here too (react-dom/server's browser build), with the same prefetch → dehydrate → JSON path a
// host's server uses; the client then hydrates that markup with a fresh QueryClient.
import {
  type DehydratedState,
  dehydrate,
  HydrationBoundary,
  QueryClient,
} from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  cardsQueryOptions,
  SavedCardList,
  type WalletClient,
  WalletProvider,
} from '../../src/index';
import { sampleCards } from '../helpers/cards';
import { hydrateServerHtml, placeServerHtml, removeServerHtml } from '../helpers/hydrate-html';

/** A backend of one shopper: a removal sticks, so the refetch after it agrees. */
function stubClient() {
  let cards = sampleCards();
  return {
    listCards: vi.fn(async () => cards.map((card) => ({ ...card }))),
    deleteCard: vi.fn(async (id: string) => {
      cards = cards.filter((card) => card.id !== id);
    }),
  } satisfies WalletClient;
}

function page(client: WalletClient, state: DehydratedState) {
  return (
    <WalletProvider client={client} queryClient={new QueryClient()} locale="en-US">
      <HydrationBoundary state={state}>
        <SavedCardList />
      </HydrationBoundary>
    </WalletProvider>
  );
}

afterEach(async () => {
  await removeServerHtml();
  vi.restoreAllMocks();
});

describe('SSR: hydrating server HTML in Chromium', () => {
  test('hydrates with no warning, keeps the server DOM, and the list is interactive', async () => {
    const client = stubClient();
    const server = new QueryClient();
    await server.prefetchQuery(cardsQueryOptions(client, server));
    const state: DehydratedState = JSON.parse(JSON.stringify(dehydrate(server)));
    const html = renderToString(page(client, state));
    expect(html).not.toContain('aria-busy');

    const container = placeServerHtml(html);
    const serverList = container.querySelector('ul');
    const serverHeading = container.querySelector('h2');
    expect(serverList?.getAttribute('aria-labelledby')).toBe(serverHeading?.id);

    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    const recoverable = await hydrateServerHtml(page(client, state));

    expect(recoverable).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
    // React adopted the server's nodes (a mismatch would have re-rendered them on the client),
    // and the useId-based label still points at the heading.
    const list = screen.getByRole('list', { name: 'Saved cards' });
    expect(list).toBe(serverList);
    expect(screen.getByRole('heading', { name: 'Saved cards' })).toBe(serverHeading);
    expect(list).not.toHaveAttribute('aria-busy');
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    // The parts the server leaves out (no style attribute in its HTML) arrive on hydration:
    // the live region, hidden from sight, and the toaster's region.
    const live = container.querySelector('[data-slot="live-region"]');
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live?.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    expect(screen.getByRole('region', { name: /^Notifications/ })).toBeInTheDocument();
    // The dehydrated data was fresh: hydration asked the backend nothing.
    expect(client.listCards).toHaveBeenCalledTimes(1);

    await userEvent.click(screen.getByRole('button', { name: 'Remove Visa ending in 4242' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove Visa ending in 4242?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove card' }));
    await waitFor(() =>
      expect(within(list).queryByText('Visa ending in 4242')).not.toBeInTheDocument(),
    );
    expect(client.deleteCard.mock.calls.map(([id]) => id)).toEqual(['card_visa']);
  });
});
