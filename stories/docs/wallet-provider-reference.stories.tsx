import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { expect, fn, screen, waitFor } from 'storybook/test';
import { renderBrandMark } from '../../src/brand-marks/index';
import { SavedCardList, WalletProvider } from '../../src/index';
import { SAMPLE_NAMES, sampleCards } from '../mocks';
import { confirmRemoval, findList, shownCards } from '../play-helpers';
import { memoryWalletClient } from './memory-client';

const [VISA, MASTERCARD] = SAMPLE_NAMES;

const meta = {
  title: 'Reference/WalletProvider',
  component: WalletProvider,
  tags: ['autodocs'],
  argTypes: {
    client: { control: false },
    queryClient: { control: false },
    notify: { control: false },
    children: { control: false },
  },
  // A fresh client and cache per render: the stories of a docs page never share state.
  loaders: [
    () => ({
      client: memoryWalletClient(sampleCards),
      queryClient: new QueryClient({ defaultOptions: { queries: { retry: false } } }),
    }),
  ],
  args: { client: memoryWalletClient([]), onEvent: fn() },
  render: (args, { loaded }) => (
    <WalletProvider {...args} client={loaded.client} queryClient={loaded.queryClient}>
      <SavedCardList renderBrandMark={renderBrandMark} />
    </WalletProvider>
  ),
  parameters: {
    docs: {
      description: {
        component: `Wrap every part of the kit (the list, or your own UI on the hooks) in one provider.
It holds the \`WalletClient\`, the react-query cache (yours when you pass \`queryClient\` or already
render a \`QueryClientProvider\`), the messages and locale, the polite live region and, unless you
pass \`notify\`, the kit's toaster. Every list under one provider shares one query key.`,
      },
    },
  },
} satisfies Meta<typeof WalletProvider>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Defaults: English messages, the browser's locale, the kit's own toaster. */
export const Default: Story = {
  play: async ({ args }) => {
    await findList();
    await expect(shownCards()).toEqual([...SAMPLE_NAMES]);
    await confirmRemoval(VISA);
    await waitFor(() =>
      expect(args.onEvent).toHaveBeenCalledWith({ type: 'card_removed', cardId: 'card_visa' }),
    );
  },
};

/** `messages` overrides any string; names follow (the remove button says "Delete …"). */
export const CustomMessages: Story = {
  args: {
    messages: {
      listHeading: 'Your cards',
      remove: 'Delete',
      removeButton: (name) => `Delete ${name}`,
    },
  },
  play: async () => {
    await screen.findByRole('list', { name: 'Your cards' });
    await expect(await screen.findByRole('button', { name: `Delete ${MASTERCARD}` })).toBeVisible();
  },
};

/** `notify` sends failures to the host's toaster instead; the kit then renders none. */
export const HostNotify: Story = {
  args: { notify: fn() },
  loaders: [() => ({ client: memoryWalletClient(sampleCards, { failDeletes: 'card_in_use' }) })],
  play: async ({ args }) => {
    await findList();
    await confirmRemoval(MASTERCARD);
    await waitFor(() =>
      expect(args.notify).toHaveBeenCalledWith(
        expect.objectContaining({
          tone: 'error',
          code: 'card_in_use',
          title: 'This card is being used for a payment in progress.',
          description: MASTERCARD,
        }),
      ),
    );
    await expect(document.querySelector('[data-slot="toast"]')).toBeNull();
    await waitFor(() => expect(shownCards()).toEqual([...SAMPLE_NAMES]));
  },
};
