import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import type { SavedCard } from '../src/index';
import { WalletCardList } from '../src/wallet/index';
import { card } from '../test/helpers/cards';
import { listMetaDefaults } from './list-meta-defaults';
import { deleteHandler, listHandler, mockApi, requestsSent } from './mocks';
import { findList, liveRegion, shownCards } from './play-helpers';

const VISA = 'Visa ending in 4242';
const MASTERCARD = 'Mastercard ending in 4444';
const AMEX = 'American Express ending in 0005';

const visa = { brand: 'visa', last4: '4242', holderName: 'Asha Rao' } as const;
const mastercard = { brand: 'mastercard', last4: '4444', holderName: 'Asha Rao' } as const;

/**
 * Visa 4242 (default) saved twice, by the provider's fingerprint; Mastercard 4444 and a card
 * only alike (same brand, last 4, expiry and holder: `'possible'`); Amex 0005.
 */
const pairs: readonly SavedCard[] = [
  card({ id: 'card_visa', ...visa, isDefault: true }),
  card({ id: 'card_mc', ...mastercard, expiryMonth: 3, expiryYear: 2029 }),
  card({ id: 'card_visa_again', ...visa, duplicateOf: 'card_visa' }),
  card({
    id: 'card_mc_alike',
    ...mastercard,
    expiryMonth: 3,
    expiryYear: 2029,
    duplicateOf: 'card_mc',
    duplicate: 'possible',
  }),
  card({ id: 'card_amex', brand: 'amex', last4: '0005', expiryMonth: 1, expiryYear: 2030 }),
];

const meta = {
  title: 'WalletCardList/Duplicates',
  component: WalletCardList,
  ...listMetaDefaults,
  beforeEach: mockApi(() => [listHandler(pairs), deleteHandler()]),
} satisfies Meta<typeof WalletCardList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The row of a card, by its place in the list. */
const row = (index: number) =>
  within(screen.getByRole('list', { name: 'Saved cards' })).getAllByRole('listitem')[index];

/**
 * A confirmed pair and a possible one: only the repeats are marked, "Saved twice" on the copy
 * that would go, "Possibly saved twice" (dashed) on the one only alike, never offered in bulk.
 */
export const Pairs: Story = {
  play: async () => {
    await findList();
    await expect(row(0)).not.toHaveTextContent(/saved twice/i);
    await expect(row(1)).not.toHaveTextContent(/saved twice/i);
    await expect(row(2)).toHaveTextContent('Saved twice');
    await expect(row(3)).toHaveTextContent('Possibly saved twice');
    await expect(
      screen.getByRole('button', { name: 'Remove 1 duplicate card' }),
    ).toBeInTheDocument();
  },
};

/** The same pairs in the dark theme. */
export const PairsDark: Story = {
  globals: { theme: 'dark' },
  play: Pairs.play,
};

/** "Remove 1 duplicate card": its confirm names the copy that goes and says one stays (left open). */
export const RemoveDuplicatesConfirm: Story = {
  play: async () => {
    await findList();
    await userEvent.click(screen.getByRole('button', { name: 'Remove 1 duplicate card' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove 1 duplicate card?' });
    await waitFor(() => expect(dialog).toBeVisible());
    await expect(dialog).toHaveAccessibleDescription(
      `${VISA} . One copy of each card stays saved. This can't be undone.`,
    );
    await expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  },
};

/** Confirmed: one DELETE, for the repeat, never the default; said once; the pair's badge gone. */
export const RemoveDuplicates: Story = {
  play: async () => {
    await findList();
    await userEvent.click(screen.getByRole('button', { name: 'Remove 1 duplicate card' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove 1 duplicate card?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove card' }));
    await waitFor(() => expect(liveRegion()).toHaveTextContent('1 card removed'));
    await expect(requestsSent('DELETE').map((request) => request.id)).toEqual(['card_visa_again']);
    await expect(shownCards()).toEqual([VISA, MASTERCARD, MASTERCARD, AMEX]);
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /duplicate card/ })).toBeNull(),
    );
    await expect(screen.getByText('Possibly saved twice')).toBeInTheDocument();
  },
};
