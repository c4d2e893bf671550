import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { SavedCardList } from '../src/index';
import { listMetaDefaults } from './list-meta-defaults';
import {
  deleteHandler,
  listHandler,
  mockApi,
  requestsSent,
  SAMPLE_NAMES,
  sampleCards,
} from './mocks';
import {
  confirmRemoval,
  findList,
  findToast,
  liveRegion,
  openDialog,
  settle,
  shownCards,
} from './play-helpers';

const [VISA, MASTERCARD, RUPAY, AMEX] = SAMPLE_NAMES;

const meta = {
  title: 'SavedCardList/Removal',
  component: SavedCardList,
  ...listMetaDefaults,
} satisfies Meta<typeof SavedCardList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The dialog names the card, focuses Cancel; Cancel sends nothing and returns focus. */
export const Cancel: Story = {
  play: async () => {
    await findList();
    const opener = screen.getByRole('button', { name: `Remove ${MASTERCARD}` });
    const dialog = await openDialog(MASTERCARD);
    await expect(dialog).toHaveAccessibleDescription("This can't be undone.");
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    await expect(cancel).toHaveFocus();
    await userEvent.click(cancel);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await waitFor(() => expect(opener).toHaveFocus());
    await expect(shownCards()).toEqual([...SAMPLE_NAMES]);
    await expect(requestsSent('DELETE')).toHaveLength(0);
  },
};

/** Confirm: the card goes, the live region says so, focus lands on the next card's button. */
export const ConfirmSuccess: Story = {
  play: async () => {
    await findList();
    await confirmRemoval(VISA);
    await expect(shownCards()).toEqual([MASTERCARD, RUPAY, AMEX]);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: `Remove ${MASTERCARD}` })).toHaveFocus(),
    );
    await waitFor(() => expect(liveRegion()).toHaveTextContent(`${VISA} removed`));
    await expect(liveRegion()).toHaveAttribute('aria-live', 'polite');
    const [request] = requestsSent('DELETE');
    await expect(request).toMatchObject({
      path: '/api/wallet/cards/card_visa',
      walletClientHeader: '1',
    });
    await expect(document.querySelector('[data-slot="toast"]')).toBeNull();
  },
};

/** Tab to a remove button, Enter, Escape (focus back), then Tab to "Remove card", Enter. */
export const KeyboardOnly: Story = {
  play: async () => {
    await findList();
    const visaButton = screen.getByRole('button', { name: `Remove ${VISA}` });
    await userEvent.tab();
    await expect(visaButton).toHaveFocus();

    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('alertdialog', { name: `Remove ${VISA}?` });
    await expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await waitFor(() => expect(visaButton).toHaveFocus());
    await expect(requestsSent('DELETE')).toHaveLength(0);

    await userEvent.keyboard('{Enter}');
    const again = await screen.findByRole('alertdialog', { name: `Remove ${VISA}?` });
    await userEvent.tab();
    await expect(within(again).getByRole('button', { name: 'Remove card' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await expect(shownCards()).toEqual([MASTERCARD, RUPAY, AMEX]);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: `Remove ${MASTERCARD}` })).toHaveFocus(),
    );
    await waitFor(() => expect(liveRegion()).toHaveTextContent(`${VISA} removed`));
  },
};

/** The backend takes 2 s: the card leaves at once and stays gone; success is announced later. */
export const SlowRemoval: Story = {
  beforeEach: mockApi(() => [listHandler(sampleCards), deleteHandler('ok', { delayMs: 2000 })]),
  play: async () => {
    await findList();
    await confirmRemoval(AMEX);
    await expect(shownCards()).toEqual([VISA, MASTERCARD, RUPAY]);
    // The request leaves after the mutation's first await, and MSW sees it a little later.
    await waitFor(() => expect(requestsSent('DELETE')).toHaveLength(1));
    await expect(liveRegion()).toHaveTextContent('');
    // Removing the last card moves focus to the previous one.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: `Remove ${RUPAY}` })).toHaveFocus(),
    );
    await waitFor(() => expect(liveRegion()).toHaveTextContent(`${AMEX} removed`), {
      timeout: 3500,
    });
    await expect(shownCards()).toEqual([VISA, MASTERCARD, RUPAY]);
  },
};

/**
 * Two removals in flight; Mastercard's fails first while Visa's is still pending. Only the
 * Mastercard comes back, at its own index, and the list is refetched once, after both.
 */
export const ConcurrentOneFails: Story = {
  beforeEach: mockApi(() => [
    listHandler(sampleCards),
    deleteHandler({ card_mc: 'provider_error' }, { delayMs: { card_visa: 2200, card_mc: 1000 } }),
  ]),
  play: async () => {
    await findList();
    await confirmRemoval(VISA);
    await confirmRemoval(MASTERCARD);
    await expect(shownCards()).toEqual([RUPAY, AMEX]);
    await waitFor(() =>
      expect(requestsSent('DELETE').map((r) => r.id)).toEqual(['card_visa', 'card_mc']),
    );

    const toast = await findToast("We couldn't remove the card.");
    await expect(toast).toHaveTextContent(MASTERCARD);
    await expect(shownCards()).toEqual([MASTERCARD, RUPAY, AMEX]);
    // No refetch while Visa's removal is still in flight (docs/removal-rules.md rule 3).
    await expect(requestsSent('GET')).toHaveLength(1);

    await waitFor(() => expect(liveRegion()).toHaveTextContent(`${VISA} removed`), {
      timeout: 2500,
    });
    await waitFor(() => expect(requestsSent('GET')).toHaveLength(2));
    await settle(100);
    await expect(requestsSent('GET')).toHaveLength(2);
    await expect(shownCards()).toEqual([MASTERCARD, RUPAY, AMEX]);
  },
};

/** `card_not_found` on delete counts as removed: announced, no toast. */
export const AlreadyGone: Story = {
  beforeEach: mockApi(() => [listHandler(sampleCards), deleteHandler('card_not_found')]),
  play: async () => {
    await findList();
    await confirmRemoval(RUPAY);
    await waitFor(() => expect(liveRegion()).toHaveTextContent(`${RUPAY} removed`));
    await expect(document.querySelector('[data-slot="toast"]')).toBeNull();
    await expect(shownCards()).toEqual([VISA, MASTERCARD, AMEX]);
  },
};

/** A double click on "Remove card" sends one request (docs/removal-rules.md rule 4). */
export const DoubleConfirm: Story = {
  beforeEach: mockApi(() => [listHandler(sampleCards), deleteHandler('ok', { delayMs: 300 })]),
  play: async () => {
    await findList();
    const dialog = await openDialog(VISA);
    await userEvent.dblClick(within(dialog).getByRole('button', { name: 'Remove card' }));
    await waitFor(() => expect(liveRegion()).toHaveTextContent(`${VISA} removed`));
    await expect(requestsSent('DELETE')).toHaveLength(1);
  },
};
