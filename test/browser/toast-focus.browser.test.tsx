import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { sampleCards } from '../helpers/cards';
import { createFakeBackend } from '../helpers/fake-backend';
import { renderWallet } from '../helpers/render-wallet';
import { confirmRemoval, findToast, liveRegion } from '../helpers/wallet-ui';

// Where focus goes after a toast's button or Escape, however the shopper reached the toast
// (docs/removal-rules.md rule 7): back where they were, never <body>.

const VISA = 'Visa ending in 4242';
const MASTERCARD = 'Mastercard ending in 4444';
const FAILED = "We couldn't remove the card.";

const removeButtons = () =>
  within(screen.getByRole('list', { name: 'Saved cards' })).getAllByRole('button', {
    name: /^Remove /,
  });

/** Tabs forward, as a keyboard shopper does, until `element` has focus (at most 20 presses). */
async function tabTo(element: HTMLElement) {
  for (let presses = 0; presses < 20 && document.activeElement !== element; presses++) {
    await userEvent.tab();
  }
  expect(element).toHaveFocus();
}

/** A failed removal of Mastercard; focus then rests on the last card's Remove. */
async function failedRemoval() {
  const backend = createFakeBackend(sampleCards());
  backend.failNextDelete({ code: 'provider_error', status: 502 });
  renderWallet(backend);
  await confirmRemoval(MASTERCARD);
  const toast = await findToast(FAILED);
  await screen.findByRole('button', { name: `Remove ${MASTERCARD}` });
  const last = removeButtons().at(-1) as HTMLElement;
  last.focus();
  return { backend, toast, last };
}

describe('focus after a toast action, by Tab, F8, Escape and pointer (rule 7)', () => {
  test('"Try again" reached with Tab: focus goes back to the Remove button the shopper tabbed from', async () => {
    const { backend, toast, last } = await failedRemoval();
    await tabTo(within(toast).getByRole('button', { name: 'Try again' }));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(backend.count('DELETE')).toBe(2));
    await waitFor(() => expect(last).toHaveFocus());
    // The next Tab goes on from there, not from the top of the page.
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(removeButtons().at(-2));
  });

  test('Dismiss reached with Tab: focus goes back to where the shopper was', async () => {
    const { toast, last } = await failedRemoval();
    await tabTo(within(toast).getByRole('button', { name: 'Dismiss' }));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(toast).not.toBeInTheDocument());
    await waitFor(() => expect(last).toHaveFocus());
  });

  test('Escape inside the failure toast, reached with Tab: the toast closes and focus goes back', async () => {
    const { toast, last } = await failedRemoval();
    await tabTo(within(toast).getByRole('button', { name: 'Try again' }));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(toast).not.toBeInTheDocument());
    await waitFor(() => expect(last).toHaveFocus());
  });

  test('Escape inside the failure toast, reached with F8: focus goes back too', async () => {
    const { toast, last } = await failedRemoval();
    await userEvent.keyboard('{F8}');
    await userEvent.tab();
    await userEvent.tab();
    expect(within(toast).getByRole('button', { name: 'Try again' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(toast).not.toBeInTheDocument());
    await waitFor(() => expect(last).toHaveFocus());
  });

  test('Dismiss clicked with a pointer: focus goes back to the button that had it', async () => {
    const { toast, last } = await failedRemoval();
    await userEvent.click(within(toast).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(toast).not.toBeInTheDocument());
    await waitFor(() => expect(last).toHaveFocus());
  });

  test('Escape inside the undo toast, reached with Tab: focus goes back to where the shopper was', async () => {
    const backend = createFakeBackend(sampleCards());
    renderWallet(backend, { undoMs: 60_000 });
    await confirmRemoval(MASTERCARD);
    const toast = await findToast(`${MASTERCARD} removed`);
    const last = removeButtons().at(-1) as HTMLElement;
    last.focus();
    await tabTo(within(toast).getByRole('button', { name: 'Undo' }));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(toast).not.toBeInTheDocument());
    await waitFor(() => expect(last).toHaveFocus());
  });
});

describe('Undo (rule 8): the card is back, said and focused', () => {
  test.each([
    ['Tab and Enter', 'keyboard'],
    ['a pointer', 'pointer'],
  ] as const)(
    'Undo by %s announces the card is back and focuses its Remove button',
    async (_, how) => {
      const backend = createFakeBackend(sampleCards());
      renderWallet(backend, { undoMs: 60_000 });
      await confirmRemoval(MASTERCARD);
      const toast = await findToast(`${MASTERCARD} removed`);
      const undo = within(toast).getByRole('button', { name: 'Undo' });
      if (how === 'keyboard') {
        await tabTo(undo);
        await userEvent.keyboard('{Enter}');
      } else {
        await userEvent.click(undo);
      }
      const restored = await screen.findByRole('button', { name: `Remove ${MASTERCARD}` });
      await waitFor(() => expect(restored).toHaveFocus());
      await waitFor(() => expect(liveRegion()).toHaveTextContent(`${MASTERCARD} is back`));
      expect(backend.count('DELETE')).toBe(0);
      // Still where it was: between Visa and RuPay.
      expect(removeButtons().map((button) => button.getAttribute('aria-label'))).toEqual([
        `Remove ${VISA}`,
        `Remove ${MASTERCARD}`,
        'Remove RuPay ending in 1234',
        'Remove American Express ending in 0005',
      ]);
    },
  );
});
