// @vitest-environment node
// ISSUE 6 item 3: server rendering the way a Next.js page does it. The server prefetches the
// list into its own QueryClient and dehydrates it; the markup is rendered inside a
// HydrationBoundary, so the first HTML already holds the cards: no skeleton, no aria-busy.
import {
  type DehydratedState,
  dehydrate,
  HydrationBoundary,
  QueryClient,
} from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import {
  cardsQueryOptions,
  SavedCardList,
  type WalletClient,
  WalletProvider,
} from '../../src/index';
import { sampleCards } from '../helpers/cards';

function stubClient(): WalletClient {
  return { listCards: vi.fn(async () => sampleCards()), deleteCard: vi.fn(async () => {}) };
}

/** What runs per request on the server: prefetch, then dehydrate (JSON, as it travels). */
async function prefetch(client: WalletClient): Promise<DehydratedState> {
  const queryClient = new QueryClient();
  await queryClient.prefetchQuery(cardsQueryOptions(client, queryClient));
  return JSON.parse(JSON.stringify(dehydrate(queryClient)));
}

function page(client: WalletClient, state: DehydratedState | null, children?: ReactNode) {
  const queryClient = new QueryClient();
  return (
    <WalletProvider client={client} queryClient={queryClient} locale="en-US">
      <HydrationBoundary state={state}>{children ?? <SavedCardList />}</HydrationBoundary>
    </WalletProvider>
  );
}

describe('SSR: renderToString with prefetched cards', () => {
  test('runs with no DOM at all', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  test('the first HTML lists every card, with no loading skeleton', async () => {
    const client = stubClient();
    const state = await prefetch(client);
    const html = renderToString(page(client, state));

    for (const name of [
      'Visa ending in 4242',
      'Mastercard ending in 4444',
      'RuPay ending in 1234',
      'American Express ending in 0005',
    ]) {
      expect(html).toContain(name);
    }
    expect(html).toContain('Expires 07/31');
    expect(html).toContain('Remove Visa ending in 4242');
    expect(html).not.toContain('aria-busy');
    expect(html).not.toContain('data-slot="skeleton"');
    // Only the prefetch asked the backend; rendering did not fetch again.
    expect(client.listCards).toHaveBeenCalledTimes(1);
  });

  test('the list is labelled by its heading through a useId id present in the markup', async () => {
    const client = stubClient();
    const html = renderToString(page(client, await prefetch(client)));
    const labelledBy = html.match(/<ul[^>]*aria-labelledby="([^"]+)"/)?.[1];
    expect(labelledBy).toBeTruthy();
    expect(html).toMatch(new RegExp(`<h2[^>]*id="${labelledBy}"[^>]*>Saved cards</h2>`));
  });

  test('without a prefetch the server renders the skeleton (so the test above means something)', () => {
    const client = stubClient();
    const html = renderToString(page(client, null));
    expect(html).toContain('aria-busy="true"');
    expect(html).not.toContain('Visa ending in 4242');
    expect(client.listCards).not.toHaveBeenCalled();
  });

  // A style="…" attribute in server HTML is inline style: a strict CSP (style-src without
  // 'unsafe-inline') blocks it, and hydration would never put it back.
  test('the server HTML has no style attribute, with or without a prefetch', async () => {
    const client = stubClient();
    const withCards = renderToString(page(client, await prefetch(client)));
    const skeleton = renderToString(page(client, null));
    expect(withCards).toContain('Visa ending in 4242');
    expect(skeleton).toContain('aria-busy="true"');
    for (const html of [withCards, skeleton]) {
      expect(html.match(/<[^>]*\sstyle=[^>]*>/g) ?? []).toEqual([]);
    }
  });

  test('an empty prefetched list renders the empty state, not the skeleton', async () => {
    const client: WalletClient = { listCards: async () => [], deleteCard: async () => {} };
    const html = renderToString(page(client, await prefetch(client)));
    expect(html).toContain('No saved cards');
    expect(html).not.toContain('aria-busy');
  });
});
