import type { Meta, StoryObj } from '@storybook/react-vite';
import {
  QueryClient,
  QueryClientProvider,
  useIsFetching,
  useQueryClient,
} from '@tanstack/react-query';
import { type ReactNode, useEffect, useState, useSyncExternalStore } from 'react';
import { expect, screen, userEvent, waitFor } from 'storybook/test';
import { renderBrandMark } from '../../src/brand-marks/index';
import {
  createHttpWalletClient,
  type SavedCard,
  SavedCardList,
  WalletProvider,
  walletKeys,
} from '../../src/index';
import { card } from '../../test/helpers/cards';
import {
  deleteHandler,
  listHandler,
  mockApi,
  requestsSent,
  SAMPLE_NAMES,
  sampleCards,
} from '../mocks';
import { backend } from '../mocks/backend';
import { confirmRemoval, findList, shownCards } from '../play-helpers';

const client = createHttpWalletClient();

/** The host app's own provider, as it already has one at its root. */
function HostApp({ children }: { children: ReactNode }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  );
  useEffect(() => () => queryClient.clear(), [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      {/* No queryClient prop: the kit picks up the host's from context. */}
      <WalletProvider client={client}>{children}</WalletProvider>
    </QueryClientProvider>
  );
}

/** Host code, outside the kit: reads the kit's entry in its cache and invalidates it. */
function HostPanel() {
  const queryClient = useQueryClient();
  const cache = queryClient.getQueryCache();
  const cached = useSyncExternalStore(
    (onChange) => cache.subscribe(onChange),
    () => queryClient.getQueryData<SavedCard[]>(walletKeys.cards()),
  );
  const fetching = useIsFetching({ queryKey: walletKeys.cards() });
  return (
    <aside aria-label="Host app">
      <p data-testid="host-cache">
        Host cache, <code>{JSON.stringify(walletKeys.cards())}</code>:{' '}
        {cached ? `${cached.length} cards` : 'empty'}
        {fetching > 0 ? ' (refreshing)' : ''}
      </p>
      <button
        type="button"
        className="wallet-button"
        onClick={() => queryClient.invalidateQueries({ queryKey: walletKeys.cards() })}
      >
        Refresh cards (host)
      </button>
    </aside>
  );
}

const meta = {
  title: 'Recipes/Host QueryClient',
  component: SavedCardList,
  args: { renderBrandMark },
  decorators: [
    (Story) => (
      <HostApp>
        <HostPanel />
        <Story />
      </HostApp>
    ),
  ],
  beforeEach: mockApi(() => [listHandler(sampleCards), deleteHandler()]),
} satisfies Meta<typeof SavedCardList>;

export default meta;
type Story = StoryObj<typeof meta>;

const discover = card({ id: 'card_discover', brand: 'discover', last4: '1117' });

/**
 * The kit's list lives in the host's `QueryClient` under `walletKeys.cards()`; when the host
 * invalidates that key (say after adding a card at checkout), the list refetches and shows it.
 */
export const SharedCache: Story = {
  play: async () => {
    await findList();
    const cache = screen.getByTestId('host-cache');
    await expect(cache).toHaveTextContent('["saved-card-kit","cards"]: 4 cards');
    await expect(requestsSent('GET')).toHaveLength(1);

    // The shopper saved a new card elsewhere; the host tells the cache.
    backend.cards = [...backend.cards, discover];
    await userEvent.click(screen.getByRole('button', { name: 'Refresh cards (host)' }));
    await waitFor(() => expect(shownCards()).toEqual([...SAMPLE_NAMES, 'Discover ending in 1117']));
    await expect(requestsSent('GET')).toHaveLength(2);
    await waitFor(() => expect(cache).toHaveTextContent('5 cards'));

    // And a removal through the kit lands in the host's cache once the backend confirms it.
    await confirmRemoval(SAMPLE_NAMES[0]);
    await waitFor(() => expect(cache).toHaveTextContent('4 cards'));
    await expect(shownCards()).not.toContain(SAMPLE_NAMES[0]);
  },
};
