import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  cardLabel,
  SavedCardList,
  useCardRemoval,
  useSavedCards,
  useWalletContext,
} from '../../src/index';
import { sampleCards } from '../helpers/cards';
import { createFakeBackend } from '../helpers/fake-backend';
import { renderWallet } from '../helpers/render-wallet';

const [VISA, MASTERCARD, RUPAY, AMEX] = [
  'Visa ending in 4242',
  'Mastercard ending in 4444',
  'RuPay ending in 1234',
  'American Express ending in 0005',
] as const;

/** A checkout picker built from the hooks alone, as the headless recipe in docs/recipes.md shows. */
function Picker() {
  const { messages } = useWalletContext();
  const { cards, status } = useSavedCards();
  const { getRemoveButtonProps, dialogProps, headingProps } = useCardRemoval();
  const [selected, setSelected] = useState<string>();

  if (status === 'pending') return <p aria-busy="true">{messages.loading}</p>;
  const list = cards ?? [];
  return (
    <fieldset>
      <legend {...headingProps}>Pay with</legend>
      {list.map((card) => {
        const label = cardLabel(card, messages);
        return (
          <div key={card.id}>
            <label>
              <input
                type="radio"
                name="pay-with"
                checked={(selected ?? list.find((c) => c.isDefault)?.id) === card.id}
                onChange={() => setSelected(card.id)}
              />
              {label}
            </label>
            {dialogProps.target?.kind === 'card' && dialogProps.target.card.id === card.id ? (
              <fieldset aria-label={messages.confirmTitle(dialogProps.label)}>
                <button type="button" ref={(el) => el?.focus()} onClick={dialogProps.onCancel}>
                  {messages.cancel}
                </button>
                <button type="button" onClick={dialogProps.onConfirm}>
                  {messages.confirm}
                </button>
              </fieldset>
            ) : (
              <button {...getRemoveButtonProps(card)}>{messages.remove}</button>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

function offered(): string[] {
  const group = screen.getByRole('group', { name: 'Pay with' });
  return within(group)
    .queryAllByRole('radio')
    .map((radio) => radio.parentElement?.textContent ?? '');
}

async function remove(name: string) {
  const picker = await screen.findByRole('group', { name: 'Pay with' });
  await userEvent.click(within(picker).getByRole('button', { name: `Remove ${name}` }));
  const confirm = screen.getByRole('group', { name: `Remove ${name}?` });
  expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  await userEvent.click(within(confirm).getByRole('button', { name: 'Remove card' }));
}

const liveRegion = () => document.querySelector('[data-slot="live-region"]');

describe('headless picker (useSavedCards + useCardRemoval)', () => {
  test('a confirmed card leaves at once; focus moves on; success is announced politely', async () => {
    const backend = createFakeBackend(sampleCards());
    backend.holdDeletes();
    renderWallet(backend, { ui: <Picker /> });
    expect(await screen.findByRole('radio', { name: VISA })).toBeChecked();
    await remove(VISA);
    expect(offered()).toEqual([MASTERCARD, RUPAY, AMEX]);
    expect(screen.getByRole('button', { name: `Remove ${MASTERCARD}` })).toHaveFocus();
    await waitFor(() => expect(backend.count('DELETE')).toBe(1));
    expect(liveRegion()).toHaveTextContent('');
    await backend.answer('card_visa');
    await waitFor(() => expect(liveRegion()).toHaveTextContent(`${VISA} removed`));
    await waitFor(() => expect(backend.count('GET')).toBe(2));
    expect(offered()).toEqual([MASTERCARD, RUPAY, AMEX]);
  });

  test('a failure puts the card back in its place with the kit toast, moving no focus', async () => {
    const backend = createFakeBackend(sampleCards());
    backend.holdDeletes();
    renderWallet(backend, { ui: <Picker /> });
    await remove(RUPAY);
    expect(offered()).toEqual([VISA, MASTERCARD, AMEX]);
    const next = screen.getByRole('button', { name: `Remove ${AMEX}` });
    expect(next).toHaveFocus();
    await backend.answer('card_rupay', { code: 'provider_error', status: 502 });
    await waitFor(() => expect(offered()).toEqual([VISA, MASTERCARD, RUPAY, AMEX]));
    const toast = await screen.findByText("We couldn't remove the card.");
    expect(toast.closest('[data-slot="toast"]')).toHaveTextContent(RUPAY);
    expect(next).toHaveFocus();
    expect(liveRegion()).not.toHaveTextContent('removed');
  });

  test('overlapping removals: a failure restores only its own card (docs/removal-rules.md rule 2)', async () => {
    const backend = createFakeBackend(sampleCards());
    backend.holdDeletes();
    renderWallet(backend, { ui: <Picker /> });
    await remove(MASTERCARD);
    await remove(AMEX);
    expect(offered()).toEqual([VISA, RUPAY]);
    await backend.answer('card_mc', { code: 'provider_error', status: 502 });
    await waitFor(() => expect(offered()).toEqual([VISA, MASTERCARD, RUPAY]));
    await backend.answer('card_amex');
    await waitFor(() => expect(backend.count('GET')).toBe(2));
    expect(offered()).toEqual([VISA, MASTERCARD, RUPAY]);
  });

  test('the last card removed sends focus to the group heading, never <body>', async () => {
    const backend = createFakeBackend(sampleCards().slice(0, 1));
    renderWallet(backend, { ui: <Picker /> });
    await remove(VISA);
    expect(offered()).toEqual([]);
    expect(screen.getByText('Pay with')).toHaveFocus();
  });

  test('keyboard only: arrows choose, Tab reaches remove, Cancel returns focus', async () => {
    const backend = createFakeBackend(sampleCards());
    renderWallet(backend, { ui: <Picker /> });
    await screen.findByRole('radio', { name: VISA });
    await userEvent.tab();
    expect(screen.getByRole('radio', { name: VISA })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: MASTERCARD })).toBeChecked();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: `Remove ${MASTERCARD}` })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: `Remove ${MASTERCARD}` })).toHaveFocus();
    expect(backend.count('DELETE')).toBe(0);
    await userEvent.keyboard('{Enter}');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(offered()).toEqual([VISA, RUPAY, AMEX]);
    expect(screen.getByRole('button', { name: `Remove ${RUPAY}` })).toHaveFocus();
  });

  test('the picker and a <SavedCardList> share one cache: both lose the card at once', async () => {
    const backend = createFakeBackend(sampleCards());
    backend.holdDeletes();
    renderWallet(backend, {
      ui: (
        <>
          <Picker />
          <SavedCardList />
        </>
      ),
    });
    await remove(AMEX);
    const list = screen.getByRole('list', { name: 'Saved cards' });
    expect(within(list).queryByText(AMEX)).toBeNull();
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(backend.count('GET')).toBe(1);
  });
});
