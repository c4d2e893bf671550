import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import {
  createHttpWalletClient,
  SavedCardList,
  WalletProvider,
  type WalletProviderProps,
} from '../../src/index';
import type { FakeBackend } from './fake-backend';

export function testQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  });
}

/** Renders the kit the way a merchant would, against the fake backend. */
export function renderWallet(
  backend: FakeBackend,
  options: { ui?: ReactNode; queryClient?: QueryClient } & Partial<WalletProviderProps> = {},
) {
  const { ui, queryClient = testQueryClient(), ...props } = options;
  const client = createHttpWalletClient({ fetch: backend.fetch });
  const result = render(
    <WalletProvider client={client} queryClient={queryClient} {...props}>
      {ui ?? <SavedCardList />}
    </WalletProvider>,
  );
  return { ...result, queryClient, client };
}
