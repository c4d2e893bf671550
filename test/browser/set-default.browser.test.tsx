import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createHttpWalletClient, WalletProvider } from '../../src/index';
import { deActionMessages } from '../../src/locales/actions/de';
import { deMessages } from '../../src/locales/de';
import { WalletCardList } from '../../src/wallet/index';
import { card, sampleCards } from '../helpers/cards';
import { createFakeBackend, type DeleteOutcome } from '../helpers/fake-backend';
import { renderWallet, testQueryClient } from '../helpers/render-wallet';
import { findToast, liveRegion } from '../helpers/wallet-ui';

// Setting the default card in the list (docs/browser-api.md "The default card"), in Chromium
// against the fake backend over the kit's HTTP client.

const VISA = 'Visa ending in 4242';
const MC = 'Mastercard ending in 4444';
const RUPAY = 'RuPay ending in 1234';
const AMEX = 'American Express ending in 0005';
const NAMES = [VISA, MC, RUPAY, AMEX];

/** The card whose row shows the Default badge now (undefined: none). */
function defaultShown(): string | undefined {
  const rows = within(screen.getByRole('list', { name: 'Saved cards' })).getAllByRole('listitem');
  const badged = rows.filter((row) => row.querySelector('[data-slot="default-badge"]'));
  expect(badged.length).toBeLessThanOrEqual(1);
  return NAMES.find((name) => badged[0]?.textContent?.includes(name));
}

const makeDefault = (name: string) =>
  screen.queryByRole('button', { name: `Make default: ${name}` });

/** A PUT answer the test releases by hand. */
function held() {
  let release: (outcome: DeleteOutcome) => void = () => {};
  const answer = new Promise<DeleteOutcome>((resolve) => {
    release = resolve;
  });
  return { answer, release };
}

async function loaded() {
  await screen.findByRole('button', { name: `Remove ${VISA}` });
}

describe('setting the default card', () => {
  test('"Make default" is offered on each card that is not the default, expired or locked', async () => {
    const cards = sampleCards();
    cards.push(
      card({ id: 'card_locked', brand: 'mastercard', last4: '9999', locked: 'subscription' }),
    );
    renderWallet(createFakeBackend(cards), { ui: <WalletCardList canSetDefault /> });
    await loaded();
    expect(makeDefault(MC)).toHaveTextContent('Make default');
    expect(makeDefault(AMEX)).toBeVisible();
    expect(makeDefault(VISA)).toBeNull();
    expect(makeDefault(RUPAY)).toBeNull();
    expect(makeDefault('Mastercard ending in 9999')).toBeNull();
  });

  test('the badge moves at the click, one PUT with the CSRF header, focus stays on the row, success is announced', async () => {
    const backend = createFakeBackend(sampleCards());
    const put = held();
    backend.nextSetDefault(put.answer);
    renderWallet(backend, { ui: <WalletCardList canSetDefault /> });
    await loaded();
    expect(defaultShown()).toBe(VISA);
    await userEvent.click(makeDefault(MC) as HTMLElement);
    // Optimistic: before the server answered.
    expect(defaultShown()).toBe(MC);
    expect(makeDefault(MC)).toBeNull();
    expect(makeDefault(VISA)).toBeVisible();
    expect(screen.getByRole('button', { name: `Remove ${MC}` })).toHaveFocus();
    const sent = backend.requests.filter((r) => r.method === 'PUT');
    expect(sent.map((r) => r.url)).toEqual(['/api/wallet/cards/card_mc/default']);
    expect(sent[0]?.headers.get('X-Wallet-Client')).toBe('1');
    put.release('ok');
    await waitFor(() => expect(liveRegion()).toHaveTextContent(`${MC} is now your default card`));
    expect(defaultShown()).toBe(MC);
    expect(backend.cards.find((c) => c.isDefault)?.id).toBe('card_mc');
    expect(screen.getByRole('button', { name: `Remove ${MC}` })).toHaveFocus();
  });

  test('a failure moves the badge back in place with a failure toast; "Try again" sends the PUT again', async () => {
    const backend = createFakeBackend(sampleCards());
    const put = held();
    backend.nextSetDefault(put.answer);
    renderWallet(backend, { ui: <WalletCardList canSetDefault /> });
    await loaded();
    await userEvent.click(makeDefault(AMEX) as HTMLElement);
    expect(defaultShown()).toBe(AMEX);
    put.release('network');
    const toast = await findToast("We couldn't change your default card.");
    expect(toast).toHaveTextContent(AMEX);
    expect(toast).toHaveTextContent("You're offline or the connection failed.");
    expect(defaultShown()).toBe(VISA);
    expect(makeDefault(AMEX)).toBeVisible();
    expect(screen.getByRole('button', { name: `Remove ${AMEX}` })).toHaveFocus();
    expect(liveRegion()).not.toHaveTextContent('is now your default card');
    await userEvent.click(within(toast).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(defaultShown()).toBe(AMEX));
    expect(backend.requests.filter((r) => r.method === 'PUT')).toHaveLength(2);
    await waitFor(() => expect(liveRegion()).toHaveTextContent(`${AMEX} is now your default card`));
  });

  test('409 card_expired says so and offers no "Try again"', async () => {
    const backend = createFakeBackend(sampleCards());
    backend.nextSetDefault({ code: 'card_expired', status: 409 });
    renderWallet(backend, { ui: <WalletCardList canSetDefault /> });
    await loaded();
    await userEvent.click(makeDefault(MC) as HTMLElement);
    const toast = await findToast("We couldn't change your default card.");
    expect(toast).toHaveTextContent("This card has expired, so it can't be your default card.");
    expect(within(toast).queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(defaultShown()).toBe(VISA);
  });

  test('removing the default card: the confirm names the next default, and the badge moves to it', async () => {
    const backend = createFakeBackend(sampleCards());
    renderWallet(backend, { ui: <WalletCardList canSetDefault /> });
    await loaded();
    await userEvent.click(screen.getByRole('button', { name: `Remove ${VISA}` }));
    const dialog = await screen.findByRole('alertdialog', { name: `Remove ${VISA}?` });
    expect(dialog).toHaveAccessibleDescription(
      `${MC} will become your default card. This can't be undone.`,
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove card' }));
    await waitFor(() => expect(defaultShown()).toBe(MC));
    // A card that is not the default names none.
    await userEvent.click(screen.getByRole('button', { name: `Remove ${AMEX}` }));
    const next = await screen.findByRole('alertdialog', { name: `Remove ${AMEX}?` });
    expect(next).toHaveAccessibleDescription("This can't be undone.");
  });

  test('a client without setDefaultCard offers no "Make default"', async () => {
    const backend = createFakeBackend(sampleCards());
    const { setDefaultCard: _, ...client } = createHttpWalletClient({ fetch: backend.fetch });
    render(
      <WalletProvider client={client} queryClient={testQueryClient()}>
        <WalletCardList canSetDefault />
      </WalletProvider>,
    );
    await loaded();
    expect(screen.queryByRole('button', { name: /^Make default/ })).toBeNull();
  });

  test('off unless the list asks for it: a backend without the PUT route shows no "Make default"', async () => {
    renderWallet(createFakeBackend(sampleCards()));
    await loaded();
    expect(screen.queryByRole('button', { name: /^Make default/ })).toBeNull();
  });

  test("in the shopper's language: the button, the announcement and the confirm", async () => {
    const backend = createFakeBackend(sampleCards());
    renderWallet(backend, {
      locale: 'de',
      messages: { ...deMessages, ...deActionMessages },
      ui: <WalletCardList canSetDefault />,
    });
    const mc = 'Mastercard mit Endziffern 4444';
    const button = await screen.findByRole('button', {
      name: deActionMessages.makeDefaultButton(mc),
    });
    expect(button).toHaveTextContent(deActionMessages.makeDefault);
    await userEvent.click(button);
    await waitFor(() => expect(liveRegion()).toHaveTextContent(deActionMessages.defaultSet(mc)));
  });

  test('a default set in another tab of the origin moves the badge here, and one set here is told to the others', async () => {
    const backend = createFakeBackend(sampleCards());
    renderWallet(backend, { ui: <WalletCardList canSetDefault /> });
    await loaded();
    expect(defaultShown()).toBe(VISA);
    const otherTab = new BroadcastChannel('saved-card-kit');
    const heard: unknown[] = [];
    otherTab.onmessage = (event) => heard.push(event.data);
    try {
      // The other tab's PUT reached the server; then it tells this tab, which refetches too.
      await backend.fetch('/api/wallet/cards/card_amex/default', { method: 'PUT' });
      otherTab.postMessage({ type: 'card_default_set', id: 'card_amex', tab: 'another-tab' });
      await waitFor(() => expect(defaultShown()).toBe(AMEX));
      // Here, once the server agreed, the other tabs hear of it.
      await userEvent.click(makeDefault(MC) as HTMLElement);
      await waitFor(() =>
        expect(heard).toEqual([
          expect.objectContaining({ type: 'card_default_set', id: 'card_mc' }),
        ]),
      );
      expect(defaultShown()).toBe(MC);
    } finally {
      otherTab.close();
    }
  });
});
