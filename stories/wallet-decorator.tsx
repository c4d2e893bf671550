import type { Decorator } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { createHttpWalletClient, WalletProvider } from '../src/index';

function StoryWallet({ children }: { children: ReactNode }) {
  // One QueryClient per story render, so no story starts from another's cache.
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  );
  const [client] = useState(() => createHttpWalletClient());
  useEffect(() => () => queryClient.clear(), [queryClient]);
  return (
    <WalletProvider client={client} queryClient={queryClient}>
      {children}
    </WalletProvider>
  );
}

/** Wraps a story in the kit's provider, the way a merchant would, against the MSW backend. */
export const withWallet: Decorator = (Story) => (
  <StoryWallet>
    <Story />
  </StoryWallet>
);
