import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { sampleCards } from '../helpers/cards';
import { createFakeBackend } from '../helpers/fake-backend';
import { renderWallet } from '../helpers/render-wallet';

const list = async () => {
  await waitFor(() =>
    expect(screen.getByRole('list', { name: 'Saved cards' })).not.toHaveAttribute('aria-busy'),
  );
  return screen.getByRole('list', { name: 'Saved cards' });
};
const items = () =>
  within(screen.getByRole('list', { name: 'Saved cards' })).queryAllByRole('listitem');

describe('SavedCardList: reading', () => {
  test('names every card with brand, last four, expiry, nickname and default badge', async () => {
    renderWallet(createFakeBackend(sampleCards()));
    const cards = within(await list()).getAllByRole('listitem');
    expect(cards).toHaveLength(4);
    expect(cards[0]).toHaveTextContent('Visa ending in 4242');
    expect(cards[0]).toHaveTextContent('Expires 07/31');
    expect(cards[0]).toHaveTextContent('Default');
    expect(cards[1]).toHaveTextContent('Work card');
    expect(cards[1]).toHaveTextContent('Mastercard ending in 4444');
    expect(cards[2]).toHaveTextContent('RuPay ending in 1234');
    expect(cards[2]).toHaveTextContent('Expired 07/24');
    expect(cards[3]).toHaveTextContent('American Express ending in 0005');
    expect(screen.getByRole('heading', { name: 'Saved cards' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Remove Visa ending in 4242' })).toBeVisible();
  });

  test('shows a busy skeleton while loading, then the cards', async () => {
    const backend = createFakeBackend(sampleCards());
    const release = backend.blockList();
    renderWallet(backend);
    const loading = await screen.findByRole('list', { name: 'Saved cards' });
    expect(loading).toHaveAttribute('aria-busy', 'true');
    expect(within(loading).queryByRole('button')).toBeNull();
    release();
    await waitFor(() => expect(items()).toHaveLength(4));
    expect(screen.getByRole('list', { name: 'Saved cards' })).not.toHaveAttribute('aria-busy');
  });

  test('says "No saved cards" when there are none', async () => {
    renderWallet(createFakeBackend([]));
    expect(await screen.findByText('No saved cards')).toBeVisible();
    expect(screen.queryByRole('list', { name: 'Saved cards' })).toBeNull();
  });

  test('a failed load says so and "Try again" loads the list', async () => {
    const backend = createFakeBackend(sampleCards());
    let fail = true;
    const flaky: typeof fetch = async (input, init) =>
      fail ? new Response('<html>Bad gateway</html>', { status: 502 }) : backend.fetch(input, init);
    const { createHttpWalletClient } = await import('../../src/index');
    renderWallet(backend, { client: createHttpWalletClient({ fetch: flaky }) });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "We couldn't load your saved cards.",
    );
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(items()).toHaveLength(4));
  });

  test('an expired session says to sign in again, with no retry', async () => {
    const backend = createFakeBackend([]);
    const { createHttpWalletClient } = await import('../../src/index');
    const expired: typeof fetch = async () =>
      new Response(JSON.stringify({ error: { code: 'unauthenticated', message: 'x' } }), {
        status: 401,
      });
    renderWallet(backend, { client: createHttpWalletClient({ fetch: expired }) });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your session has expired. Sign in again to manage your cards.',
    );
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});

describe('SavedCardList: the confirm dialog', () => {
  test('asks first, naming the card, with Cancel focused', async () => {
    renderWallet(createFakeBackend(sampleCards()));
    await list();
    await userEvent.click(screen.getByRole('button', { name: 'Remove Visa ending in 4242' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove Visa ending in 4242?' });
    // Visa is the default: the confirm names the card that takes its place.
    expect(dialog).toHaveAccessibleDescription(
      "Mastercard ending in 4444 will become your default card. This can't be undone.",
    );
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'Remove card' })).toBeVisible(),
    );
  });

  test('while it is open, a pointer over the list lands on the overlay, not on a card', async () => {
    const backend = createFakeBackend(sampleCards());
    renderWallet(backend);
    await list();
    const other = screen.getByRole('button', { name: 'Remove Mastercard ending in 4444' });
    await userEvent.click(screen.getByRole('button', { name: 'Remove Visa ending in 4242' }));
    await screen.findByRole('alertdialog');
    const box = other.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    expect(hit).toHaveAttribute('data-slot', 'dialog-overlay');
    expect(screen.getByRole('alertdialog')).toHaveAccessibleName('Remove Visa ending in 4242?');
    expect(backend.count('DELETE')).toBe(0);
  });

  test('Cancel closes, sends nothing and returns focus to the remove button', async () => {
    const backend = createFakeBackend(sampleCards());
    renderWallet(backend);
    await list();
    const opener = screen.getByRole('button', { name: 'Remove Mastercard ending in 4444' });
    await userEvent.click(opener);
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(opener).toHaveFocus();
    expect(items()).toHaveLength(4);
    expect(backend.count('DELETE')).toBe(0);
  });

  test('Escape closes too, returning focus, with the keyboard only', async () => {
    const backend = createFakeBackend(sampleCards());
    renderWallet(backend);
    await list();
    const opener = screen.getByRole('button', { name: 'Remove Visa ending in 4242' });
    opener.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('alertdialog')).toBeVisible());
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(opener).toHaveFocus();
    expect(backend.count('DELETE')).toBe(0);
  });
});
