import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Notify, SavedCard, WalletNotification } from '../../src/index';
import { card, sampleCards } from '../helpers/cards';
import { createFakeBackend } from '../helpers/fake-backend';
import { renderWallet } from '../helpers/render-wallet';
import { confirmRemoval, findToast } from '../helpers/wallet-ui';

const MASTERCARD = 'Mastercard ending in 4444';

/**
 * A host toaster that never closes a toast by itself (as if the shopper kept hovering it): what
 * is open is what was shown and not yet closed through the close `notify` returned.
 */
function hostToaster() {
  const shown: WalletNotification[] = [];
  const open = new Map<string, WalletNotification>();
  const notify: Notify = (n) => {
    shown.push(n);
    open.set(n.id, n);
    return () => {
      if (open.get(n.id) === n) open.delete(n.id);
    };
  };
  const titles = () => [...open.values()].map((n) => n.title);
  /** The open notification with this title; its action is what the host's button would run. */
  const find = (title: string) => {
    const found = [...open.values()].find((n) => n.title === title);
    if (!found) throw new Error(`no open notification "${title}" in ${titles().join(', ')}`);
    return found;
  };
  return { notify, shown, open, titles, find };
}

const shownCards = () =>
  within(screen.getByRole('list', { name: 'Saved cards' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('[data-slot="card-label"]')?.textContent);

afterEach(() => {
  vi.useRealTimers();
});

describe('undo toast through a host notify (docs/browser-api.md, Notifications)', () => {
  const tick = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

  // A real click through the DOM: the remote-driven userEvent waits on the page's timers.
  async function press(button: HTMLElement) {
    await act(async () => button.click());
    await tick(0);
  }

  async function setup() {
    const backend = createFakeBackend(sampleCards());
    const host = hostToaster();
    renderWallet(backend, { undoMs: 5000, notify: host.notify });
    await screen.findByRole('button', { name: `Remove ${MASTERCARD}` });
    // Once loaded the clock is fake, so the deadline is checked to the millisecond.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await press(screen.getByRole('button', { name: `Remove ${MASTERCARD}` }));
    const dialog = screen.getByRole('alertdialog', { name: `Remove ${MASTERCARD}?` });
    await press(within(dialog).getByRole('button', { name: 'Remove card' }));
    const undo = host.find(`${MASTERCARD} removed`);
    return { backend, host, undo };
  }

  test('carries success, the undo window as its duration, no pausing, and Undo', async () => {
    const { host, undo } = await setup();
    expect(undo).toMatchObject({ tone: 'success', duration: 5000, pausable: false });
    expect(undo.action?.label).toBe('Undo');
    expect(host.shown).toHaveLength(1);
    // Nothing kit-made is on the page: the host shows every toast.
    expect(document.querySelector('[data-slot="toast"]')).toBeNull();
  });

  test('the kit closes it at the deadline, as the DELETE goes, though the host never would', async () => {
    const { backend, host } = await setup();
    await tick(4990);
    expect(host.titles()).toEqual([`${MASTERCARD} removed`]);
    expect(backend.count('DELETE')).toBe(0);
    await tick(20);
    expect(backend.count('DELETE')).toBe(1);
    expect(host.titles()).toEqual([]);
  });

  test('Undo closes it, brings the card back and sends nothing, then or later', async () => {
    const { backend, host, undo } = await setup();
    await tick(1000);
    await act(async () => undo.action?.onAction());
    expect(host.titles()).toEqual([]);
    expect(shownCards()).toContain(MASTERCARD);
    await tick(10_000);
    expect(backend.count('DELETE')).toBe(0);
  });

  test('a hidden page sends the DELETE and closes the toast', async () => {
    const { backend, host } = await setup();
    dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(backend.count('DELETE')).toBe(1);
    expect(host.titles()).toEqual([]);
  });

  test('a failure after the window is its own toast, with its own id', async () => {
    const { backend, host, undo } = await setup();
    backend.failNextDelete({ code: 'provider_error', status: 502 });
    await tick(5100);
    await vi.waitFor(() => expect(host.titles()).toEqual(["We couldn't remove the card."]));
    expect(host.find("We couldn't remove the card.").id).not.toBe(undo.id);
  });
});

describe('failure toast through a host notify', () => {
  test('an error, long enough to reach "Try again", pausable; closed once the retry succeeds', async () => {
    const backend = createFakeBackend(sampleCards());
    backend.failNextDelete({ code: 'provider_error', status: 502 });
    const host = hostToaster();
    renderWallet(backend, { notify: host.notify });
    await confirmRemoval(MASTERCARD);
    await waitFor(() => expect(host.titles()).toEqual(["We couldn't remove the card."]));
    const failure = host.find("We couldn't remove the card.");
    expect(failure).toMatchObject({
      tone: 'error',
      description: MASTERCARD,
      code: 'provider_error',
      duration: 10_000,
      pausable: true,
    });
    expect(failure.action?.label).toBe('Try again');
    // This host keeps a toast open when its action is pressed; the kit closes it on success.
    await act(async () => failure.action?.onAction());
    await waitFor(() => expect(backend.count('DELETE')).toBe(2));
    await waitFor(() => expect(host.titles()).toEqual([]));
    expect(shownCards()).not.toContain(MASTERCARD);
  });

  test('a retry that fails again replaces the toast in place; removing the card from the list closes it', async () => {
    const backend = createFakeBackend(sampleCards());
    backend.failNextDelete({ code: 'provider_error', status: 502 });
    backend.failNextDelete({ code: 'provider_error', status: 502 });
    const host = hostToaster();
    renderWallet(backend, { notify: host.notify });
    await confirmRemoval(MASTERCARD);
    await waitFor(() => expect(host.shown).toHaveLength(1));
    await act(async () => host.find("We couldn't remove the card.").action?.onAction());
    await waitFor(() => expect(host.shown).toHaveLength(2));
    expect(host.shown[1]?.id).toBe(host.shown[0]?.id);
    expect(host.titles()).toEqual(["We couldn't remove the card."]);
    await waitFor(() => expect(shownCards()).toContain(MASTERCARD));
    await confirmRemoval(MASTERCARD);
    await waitFor(() => expect(backend.count('DELETE')).toBe(3));
    await waitFor(() => expect(host.titles()).toEqual([]));
  });

  test('a failure nobody can retry stays a shorter while, still pausable', async () => {
    const backend = createFakeBackend(sampleCards());
    backend.failNextDelete({ code: 'card_in_use', status: 409 });
    const host = hostToaster();
    renderWallet(backend, { notify: host.notify });
    await confirmRemoval(MASTERCARD);
    await waitFor(() => expect(host.shown).toHaveLength(1));
    expect(host.shown[0]).toMatchObject({ tone: 'error', duration: 6000, pausable: true });
    expect(host.shown[0]?.action).toBeUndefined();
  });

  test('the bulk summary is closed once its retry removes every card', async () => {
    const old = { expiryMonth: 3, expiryYear: 2024, expired: true };
    const cards: SavedCard[] = [
      card({ id: 'visa', brand: 'visa', last4: '4242' }),
      card({ id: 'rupay', brand: 'rupay', last4: '1234', ...old }),
      card({ id: 'amex', brand: 'amex', last4: '0005', ...old }),
    ];
    const backend = createFakeBackend(cards);
    backend.failNextDelete('ok');
    backend.failNextDelete({ code: 'provider_error', status: 502 });
    const host = hostToaster();
    renderWallet(backend, { notify: host.notify });
    await userEvent.click(await screen.findByRole('button', { name: 'Remove 2 expired cards' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove 2 expired cards?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove cards' }));
    await waitFor(() => expect(host.titles()).toEqual(["1 card couldn't be removed."]));
    const summary = host.find("1 card couldn't be removed.");
    expect(summary).toMatchObject({ tone: 'error', duration: 10_000, pausable: true });
    await act(async () => summary.action?.onAction());
    await waitFor(() => expect(backend.count('DELETE')).toBe(3));
    await waitFor(() => expect(host.titles()).toEqual([]));
  });
});

test('a host notify that returns nothing still gets every notification', async () => {
  const backend = createFakeBackend(sampleCards());
  backend.failNextDelete({ code: 'provider_error', status: 502 });
  const shown: WalletNotification[] = [];
  renderWallet(backend, {
    notify: (n) => {
      shown.push(n);
    },
  });
  await confirmRemoval(MASTERCARD);
  await waitFor(() => expect(shown).toHaveLength(1));
  await act(async () => shown[0]?.action?.onAction());
  await waitFor(() => expect(backend.count('DELETE')).toBe(2));
  await waitFor(() => expect(shownCards()).not.toContain(MASTERCARD));
});

describe("the kit's own toaster keeps the same contract", () => {
  test('a failure toast closes once the card is removed after all, from the list', async () => {
    const backend = createFakeBackend(sampleCards());
    backend.failNextDelete({ code: 'provider_error', status: 502 });
    renderWallet(backend);
    await confirmRemoval(MASTERCARD);
    const toast = await findToast("We couldn't remove the card.");
    expect(toast).toHaveAttribute('data-tone', 'error');
    await waitFor(() => expect(shownCards()).toContain(MASTERCARD));
    await confirmRemoval(MASTERCARD);
    await waitFor(() => expect(backend.count('DELETE')).toBe(2));
    await waitFor(() => expect(toast).not.toBeInTheDocument());
    expect(shownCards()).not.toContain(MASTERCARD);
  });
});
