import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import {
  deleteHandler,
  listHandler,
  mockApi,
  requestsSent,
  SAMPLE_NAMES,
  sampleCards,
} from '../mocks';
import { findToast, liveRegion, settle } from '../play-helpers';
import { withWallet } from '../wallet-decorator';
import { CustomCardPicker } from './custom-card-picker';

const [VISA, MASTERCARD, RUPAY, AMEX] = SAMPLE_NAMES;

const meta = {
  title: 'Recipes/Headless card picker',
  component: CustomCardPicker,
  decorators: [withWallet],
  beforeEach: mockApi(() => [
    listHandler(sampleCards),
    // Slow enough that "gone at once" cannot be the server's answer.
    deleteHandler({ card_mc: ['provider_error', 'ok'] }, { delayMs: 300 }),
  ]),
} satisfies Meta<typeof CustomCardPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The radio group once loaded. */
async function findPicker(): Promise<HTMLElement> {
  return screen.findByRole('radiogroup', { name: 'Pay with' });
}

/** The cards offered, in order (each radio is named by its card). */
function offered(): string[] {
  const group = screen.queryByRole('radiogroup', { name: 'Pay with' });
  if (!group) return [];
  return within(group)
    .getAllByRole('radio')
    .map((radio) => document.querySelector(`label[for="${radio.id}"]`)?.textContent ?? '');
}

/** Remove button → inline "Remove …? Cancel / Remove card" → Remove card. */
async function removeByMouse(name: string): Promise<void> {
  await userEvent.click(screen.getByRole('button', { name: `Remove ${name}` }));
  const confirm = screen.getByRole('group', { name: `Remove ${name}?` });
  await expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  await userEvent.click(within(confirm).getByRole('button', { name: 'Remove card' }));
}

/**
 * Removing a card: it leaves the picker at once (the DELETE takes 300 ms), focus moves to the
 * next card's remove button, and the provider's live region announces it.
 */
export const RemoveCard: Story = {
  play: async () => {
    await findPicker();
    await expect(screen.getByRole('radio', { name: VISA })).toBeChecked();
    await removeByMouse(AMEX);
    await expect(offered()).toEqual([VISA, MASTERCARD, RUPAY]);
    // The request leaves after the mutation's first await, and MSW sees it a little later.
    await waitFor(() => expect(requestsSent('DELETE')).toHaveLength(1));
    // The last card: focus goes to the previous card's button.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: `Remove ${RUPAY}` })).toHaveFocus(),
    );
    await waitFor(() => expect(liveRegion()).toHaveTextContent(`${AMEX} removed`));
    await expect(offered()).toEqual([VISA, MASTERCARD, RUPAY]);
  },
};

/** A failing removal: gone at once, then back in its place with the provider's toast. */
export const FailedRemoval: Story = {
  play: async () => {
    await findPicker();
    await removeByMouse(MASTERCARD);
    await expect(offered()).toEqual([VISA, RUPAY, AMEX]);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: `Remove ${RUPAY}` })).toHaveFocus(),
    );
    const toast = await findToast("We couldn't remove the card.");
    await expect(toast).toHaveTextContent(MASTERCARD);
    await expect(offered()).toEqual([...SAMPLE_NAMES]);
    // A rollback never steals focus.
    await expect(screen.getByRole('button', { name: `Remove ${RUPAY}` })).toHaveFocus();
    // "Try again" (the second attempt succeeds) removes it at once again.
    const retry = within(toast).getByRole('button', { name: 'Try again' });
    await waitFor(() => expect(retry).toBeVisible());
    await userEvent.click(retry);
    await expect(offered()).toEqual([VISA, RUPAY, AMEX]);
    await waitFor(() => expect(requestsSent('DELETE')).toHaveLength(2));
    await settle();
  },
};

/** Keyboard only: arrows choose a card, Tab reaches its remove button, Escape cancels. */
export const KeyboardOnly: Story = {
  play: async () => {
    await findPicker();
    await userEvent.tab();
    await expect(screen.getByRole('radio', { name: VISA })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(screen.getByRole('radio', { name: MASTERCARD })).toBeChecked();
    await userEvent.tab();
    const remove = screen.getByRole('button', { name: `Remove ${MASTERCARD}` });
    await expect(remove).toHaveFocus();

    await userEvent.keyboard('{Enter}');
    const confirm = screen.getByRole('group', { name: `Remove ${MASTERCARD}?` });
    await expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: `Remove ${MASTERCARD}` })).toHaveFocus(),
    );
    await expect(requestsSent('DELETE')).toHaveLength(0);

    await userEvent.keyboard('{Enter}');
    await userEvent.tab();
    await expect(screen.getByRole('button', { name: 'Remove card' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(offered()).toEqual([VISA, RUPAY, AMEX]);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: `Remove ${RUPAY}` })).toHaveFocus(),
    );
    // The first attempt fails: the card comes back, focus stays where the shopper is.
    await findToast("We couldn't remove the card.");
    await expect(offered()).toEqual([...SAMPLE_NAMES]);
    await settle();
  },
};

/**
 * A 429 through the recipe: the card comes back, the picker says how long to wait (the kit
 * formats the number for the provider's locale), and every remove button waits it out:
 * `aria-disabled`, still focusable, opening nothing and sending nothing.
 */
export const RateLimited: Story = {
  beforeEach: mockApi(() => [
    listHandler(sampleCards),
    deleteHandler('rate_limited', { retryAfterSeconds: 30 }),
  ]),
  play: async () => {
    await findPicker();
    await removeByMouse(VISA);
    const toast = await findToast('Too many attempts.');
    await expect(toast).toHaveTextContent('Too many attempts. Try again in 30 seconds.');
    await waitFor(() => expect(offered()).toEqual([...SAMPLE_NAMES]));
    const notice = await screen.findByText(/^Too many attempts\. Try again in \d+ seconds\.$/, {
      selector: '[data-slot="cooldown"]',
    });
    await expect(notice).toBeVisible();
    const remove = screen.getByRole('button', { name: `Remove ${MASTERCARD}` });
    for (const name of SAMPLE_NAMES) {
      await expect(screen.getByRole('button', { name: `Remove ${name}` })).toHaveAttribute(
        'aria-disabled',
        'true',
      );
    }
    remove.focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.click(remove);
    await expect(screen.queryByRole('group', { name: `Remove ${MASTERCARD}?` })).toBeNull();
    await expect(remove).toHaveFocus();
    await expect(requestsSent('DELETE')).toHaveLength(1);
    await settle();
  },
};
