import type { Meta, StoryObj } from '@storybook/react-vite';
import { useRef } from 'react';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import type { SavedCard } from '../../src/index';
import { WalletCardList } from '../../src/wallet/index';
import { card } from '../../test/helpers/cards';
import { listMetaDefaults } from '../list-meta-defaults';
import { requestsSent, SAMPLE_NAMES } from '../mocks';
import { backend } from '../mocks/backend';
import { findList, liveRegion, shownCards } from '../play-helpers';
import { FakeAddCardDialog } from './fake-add-card-dialog';

const DISCOVER = 'Discover ending in 1117';
/** What "the provider" saves: the backend lists it from then on. */
const saved: SavedCard = card({ id: 'card_discover', brand: 'discover', last4: '1117' });

/**
 * The recipe of docs/recipes.md: "Add a card" opens the host's dialog, the promise settles with
 * what happened there. Saving stands for the provider's element saving the card.
 */
function AddCardRecipe(props: Parameters<typeof WalletCardList>[0]) {
  const dialog = useRef<HTMLDialogElement>(null);
  const settle = useRef<((saved: boolean) => void) | null>(null);
  const done = (added: boolean) => {
    if (added) backend.cards = [...backend.cards, saved];
    settle.current?.(added);
    settle.current = null;
    dialog.current?.close();
  };
  return (
    <>
      <WalletCardList
        {...props}
        onAddCard={() =>
          new Promise<boolean>((resolve) => {
            settle.current = resolve;
            dialog.current?.showModal();
          })
        }
      />
      <FakeAddCardDialog dialog={dialog} onDone={done} />
    </>
  );
}

const meta = {
  title: 'Recipes/Add a card',
  component: WalletCardList,
  ...listMetaDefaults,
  render: (args) => <AddCardRecipe {...args} />,
} satisfies Meta<typeof WalletCardList>;

export default meta;
type Story = StoryObj<typeof meta>;

async function openDialog() {
  await findList();
  await userEvent.click(screen.getByRole('button', { name: 'Add a card' }));
  const dialog = await screen.findByRole('dialog', { name: 'New card' });
  await waitFor(() => expect(dialog).toBeVisible());
  return dialog;
}

/** The host's dialog open over the list (left open for review). */
export const HostDialog: Story = {
  play: async () => {
    const dialog = await openDialog();
    await expect(within(dialog).getByRole('textbox', { name: 'Name on card' })).toHaveFocus();
  },
};

/** The same in the dark theme: the host's dialog here uses the kit's tokens. */
export const HostDialogDark: Story = {
  globals: { theme: 'dark' },
  play: HostDialog.play,
};

/** Saved: the list refetches, shows the card, says "Discover ending in 1117 added"; focus is back. */
export const Saved: Story = {
  play: async () => {
    const dialog = await openDialog();
    const gets = requestsSent('GET').length;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save card' }));
    await waitFor(() => expect(liveRegion()).toHaveTextContent(`${DISCOVER} added`));
    await expect(shownCards()).toEqual([...SAMPLE_NAMES, DISCOVER]);
    await expect(requestsSent('GET')).toHaveLength(gets + 1);
    await expect(requestsSent().filter((request) => request.method !== 'GET')).toEqual([]);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add a card' })).toHaveFocus());
  },
};

/** Cancelled: nothing fetched, nothing said, focus back on "Add a card". */
export const Cancelled: Story = {
  play: async () => {
    const dialog = await openDialog();
    const gets = requestsSent('GET').length;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add a card' })).toHaveFocus());
    await expect(requestsSent('GET')).toHaveLength(gets);
    await expect(liveRegion()).toHaveTextContent('');
    await expect(shownCards()).toEqual([...SAMPLE_NAMES]);
  },
};
