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
import * as React from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
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

type ActGlobal = typeof globalThis & { IS_REACT_ACT_ENVIRONMENT?: boolean };

// React 18.3.0 (the lowest the kit supports) names act only `unstable_act`; 18.3.1 added `act`.
// Testing Library's act would go through react-dom/test-utils, which warns on 18.3.
const act: typeof React.act =
  React.act ?? (React as unknown as { unstable_act: typeof React.act }).unstable_act;

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

let root: Root | null = null;
let container: HTMLElement | null = null;
afterEach(async () => {
  await act(async () => root?.unmount());
  container?.remove();
  root = null;
  container = null;
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

    container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const serverList = container.querySelector('ul');
    const serverHeading = container.querySelector('h2');
    expect(serverList?.getAttribute('aria-labelledby')).toBe(serverHeading?.id);

    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    const recoverable: unknown[] = [];
    // Hydration is the code under test; wrapping it in act() flushes its effects too.
    const actGlobal = globalThis as ActGlobal;
    const wasAct = actGlobal.IS_REACT_ACT_ENVIRONMENT;
    actGlobal.IS_REACT_ACT_ENVIRONMENT = true;
    await act(async () => {
      root = hydrateRoot(container as HTMLElement, page(client, state), {
        onRecoverableError: (error) => recoverable.push(error),
      });
    });
    actGlobal.IS_REACT_ACT_ENVIRONMENT = wasAct;

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
