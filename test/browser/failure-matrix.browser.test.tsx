import { onlineManager } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { sampleCards } from '../helpers/cards';
import { createFakeBackend, errorAnswer } from '../helpers/fake-backend';
import { renderWallet } from '../helpers/render-wallet';
import { confirmRemoval, findToast } from '../helpers/wallet-ui';

const VISA = 'Visa ending in 4242';
const NAMES = [
  'Visa ending in 4242',
  'Mastercard ending in 4444',
  'RuPay ending in 1234',
  'American Express ending in 0005',
];

function shown() {
  const list = screen.queryByRole('list', { name: 'Saved cards' });
  if (!list) return [];
  return within(list)
    .queryAllByRole('listitem')
    .map((item) => NAMES.find((name) => item.textContent?.includes(name)));
}

afterEach(() => onlineManager.setOnline(true));

describe('failure matrix (real Chromium)', () => {
  test('offline at confirm: the card comes back with a network_error toast and "Try again" (removals are not queued)', async () => {
    const backend = createFakeBackend(sampleCards());
    renderWallet(backend);
    await screen.findByRole('button', { name: `Remove ${VISA}` });
    onlineManager.setOnline(false);
    backend.failNextDelete('network');
    await confirmRemoval(VISA);
    const toast = await findToast("You're offline or the connection failed.");
    expect(within(toast).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    await waitFor(() => expect(shown()).toEqual(NAMES));
    // Sent at once, not held until the browser is online again.
    expect(backend.count('DELETE')).toBe(1);
  });

  test('unmounting while the list loads aborts its request, with no error shown', async () => {
    const backend = createFakeBackend(sampleCards());
    backend.blockList();
    const { unmount } = renderWallet(backend);
    await waitFor(() => expect(backend.count('GET')).toBe(1));
    unmount();
    await waitFor(() => expect(backend.requests[0]?.signal?.aborted).toBe(true));
    expect(document.querySelector('[data-slot="toast"]')).toBeNull();
  });

  test('a removal already confirmed still completes after its list unmounts', async () => {
    const backend = createFakeBackend(sampleCards());
    backend.holdDeletes();
    const { unmount } = renderWallet(backend);
    await confirmRemoval(VISA);
    unmount();
    await backend.answer('card_visa');
    expect(backend.cards.map((c) => c.id)).not.toContain('card_visa');
    expect(backend.requests.find((r) => r.method === 'DELETE')?.signal?.aborted).not.toBe(true);
  });

  test('session expired (401) on a removal: the toast says so, then the list shows the signed-out state', async () => {
    const backend = createFakeBackend(sampleCards());
    renderWallet(backend);
    backend.nextDelete(errorAnswer('unauthenticated', 401));
    backend.nextList(errorAnswer('unauthenticated', 401));
    await confirmRemoval(VISA);
    await findToast('Your session has expired. Sign in again to manage your cards.');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your session has expired.');
    expect(screen.queryByRole('button', { name: `Remove ${VISA}` })).toBeNull();
    expect(document.body.textContent).not.toContain('secret detail');
  });

  test('429 with Retry-After: a countdown, and every remove button of the list waits it out', async () => {
    const backend = createFakeBackend(sampleCards());
    renderWallet(backend);
    backend.nextDelete(errorAnswer('rate_limited', 429, { 'Retry-After': '3' }));
    await confirmRemoval(VISA);
    await findToast('Too many attempts. Try again in 3 seconds.');
    const countdown = await screen.findByText(/Too many attempts\. Try again in [23] seconds\./, {
      selector: '[data-slot="cooldown"]',
    });
    for (const name of NAMES) {
      expect(screen.getByRole('button', { name: `Remove ${name}` })).toHaveAttribute(
        'aria-disabled',
        'true',
      );
    }
    // force: Playwright would otherwise wait for an aria-disabled button to become enabled.
    await userEvent.click(screen.getByRole('button', { name: `Remove ${NAMES[1]}` }), {
      force: true,
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(countdown).toHaveTextContent('Try again in 1 second.'), {
      timeout: 3_000,
    });
    await waitFor(
      () =>
        expect(
          screen.queryByText(/Too many attempts/, { selector: '[data-slot="cooldown"]' }),
        ).toBeNull(),
      {
        timeout: 3_000,
      },
    );
    expect(screen.getByRole('button', { name: `Remove ${VISA}` })).not.toHaveAttribute(
      'aria-disabled',
    );
    await confirmRemoval(VISA);
    await waitFor(() => expect(backend.cards.map((c) => c.id)).not.toContain('card_visa'));
    expect(backend.count('DELETE')).toBe(2);
  });

  test.each([
    ['an HTML page', () => new Response('<!doctype html><title>Login</title>', { status: 200 })],
    ['an empty body', () => new Response('', { status: 200 })],
    ['a 200 of the wrong shape', () => Response.json({ items: [] })],
  ])('the list answered with %s shows "couldn\'t load" with Try again', async (_name, answer) => {
    const backend = createFakeBackend(sampleCards());
    backend.nextList(answer);
    renderWallet(backend);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("We couldn't load your saved cards.");
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(shown()).toEqual(NAMES));
  });

  test.each([
    ['an HTML page', () => new Response('<html>502</html>', { status: 502 })],
    ['an empty body', () => new Response('', { status: 200 })],
    ['a 200 of the wrong shape', () => Response.json({ ok: true })],
  ])(
    'a removal answered with %s restores the card and says "Something went wrong."',
    async (_name, answer) => {
      const backend = createFakeBackend(sampleCards());
      renderWallet(backend);
      backend.nextDelete(answer);
      await confirmRemoval(VISA);
      const toast = await findToast('Something went wrong.');
      expect(within(toast).queryByRole('button', { name: 'Try again' })).toBeNull();
      await waitFor(() => expect(shown()).toEqual(NAMES));
    },
  );

  test('a slow list shows a busy skeleton the size of the cards: no layout jump when they land', async () => {
    const backend = createFakeBackend(sampleCards().slice(3));
    const release = backend.blockList();
    renderWallet(backend);
    const skeletonList = await screen.findByRole('list', { name: 'Saved cards' });
    expect(skeletonList).toHaveAttribute('aria-busy', 'true');
    const skeletonRow = skeletonList.querySelector('li') as HTMLElement;
    const skeletonHeight = skeletonRow.getBoundingClientRect().height;
    const top = skeletonRow.getBoundingClientRect().top;
    release();
    const row = await screen.findByRole('listitem');
    expect(Math.abs(row.getBoundingClientRect().height - skeletonHeight)).toBeLessThanOrEqual(1);
    expect(row.getBoundingClientRect().top).toBe(top);
  });

  test('"Try again" in the toast retries the removal, and it succeeds', async () => {
    const backend = createFakeBackend(sampleCards());
    renderWallet(backend);
    backend.failNextDelete({ code: 'provider_error', status: 502 });
    await confirmRemoval(VISA);
    const toast = await findToast("We couldn't remove the card.");
    await userEvent.click(within(toast).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(backend.cards.map((c) => c.id)).not.toContain('card_visa'));
    expect(shown()).toEqual(NAMES.slice(1));
    expect(backend.count('DELETE')).toBe(2);
  });
});
