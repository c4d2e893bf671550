import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { SavedCard } from '../../src/index';
import { arActionMessages } from '../../src/locales/actions/ar';
import { arMessages } from '../../src/locales/ar';
import { WalletCardList } from '../../src/wallet/index';
import { card } from '../helpers/cards';
import { createFakeBackend } from '../helpers/fake-backend';
import { renderWallet } from '../helpers/render-wallet';
import { liveRegion } from '../helpers/wallet-ui';

const visa = { brand: 'visa', last4: '4242' } as const;
const discover = { brand: 'discover', last4: '1117' } as const;
const mc = { brand: 'mastercard', last4: '4444', holderName: 'Asha Rao' } as const;
const amex = { brand: 'amex', last4: '0005' } as const;

/**
 * Visa 4242 (default) and its repeat; Discover 1117 and a locked repeat; Mastercard 4444 and a
 * card only alike ('possible'); Amex 0005 and its repeat; JCB 0000 last.
 */
function cards(): SavedCard[] {
  return [
    card({ id: 'visa', ...visa, isDefault: true }),
    card({ id: 'visa-again', ...visa, duplicateOf: 'visa' }),
    card({ id: 'discover', ...discover }),
    card({ id: 'discover-again', ...discover, duplicateOf: 'discover', locked: 'subscription' }),
    card({ id: 'mc', ...mc }),
    card({ id: 'mc-alike', ...mc, duplicateOf: 'mc', duplicate: 'possible' }),
    card({ id: 'amex', ...amex }),
    card({ id: 'amex-again', ...amex, duplicateOf: 'amex' }),
    card({ id: 'jcb', brand: 'jcb', last4: '0000' }),
  ];
}
const VISA = 'Visa ending in 4242';
const AMEX = 'American Express ending in 0005';

/** Each row's text as a screen reader reads the list item: without the hidden brand mark. */
const rows = (list = 'Saved cards') =>
  within(screen.getByRole('list', { name: list }))
    .getAllByRole('listitem')
    .map((item) => {
      const copy = item.cloneNode(true) as HTMLElement;
      for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
      return copy.textContent;
    });

async function openDuplicates(name = 'Remove 2 duplicate cards') {
  await userEvent.click(await screen.findByRole('button', { name }));
  return screen.findByRole('alertdialog', { name: `${name}?` });
}

describe('duplicates (docs/browser-api.md "Duplicates")', () => {
  test('the repeat says "Saved twice", the card it repeats says nothing; a card only alike says "Possibly saved twice"', async () => {
    renderWallet(createFakeBackend(cards()), { ui: <WalletCardList /> });
    await screen.findByRole('button', { name: 'Remove JCB ending in 0000' });
    expect(rows()).toEqual([
      `${VISA} Expires 07/31 DefaultRemove`,
      `${VISA} Expires 07/31 Saved twiceRemove`,
      'Discover ending in 1117 Expires 07/31Remove',
      'Discover ending in 1117 Expires 07/31 Saved twiceUsed for a subscriptionRemove',
      'Mastercard ending in 4444 Asha Rao Expires 07/31Remove',
      'Mastercard ending in 4444 Asha Rao Expires 07/31 Possibly saved twiceRemove',
      `${AMEX} Expires 07/31Remove`,
      `${AMEX} Expires 07/31 Saved twiceRemove`,
      'JCB ending in 0000 Expires 07/31Remove',
    ]);
  });

  test('"Remove 2 duplicate cards" names only the confirmed, unlocked repeats; Cancel focused, and Cancel returns focus', async () => {
    const backend = createFakeBackend(cards());
    renderWallet(backend, { ui: <WalletCardList />, undoMs: 5000 });
    const dialog = await openDuplicates();
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([`${VISA}.`, `${AMEX}.`]);
    expect(dialog).toHaveAccessibleDescription(
      `${VISA} . ${AMEX} . One copy of each card stays saved. This can't be undone.`,
    );
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(within(dialog).getByRole('button', { name: 'Remove cards' })).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Remove 2 duplicate cards' })).toHaveFocus(),
    );
    expect(backend.count('DELETE')).toBe(0);
  });

  test('confirm: a DELETE for each repeat and none for the card kept (the default), one announcement, focus on the next card after the last removed', async () => {
    const backend = createFakeBackend(cards());
    backend.holdDeletes();
    renderWallet(backend, { ui: <WalletCardList />, undoMs: 5000 });
    const dialog = await openDuplicates();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove cards' }));
    await waitFor(() => expect(backend.count('DELETE')).toBe(2));
    const deletes = backend.requests.filter((r) => r.method === 'DELETE').map((r) => r.url);
    expect(deletes.sort()).toEqual([
      '/api/wallet/cards/amex-again',
      '/api/wallet/cards/visa-again',
    ]);
    // Both leave at once; the copies kept stay, the locked and the possible repeat too.
    expect(rows().filter((row) => /saved twice/i.test(row ?? ''))).toEqual([
      'Discover ending in 1117 Expires 07/31 Saved twiceUsed for a subscriptionRemove',
      'Mastercard ending in 4444 Asha Rao Expires 07/31 Possibly saved twiceRemove',
    ]);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Remove JCB ending in 0000' })).toHaveFocus(),
    );
    await backend.answer('visa-again');
    await backend.answer('amex-again');
    await waitFor(() => expect(liveRegion()).toHaveTextContent('2 cards removed'));
    expect(backend.cards.map((c) => c.id)).toEqual([
      'visa',
      'discover',
      'discover-again',
      'mc',
      'mc-alike',
      'amex',
      'jcb',
    ]);
    // Nothing left to offer: the locked repeat and the possible one are never offered.
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /duplicate card/ })).toBeNull(),
    );
  });

  test('one repeat: "Remove 1 duplicate card", and its confirm says "Remove card"', async () => {
    const backend = createFakeBackend(cards().slice(0, 2));
    renderWallet(backend, { ui: <WalletCardList /> });
    const dialog = await openDuplicates('Remove 1 duplicate card');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove card' }));
    await waitFor(() => expect(liveRegion()).toHaveTextContent('1 card removed'));
    expect(backend.requests.filter((r) => r.method === 'DELETE').map((r) => r.url)).toEqual([
      '/api/wallet/cards/visa-again',
    ]);
    // No card after the repeat: the one before it, the card kept.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: `Remove ${VISA}` })).toHaveFocus(),
    );
  });

  test('only cards alike, or a repeat of a card not listed: nothing offered', async () => {
    renderWallet(
      createFakeBackend([
        card({ id: 'mc', ...mc }),
        card({ id: 'mc-alike', ...mc, duplicateOf: 'mc', duplicate: 'possible' }),
        card({ id: 'amex-again', ...amex, duplicateOf: 'amex-gone' }),
      ]),
      { ui: <WalletCardList /> },
    );
    await screen.findByRole('button', { name: `Remove ${AMEX}` });
    expect(rows()[1]).toContain('Possibly saved twice');
    expect(screen.queryByRole('button', { name: /duplicate/ })).toBeNull();
  });

  test('in Arabic: the button and its confirm in the dual', async () => {
    renderWallet(createFakeBackend(cards()), {
      ui: <WalletCardList />,
      locale: 'ar',
      messages: { ...arMessages, ...arActionMessages },
    });
    const button = await screen.findByRole('button', { name: 'إزالة بطاقتين مكررتين' });
    expect(rows('البطاقات المحفوظة')[1]).toContain('محفوظة مرتين');
    expect(rows('البطاقات المحفوظة')[5]).toContain('ربما محفوظة مرتين');
    await userEvent.click(button);
    const dialog = await screen.findByRole('alertdialog', { name: 'إزالة بطاقتين مكررتين؟' });
    expect(dialog).toHaveTextContent('تبقى نسخة واحدة من كل بطاقة محفوظة. لا يمكن التراجع عن ذلك.');
  });

  test('the list without the wallet actions (SavedCardList) shows no duplicate and offers none', async () => {
    renderWallet(createFakeBackend(cards()));
    await screen.findByRole('button', { name: 'Remove JCB ending in 0000' });
    expect(rows()).toHaveLength(9);
    expect(rows().join(' ')).not.toMatch(/saved twice/i);
    expect(screen.queryByRole('button', { name: /duplicate/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Make default/ })).toBeNull();
  });
});
