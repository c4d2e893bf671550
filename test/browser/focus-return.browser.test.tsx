import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { SavedCardList } from '../../src/index';
import { sampleCards } from '../helpers/cards';
import { createFakeBackend } from '../helpers/fake-backend';
import { renderWallet } from '../helpers/render-wallet';
import { findToast } from '../helpers/wallet-ui';

const MASTERCARD = 'Mastercard ending in 4444';
const RUPAY = 'RuPay ending in 1234';

/** An account page and a checkout on one page, each with its own list of the same cards. */
function TwoLists() {
  return (
    <>
      <section aria-label="Account">
        <SavedCardList />
      </section>
      <section aria-label="Checkout">
        <SavedCardList />
      </section>
    </>
  );
}

const region = (name: string) => screen.getByRole('region', { name });

describe('focus after a toast closes, with two lists on the page (docs/removal-rules.md rule 7)', () => {
  test.each(['Account', 'Checkout'])(
    'a failed removal in the %s list: when the toast closes and the shopper’s button is gone, focus lands on that list’s heading',
    async (failedIn) => {
      const backend = createFakeBackend(sampleCards());
      backend.failNextDelete({ code: 'provider_error', status: 502 });
      renderWallet(backend, { ui: <TwoLists /> });
      const list = region(failedIn);
      await within(list).findByRole('button', { name: `Remove ${MASTERCARD}` });

      // Remove from this list: it fails, the card comes back and focus stays on the next card.
      await userEvent.click(within(list).getByRole('button', { name: `Remove ${MASTERCARD}` }));
      const dialog = await screen.findByRole('alertdialog', { name: `Remove ${MASTERCARD}?` });
      await userEvent.click(within(dialog).getByRole('button', { name: 'Remove card' }));
      const toast = await findToast("We couldn't remove the card.");
      const restored = await within(list).findByRole('button', { name: `Remove ${MASTERCARD}` });
      expect(within(list).getByRole('button', { name: `Remove ${RUPAY}` })).toHaveFocus();

      // Back to the restored card, then F8 to the toast and "Try again" from the keyboard.
      await userEvent.tab({ shift: true });
      expect(restored).toHaveFocus();
      await userEvent.keyboard('{F8}');
      await userEvent.tab();
      await userEvent.tab();
      expect(within(toast).getByRole('button', { name: 'Try again' })).toHaveFocus();
      await userEvent.keyboard('{Enter}');

      // The retry takes the card (and the button focus came from) away: the heading of the
      // list it failed in takes focus, not the first list's and never <body>.
      await waitFor(() => expect(restored).not.toBeInTheDocument());
      await waitFor(() =>
        expect(within(list).getByRole('heading', { name: 'Saved cards' })).toHaveFocus(),
      );
      expect(backend.count('DELETE')).toBe(2);
    },
  );
});
