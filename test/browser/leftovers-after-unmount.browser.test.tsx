import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { SavedCard } from '../../src/index';
import { card } from '../helpers/cards';
import { countLeftovers, type LeftoverCounter } from '../helpers/count-leftovers';
import { createFakeBackend } from '../helpers/fake-backend';
import { renderWallet } from '../helpers/render-wallet';
import { confirmRemoval, findToast } from '../helpers/wallet-ui';

// What a removal leaves behind once the wallet is gone: react-query's finished mutations, timers,
// listeners and channels. Counted from outside, so whatever runs removals can keep this test.

const old = { expiryMonth: 3, expiryYear: 2024, expired: true };
function cards(): SavedCard[] {
  return [
    card({ id: 'visa', brand: 'visa', last4: '4242' }),
    card({ id: 'mc', brand: 'mastercard', last4: '4444' }),
    card({ id: 'rupay', brand: 'rupay', last4: '1234', ...old }),
    card({ id: 'amex', brand: 'amex', last4: '0005', ...old }),
  ];
}
const VISA = 'Visa ending in 4242';
const MASTERCARD = 'Mastercard ending in 4444';

// React DOM listens for `selectionchange` once per document, on its first root, for good: render
// once before counting so that listener is not taken for the wallet's.
beforeAll(() => {
  render(<p />).unmount();
});

let counter: LeftoverCounter | undefined;
afterEach(() => {
  counter?.restore();
  counter = undefined;
});

const describeAll = (counted: LeftoverCounter) =>
  counted
    .leftovers()
    .map((left) => `${left.what}\n${left.stack}`)
    .join('\n\n');

/** Nothing started by the wallet is alive once what ends by itself within a moment has ended. */
async function expectNothingLeft(counted: LeftoverCounter) {
  await vi.waitFor(() => expect(counted.leftovers(), describeAll(counted)).toEqual([]), {
    timeout: 2000,
  });
}

describe('nothing is left after the wallet unmounts (issue 19, "Memory")', () => {
  test('a removal, a failed one and a bulk removal leave no mutation, timer, listener or channel', async () => {
    counter = countLeftovers();
    const backend = createFakeBackend(cards());
    const { unmount, queryClient } = renderWallet(backend);

    await confirmRemoval(MASTERCARD);
    await waitFor(() => expect(backend.cards.map((c) => c.id)).not.toContain('mc'));

    backend.failNextDelete({ code: 'provider_error', status: 502 });
    await confirmRemoval(VISA);
    await findToast("We couldn't remove the card.");

    await userEvent.click(await screen.findByRole('button', { name: 'Remove 2 expired cards' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove 2 expired cards?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove cards' }));
    await waitFor(() => expect(backend.count('DELETE')).toBe(4));
    await waitFor(() => expect(queryClient.isMutating()).toBe(0));

    unmount();
    await vi.waitFor(() => expect(queryClient.getMutationCache().getAll()).toHaveLength(0));
    // The cards query stays cached for the host's gcTime: the host's choice, ended by clear().
    queryClient.clear();
    await expectNothingLeft(counter);
  });

  test('a held (undo) removal still sends its DELETE after unmount, then nothing is left', async () => {
    counter = countLeftovers();
    const backend = createFakeBackend(cards());
    const { unmount, queryClient } = renderWallet(backend, { undoMs: 300 });

    await confirmRemoval(MASTERCARD);
    expect(backend.count('DELETE')).toBe(0);
    unmount();

    // docs/removal-rules.md rule 8: a removal the shopper confirmed is never silently dropped.
    await vi.waitFor(() => expect(backend.count('DELETE')).toBe(1), { timeout: 2000 });
    expect(backend.requests.at(-1)?.url).toContain('/cards/mc');
    await vi.waitFor(() => expect(backend.cards.map((c) => c.id)).not.toContain('mc'));
    await vi.waitFor(() => expect(queryClient.getMutationCache().getAll()).toHaveLength(0));
    queryClient.clear();
    await expectNothingLeft(counter);
  });
});
