import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useState } from 'react';
import { expect, fn, screen, within } from 'storybook/test';
import { renderBrandMark } from '../../src/brand-marks/index';
import { SavedCardList, type WalletClient } from '../../src/index';
import { SAMPLE_NAMES, sampleCards } from '../mocks';
import { confirmRemoval, findList, shownCards } from '../play-helpers';
import { StoryWallet } from '../wallet-decorator';
import { memoryWalletClient } from './memory-client';

const [VISA, MASTERCARD, RUPAY, AMEX] = SAMPLE_NAMES;

/**
 * Each story gets its own client and cache (a docs page renders them side by side); a story
 * picks its backend with `parameters.walletClient`, a factory.
 */
const withWallet: Decorator = (Story, { parameters }) => (
  <Wallet make={parameters.walletClient ?? (() => memoryWalletClient(sampleCards))}>
    <Story />
  </Wallet>
);

function Wallet({ make, children }: { make: () => WalletClient; children: ReactNode }) {
  // One client per render: a docs page shows its stories side by side, each with its own data.
  const [client] = useState(make);
  return <StoryWallet client={client}>{children}</StoryWallet>;
}

const meta = {
  title: 'Reference/SavedCardList',
  component: SavedCardList,
  tags: ['autodocs'],
  args: { onCardRemoved: fn(), onError: fn(), renderBrandMark },
  argTypes: {
    emptyState: { control: false },
    renderCard: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component: `The ready-made list: heading "Saved cards", one row per card with a remove button,
a confirm dialog (Radix AlertDialog, Cancel focused), optimistic removal (docs/removal-rules.md), toasts for
failures and a polite live region for successes. Render it inside a \`WalletProvider\`. Other props
(\`id\`, \`aria-*\`, \`data-*\`…) land on the root \`<section>\`.`,
      },
    },
  },
  decorators: [withWallet],
} satisfies Meta<typeof SavedCardList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The list with the sample cards; removing one calls `onCardRemoved` with it. */
export const Default: Story = {
  play: async ({ args }) => {
    await findList();
    await expect(shownCards()).toEqual([...SAMPLE_NAMES]);
    await confirmRemoval(RUPAY);
    await expect(shownCards()).toEqual([VISA, MASTERCARD, AMEX]);
    await expect(await screen.findByText(`${RUPAY} removed`)).toBeInTheDocument();
    await expect(args.onCardRemoved).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'card_rupay' }),
    );
  },
};

/** `emptyState` replaces the default "No saved cards". */
export const CustomEmptyState: Story = {
  args: {
    emptyState: <p>You have no saved cards yet. Save one at checkout to pay faster.</p>,
  },
  parameters: { walletClient: () => memoryWalletClient([]) },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText(/You have no saved cards yet/),
    ).toBeVisible();
  },
};

/** `renderCard` lays out a row; the kit keeps the `<li>`, the remove button and its rules. */
export const RenderCard: Story = {
  args: {
    renderCard: (card, { label, removeButton }) => (
      <>
        <strong>{card.nickname ?? label}</strong>
        {card.nickname ? <span> · {label}</span> : null} {removeButton}
      </>
    ),
  },
  play: async ({ canvasElement }) => {
    await findList();
    await expect(within(canvasElement).getByText('Work card')).toBeVisible();
    await expect(shownCards()).toEqual([...SAMPLE_NAMES]);
  },
};

/** `onError` hears a failed removal (here `provider_error`), after the card is restored. */
export const OnError: Story = {
  parameters: {
    walletClient: () => memoryWalletClient(sampleCards, { failDeletes: 'provider_error' }),
  },
  play: async ({ args }) => {
    await findList();
    await confirmRemoval(AMEX);
    await expect(await screen.findByText("We couldn't remove the card.")).toBeInTheDocument();
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'provider_error' }),
      expect.objectContaining({ id: 'card_amex' }),
    );
    await expect(shownCards()).toEqual([...SAMPLE_NAMES]);
  },
};
