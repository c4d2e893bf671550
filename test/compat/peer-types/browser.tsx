// The browser entry as a host uses it with TanStack Query: its own QueryClient, a prefetch
// with cardsQueryOptions, the list, and the hooks; every type here comes from the peers.
import { QueryClient, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import {
  cardsQueryOptions,
  createHttpWalletClient,
  type SavedCard,
  SavedCardList,
  useSavedCards,
  WalletProvider,
} from 'saved-card-kit';

const queryClient = new QueryClient();
const client = createHttpWalletClient();

export async function prefetchCards(): Promise<SavedCard[] | undefined> {
  const options = cardsQueryOptions(client, queryClient);
  await queryClient.prefetchQuery(options);
  return queryClient.getQueryData(options.queryKey);
}

export function useCardCount(): number {
  const { data } = useQuery(cardsQueryOptions(client, queryClient));
  const cards: SavedCard[] | undefined = data;
  return cards?.length ?? 0;
}

export function CardCount(): ReactNode {
  const result = useSavedCards();
  return result.cards?.length ?? 0;
}

export function AccountPage(): ReactNode {
  return (
    <WalletProvider client={client} queryClient={queryClient}>
      <SavedCardList />
    </WalletProvider>
  );
}
