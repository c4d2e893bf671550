import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { type CardLockReason, type SavedCard, SavedCardList, useRemoveCard } from '../../src/index';
import { card, sampleCards } from '../helpers/cards';
import { createFakeBackend } from '../helpers/fake-backend';
import { renderWallet } from '../helpers/render-wallet';
import { confirmRemoval, findToast, liveRegion } from '../helpers/wallet-ui';

const VISA = 'Visa ending in 4242';
const MASTERCARD = 'Mastercard ending in 4444';

const REASONS: Array<[CardLockReason, string]> = [
  ['subscription', 'Used for a subscription'],
  ['pending_payment', 'Used for a payment in progress'],
  ['last_card', 'Keep at least one card on file'],
  ['other', "Can't be removed right now"],
];

/** The sample cards with the Mastercard locked for `reason`. */
function withLockedMastercard(reason: CardLockReason): SavedCard[] {
  return sampleCards().map((c) => (c.id === 'card_mc' ? { ...c, locked: reason } : c));
}

function rowOf(name: string): HTMLElement {
  const row = screen
    .getAllByRole('listitem')
    .find((item) => within(item).queryByText(name) !== null);
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

const shown = () =>
  within(screen.getByRole('list', { name: 'Saved cards' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('[data-slot="card-label"]')?.textContent);

describe('locked cards (docs/browser-api.md, docs/removal-rules.md rule 10)', () => {
  test.each(REASONS)(
    '%s: the row says "%s" and its remove button is described by it',
    async (reason, text) => {
      const backend = createFakeBackend(withLockedMastercard(reason));
      renderWallet(backend);
      const button = await screen.findByRole('button', { name: `Remove ${MASTERCARD}` });
      expect(rowOf(MASTERCARD)).toHaveTextContent(text);
      expect(within(rowOf(MASTERCARD)).getByText(text)).toBeVisible();
      expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(button).toHaveAccessibleDescription(text);
      // The unlocked cards are untouched.
      const visa = screen.getByRole('button', { name: `Remove ${VISA}` });
      expect(visa).not.toHaveAttribute('aria-disabled');
      expect(visa).not.toHaveAccessibleDescription();
      expect(rowOf(VISA)).not.toHaveTextContent(text);
    },
  );

  test('activating a locked card’s remove button (mouse, Enter, Space) opens nothing and sends nothing', async () => {
    const backend = createFakeBackend(withLockedMastercard('subscription'));
    renderWallet(backend);
    const button = await screen.findByRole('button', { name: `Remove ${MASTERCARD}` });
    // Playwright treats aria-disabled as not clickable; a person's click still lands.
    await userEvent.click(button, { force: true });
    // Still focusable, so a keyboard user can reach it and hear the reason.
    button.focus();
    expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(backend.count('DELETE')).toBe(0);
    expect(shown()).toHaveLength(4);
    // Another card still opens its confirm.
    await confirmRemoval(VISA);
    await waitFor(() => expect(backend.count('DELETE')).toBe(1));
  });

  test('with onReplaceCard, "Replace Mastercard ending in 4444" hands the card to the host', async () => {
    const onReplaceCard = vi.fn();
    const backend = createFakeBackend(withLockedMastercard('last_card'));
    renderWallet(backend, { ui: <SavedCardList onReplaceCard={onReplaceCard} /> });
    const replace = await screen.findByRole('button', { name: `Replace ${MASTERCARD}` });
    expect(replace).toHaveTextContent('Replace');
    expect(within(rowOf(MASTERCARD)).getByRole('button', { name: `Replace ${MASTERCARD}` })).toBe(
      replace,
    );
    // Only the locked card offers it.
    expect(screen.getAllByRole('button', { name: /^Replace / })).toHaveLength(1);
    await userEvent.click(replace);
    expect(onReplaceCard).toHaveBeenCalledTimes(1);
    expect(onReplaceCard).toHaveBeenCalledWith(expect.objectContaining({ id: 'card_mc' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(backend.count('DELETE')).toBe(0);
  });

  test('without onReplaceCard a locked card offers no replace button', async () => {
    renderWallet(createFakeBackend(withLockedMastercard('subscription')));
    await screen.findByRole('button', { name: `Remove ${MASTERCARD}` });
    expect(screen.queryByRole('button', { name: /^Replace / })).toBeNull();
  });

  test('a 409 during a removal puts the card back in its place; the toast says the reason, with no "Try again"', async () => {
    const backend = createFakeBackend(sampleCards());
    backend.holdDeletes();
    renderWallet(backend);
    await screen.findByRole('button', { name: `Remove ${MASTERCARD}` });
    await confirmRemoval(MASTERCARD);
    expect(shown()).not.toContain(MASTERCARD);
    const focused = document.activeElement;
    // Locked on the server meanwhile (a subscription started in another tab).
    const stored = backend.cards.find((c) => c.id === 'card_mc') as SavedCard;
    stored.locked = 'subscription';
    await backend.answer('card_mc', { code: 'card_in_use', status: 409, reason: 'subscription' });
    await waitFor(() => expect(shown()[1]).toBe(MASTERCARD));
    const toast = await findToast('Used for a subscription');
    expect(toast).toHaveTextContent(MASTERCARD);
    expect(within(toast).queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(document.activeElement).toBe(focused);
    expect(liveRegion()).not.toHaveTextContent('removed');
    // The refetch after it settles brings the lock: the row now says why.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: `Remove ${MASTERCARD}` })).toHaveAttribute(
        'aria-disabled',
        'true',
      ),
    );
    expect(rowOf(MASTERCARD)).toHaveTextContent('Used for a subscription');
  });

  test('useRemoveCard sends nothing for a locked card', async () => {
    const backend = createFakeBackend([]);
    const locked = card({ id: 'card_locked', locked: 'pending_payment' });
    function Headless() {
      const { removeCard, isRemoving } = useRemoveCard();
      return (
        <button type="button" onClick={() => removeCard(locked)}>
          {isRemoving(locked.id) ? 'removing' : 'Remove locked'}
        </button>
      );
    }
    renderWallet(backend, { ui: <Headless /> });
    await userEvent.click(screen.getByRole('button', { name: 'Remove locked' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(backend.count('DELETE')).toBe(0);
  });
});
