import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { type SavedCard, SavedCardList, useRemoveCard } from '../../src/index';
import { sampleCards } from '../helpers/cards';
import { createFakeBackend, type FakeBackend } from '../helpers/fake-backend';
import { renderWallet } from '../helpers/render-wallet';
import { confirmRemoval, findToast, liveRegion } from '../helpers/wallet-ui';

const NAMES = [
  'Visa ending in 4242',
  'Mastercard ending in 4444',
  'RuPay ending in 1234',
  'American Express ending in 0005',
] as const;

function shown(listName = 'Saved cards') {
  const lists = screen.getAllByRole('list', { name: listName });
  return lists.map((list) =>
    within(list)
      .queryAllByRole('listitem')
      .map((item) => NAMES.find((name) => item.textContent?.includes(name))),
  );
}

async function loaded(backend: FakeBackend) {
  await screen.findByRole('button', { name: `Remove ${NAMES[0]}` });
  return backend;
}

describe('optimistic removal (docs/removal-rules.md)', () => {
  test('the card leaves the list in the frame of the confirm, before the backend answers', async () => {
    const backend = createFakeBackend(sampleCards());
    backend.holdDeletes();
    renderWallet(backend);
    await loaded(backend);
    await userEvent.click(screen.getByRole('button', { name: `Remove ${NAMES[1]}` }));
    const confirm = await screen.findByRole('button', { name: 'Remove card' });
    let inSameFrame: boolean | undefined;
    confirm.addEventListener('click', () => {
      // Runs after React's handler: the next frame must already show the list without it.
      requestAnimationFrame(() => {
        inSameFrame = !document.body.textContent?.includes('Mastercard ending in 4444');
      });
    });
    await userEvent.click(confirm);
    await waitFor(() => expect(inSameFrame).toBeDefined());
    expect(inSameFrame).toBe(true);
    // The request itself leaves after the mutation's first await.
    await waitFor(() => expect(backend.count('DELETE')).toBe(1));
    expect(backend.requests.at(-1)?.url).toBe('/api/wallet/cards/card_mc');
    expect(backend.requests.at(-1)?.headers.get('X-Wallet-Client')).toBe('1');
    expect(shown()).toEqual([[NAMES[0], NAMES[2], NAMES[3]]]);
    await backend.answer('card_mc');
    expect(shown()).toEqual([[NAMES[0], NAMES[2], NAMES[3]]]);
  });

  test('success is announced politely and focus moves to the next card', async () => {
    const backend = createFakeBackend(sampleCards());
    renderWallet(backend);
    await loaded(backend);
    await confirmRemoval(NAMES[0]);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: `Remove ${NAMES[1]}` })).toHaveFocus(),
    );
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Visa ending in 4242 removed'));
  });

  test('removing the last card focuses the previous one; the only card, the heading', async () => {
    const backend = createFakeBackend(sampleCards().slice(0, 2));
    renderWallet(backend);
    await loaded(backend);
    await confirmRemoval(NAMES[1]);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: `Remove ${NAMES[0]}` })).toHaveFocus(),
    );
    await confirmRemoval(NAMES[0]);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Saved cards' })).toHaveFocus());
    expect(await screen.findByText('No saved cards')).toBeVisible();
  });

  test('a failure puts the card back in its place with a toast, and "Try again" removes it', async () => {
    const backend = createFakeBackend(sampleCards());
    backend.holdDeletes();
    renderWallet(backend);
    await loaded(backend);
    await confirmRemoval(NAMES[1]);
    const focused = document.activeElement;
    await backend.answer('card_mc', { code: 'provider_error', status: 502 });
    await waitFor(() => expect(shown()).toEqual([NAMES]));
    const toast = await findToast("We couldn't remove the card.");
    expect(toast).toHaveTextContent("We couldn't remove the card.");
    expect(toast).toHaveTextContent('Mastercard ending in 4444');
    // A rollback never steals focus.
    expect(document.activeElement).toBe(focused);
    await userEvent.click(within(toast).getByRole('button', { name: 'Try again' }));
    expect(shown()).toEqual([[NAMES[0], NAMES[2], NAMES[3]]]);
    await backend.answer('card_mc');
    await waitFor(() => expect(backend.cards.map((c) => c.id)).not.toContain('card_mc'));
    expect(shown()).toEqual([[NAMES[0], NAMES[2], NAMES[3]]]);
  });

  test('a double click on "Remove card" sends one request', async () => {
    const backend = createFakeBackend(sampleCards());
    backend.holdDeletes();
    renderWallet(backend);
    await loaded(backend);
    await userEvent.click(screen.getByRole('button', { name: `Remove ${NAMES[0]}` }));
    await userEvent.dblClick(await screen.findByRole('button', { name: 'Remove card' }));
    await new Promise((r) => setTimeout(r, 50));
    expect(backend.count('DELETE')).toBe(1);
    await backend.answer('card_visa');
  });

  test('removeCard called twice for one card while it is in flight sends one request', async () => {
    const backend = createFakeBackend(sampleCards());
    backend.holdDeletes();
    const card = sampleCards()[0] as SavedCard;
    // A headless host's handler that fires twice (a double tap, a retry loop).
    function EagerRemove() {
      const { removeCard } = useRemoveCard();
      return (
        <button
          type="button"
          onClick={() => {
            removeCard(card);
            removeCard(card);
          }}
        >
          Remove twice
        </button>
      );
    }
    renderWallet(backend, { ui: <EagerRemove /> });
    await userEvent.click(screen.getByRole('button', { name: 'Remove twice' }));
    await userEvent.click(screen.getByRole('button', { name: 'Remove twice' }));
    await waitFor(() => expect(backend.count('DELETE')).toBe(1));
    await new Promise((r) => setTimeout(r, 50));
    expect(backend.count('DELETE')).toBe(1);
    await backend.answer('card_visa');
  });

  test('three removals in flight, the middle one failing: only it comes back, then one refetch', async () => {
    const backend = createFakeBackend(sampleCards());
    backend.holdDeletes();
    renderWallet(backend);
    await loaded(backend);
    const getsBefore = backend.count('GET');
    await confirmRemoval(NAMES[0]);
    await confirmRemoval(NAMES[1]);
    await confirmRemoval(NAMES[2]);
    expect(shown()).toEqual([[NAMES[3]]]);
    await waitFor(() => expect(backend.count('DELETE')).toBe(3));

    await backend.answer('card_visa');
    expect(shown()).toEqual([[NAMES[3]]]);
    await backend.answer('card_mc', { code: 'provider_error', status: 502 });
    // Restored at its own index, the others still gone, and no refetch while one is in flight.
    await waitFor(() => expect(shown()).toEqual([[NAMES[1], NAMES[3]]]));
    expect(backend.count('GET')).toBe(getsBefore);

    await backend.answer('card_rupay');
    await waitFor(() => expect(backend.count('GET')).toBe(getsBefore + 1));
    await new Promise((r) => setTimeout(r, 50));
    expect(backend.count('GET')).toBe(getsBefore + 1);
    expect(shown()).toEqual([[NAMES[1], NAMES[3]]]);
  });

  test('a refetch asked for mid-flight does not bring the card back', async () => {
    const backend = createFakeBackend(sampleCards());
    backend.holdDeletes();
    const { queryClient } = renderWallet(backend);
    await loaded(backend);
    await confirmRemoval(NAMES[0]);
    await queryClient.refetchQueries();
    expect(shown()).toEqual([[NAMES[1], NAMES[2], NAMES[3]]]);
    await backend.answer('card_visa');
    await waitFor(() => expect(backend.count('GET')).toBe(2));
    expect(shown()).toEqual([[NAMES[1], NAMES[2], NAMES[3]]]);
  });

  test('card_not_found on delete counts as removed', async () => {
    const backend = createFakeBackend(sampleCards());
    backend.failNextDelete({ code: 'card_not_found', status: 404 });
    renderWallet(backend);
    await loaded(backend);
    await confirmRemoval(NAMES[3]);
    await waitFor(() =>
      expect(liveRegion()).toHaveTextContent('American Express ending in 0005 removed'),
    );
    expect(document.querySelector('[data-slot="toast"]')).toBeNull();
    expect(shown()).toEqual([[NAMES[0], NAMES[1], NAMES[2]]]);
  });

  test('a network failure restores the card and offers "Try again"', async () => {
    const backend = createFakeBackend(sampleCards());
    backend.failNextDelete('network');
    renderWallet(backend);
    await loaded(backend);
    await confirmRemoval(NAMES[0]);
    const toast = await findToast("You're offline or the connection failed.");
    await waitFor(() =>
      expect(within(toast).getByRole('button', { name: 'Try again' })).toBeVisible(),
    );
    await waitFor(() => expect(shown()).toEqual([NAMES]));
  });

  test('rate limited: the toast says how long to wait, with no "Try again"', async () => {
    const backend = createFakeBackend(sampleCards());
    backend.failNextDelete({ code: 'rate_limited', status: 429, retryAfter: '30' });
    renderWallet(backend);
    await loaded(backend);
    await confirmRemoval(NAMES[0]);
    const toast = await findToast('Too many attempts.');
    expect(toast).toHaveTextContent('Too many attempts. Try again in 30 seconds.');
    expect(within(toast).queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  test('a second mounted list sees the removal at once', async () => {
    const backend = createFakeBackend(sampleCards());
    backend.holdDeletes();
    renderWallet(backend, {
      ui: (
        <>
          <SavedCardList />
          <SavedCardList aria-label="Checkout" />
        </>
      ),
    });
    await waitFor(() => expect(shown()).toEqual([NAMES, NAMES]));
    await userEvent.click(
      screen.getAllByRole('button', { name: `Remove ${NAMES[2]}` })[0] as HTMLElement,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Remove card' }));
    const rest = [NAMES[0], NAMES[1], NAMES[3]];
    expect(shown()).toEqual([rest, rest]);
    expect(backend.count('GET')).toBe(1);
    await backend.answer('card_rupay');
    expect(shown()).toEqual([rest, rest]);
  });

  test('a removal in another tab of the origin reaches this one', async () => {
    const backend = createFakeBackend(sampleCards());
    renderWallet(backend);
    await loaded(backend);
    const otherTab = new BroadcastChannel('saved-card-kit');
    otherTab.postMessage({ type: 'card_removed', id: 'card_amex', tab: 'another-tab' });
    otherTab.close();
    await waitFor(() => expect(shown()).toEqual([[NAMES[0], NAMES[1], NAMES[2]]]));
  });
});
