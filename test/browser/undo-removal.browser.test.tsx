import { act, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { cdp } from 'vitest/browser';
import { createHttpWalletClient } from '../../src/index';
import { sampleCards } from '../helpers/cards';
import { createFakeBackend } from '../helpers/fake-backend';
import { renderWallet } from '../helpers/render-wallet';
import { liveRegion } from '../helpers/wallet-ui';

const VISA = 'Visa ending in 4242';
const MASTERCARD = 'Mastercard ending in 4444';

// The toast's entry animation runs on the real clock while the page's timers are fake: under
// load it could still be at opacity 0 when a test looks. Reduced motion shows it at once.
beforeAll(async () => {
  await cdp().send('Emulation.setEmulatedMedia', {
    features: [{ name: 'prefers-reduced-motion', value: 'reduce' }],
  });
});
afterAll(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

afterEach(() => {
  vi.useRealTimers();
});

const tick = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

// A real click through the DOM: the page's timers are fake, which the remote-driven userEvent
// waits on. Then React and react-query get to run.
async function press(button: HTMLElement) {
  await act(async () => button.click());
  await tick(0);
}

const shown = () =>
  within(screen.getByRole('list', { name: 'Saved cards' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('[data-slot="card-label"]')?.textContent);

const undoToast = () =>
  [...document.querySelectorAll<HTMLElement>('[data-slot="toast"]')].find((toast) =>
    toast.textContent?.includes(`${MASTERCARD} removed`),
  );

/** Renders with a 5 s undo window; DELETEs are recorded with their `keepalive`. */
async function setup() {
  const backend = createFakeBackend(sampleCards());
  const keepalive: Array<boolean | undefined> = [];
  const client = createHttpWalletClient({
    fetch: (input, init) => {
      if (init?.method === 'DELETE') keepalive.push(init.keepalive);
      return backend.fetch(input, init);
    },
  });
  const { unmount } = renderWallet(backend, { client, undoMs: 5000 });
  await screen.findByRole('button', { name: `Remove ${MASTERCARD}` });
  // Once loaded, timers and the clock are fake: no real 5-second waits. Playwright's clicks
  // don't need page timers; react-query's notifications ride on `tick`.
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
  return { backend, keepalive, unmount };
}

async function confirmHeld() {
  await press(screen.getByRole('button', { name: `Remove ${MASTERCARD}` }));
  const dialog = await screen.getByRole('alertdialog', { name: `Remove ${MASTERCARD}?` });
  expect(dialog).toHaveAccessibleDescription('You can undo this for 5 seconds.');
  await press(within(dialog).getByRole('button', { name: 'Remove card' }));
}

describe('undo window (docs/removal-rules.md rule 8)', () => {
  test('confirm hides the card, the toast offers Undo with a countdown, and no DELETE is sent', async () => {
    const { backend } = await setup();
    await confirmHeld();
    expect(shown()).not.toContain(MASTERCARD);
    await tick(100);
    const toast = undoToast() as HTMLElement;
    expect(toast).toHaveTextContent(`${MASTERCARD} removed`);
    expect(within(toast).getByRole('button', { name: 'Undo' })).toBeVisible();
    expect(within(toast).getByText('5 s left')).toBeVisible();
    // Said once, by the toast: the kit's live region stays quiet, the ticks are not live.
    expect(toast).toHaveAttribute('aria-live', 'off');
    expect(liveRegion()).toHaveTextContent('');
    await tick(3000);
    expect(within(toast).getByText('2 s left')).toBeVisible();
    expect(backend.count('DELETE')).toBe(0);
  });

  test('Undo puts the card back at its place and nothing is ever sent', async () => {
    const { backend } = await setup();
    const before = shown();
    await confirmHeld();
    await tick(2000);
    const undo = within(undoToast() as HTMLElement).getByRole('button', { name: 'Undo' });
    await press(undo);
    expect(shown()).toEqual(before);
    expect(undoToast()).toBeUndefined();
    await tick(20_000);
    expect(backend.count('DELETE')).toBe(0);
    expect(shown()).toEqual(before);
  });

  test('when the window runs out the DELETE goes exactly once and the toast closes', async () => {
    const { backend, keepalive } = await setup();
    await confirmHeld();
    const gets = backend.count('GET');
    await tick(4900);
    expect(backend.count('DELETE')).toBe(0);
    await tick(200);
    expect(backend.count('DELETE')).toBe(1);
    expect(keepalive).toEqual([false]);
    expect(undoToast()).toBeUndefined();
    await tick(20_000);
    expect(backend.count('DELETE')).toBe(1);
    expect(backend.cards.map((c) => c.id)).not.toContain('card_mc');
    // One refetch after it settles, and the card stays gone.
    expect(backend.count('GET')).toBe(gets + 1);
    expect(shown()).not.toContain(MASTERCARD);
  });

  test('the tab going hidden sends the held DELETE at once with keepalive, once', async () => {
    const { backend, keepalive } = await setup();
    await confirmHeld();
    await tick(1000);
    const state = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    state.mockRestore();
    expect(backend.count('DELETE')).toBe(1);
    expect(keepalive).toEqual([true]);
    await tick(10_000);
    expect(backend.count('DELETE')).toBe(1);
    expect(undoToast()).toBeUndefined();
  });

  test('a page closed after the wallet unmounted still sends the held DELETE at once with keepalive', async () => {
    const { backend, keepalive, unmount } = await setup();
    await confirmHeld();
    unmount();
    await tick(1000);
    expect(backend.count('DELETE')).toBe(0);
    dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(backend.count('DELETE')).toBe(1);
    expect(keepalive).toEqual([true]);
    await tick(10_000);
    expect(backend.count('DELETE')).toBe(1);
  });

  test('pagehide sends every held DELETE with keepalive; a later Undo can no longer bring one back', async () => {
    const { backend, keepalive } = await setup();
    await confirmHeld();
    await press(screen.getByRole('button', { name: `Remove ${VISA}` }));
    await press(
      within(await screen.getByRole('alertdialog')).getByRole('button', { name: 'Remove card' }),
    );
    expect(backend.count('DELETE')).toBe(0);
    dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(backend.count('DELETE')).toBe(2);
    expect(keepalive).toEqual([true, true]);
    await tick(10_000);
    expect(backend.count('DELETE')).toBe(2);
    expect(shown()).not.toContain(MASTERCARD);
    expect(shown()).not.toContain(VISA);
  });

  test('a second confirm of a held card sends nothing more; a failure after the window restores it with "Try again"', async () => {
    const { backend } = await setup();
    await confirmHeld();
    backend.failNextDelete({ code: 'provider_error', status: 502 });
    await tick(5000);
    expect(backend.count('DELETE')).toBe(1);
    await tick(100);
    expect(shown()[1]).toBe(MASTERCARD);
    const toast = [...document.querySelectorAll<HTMLElement>('[data-slot="toast"]')].find((t) =>
      t.textContent?.includes("We couldn't remove the card."),
    ) as HTMLElement;
    expect(toast).toHaveTextContent(MASTERCARD);
    // "Try again" sends at once: the shopper already confirmed and waited once.
    await press(within(toast).getByRole('button', { name: 'Try again' }));
    await tick(50);
    expect(backend.count('DELETE')).toBe(2);
    await tick(100);
    expect(shown()).not.toContain(MASTERCARD);
  });
});
