import type { Decorator } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { useContext, useEffect, useState } from 'react';
import { createHttpWalletClient, WalletProvider, type WalletProviderProps } from '../src/index';
import { StoryLocaleContext } from './story-locale';

/** Provider props a story may set; the client defaults to HTTP against the MSW backend. */
export type StoryWalletProps = Omit<WalletProviderProps, 'client' | 'queryClient'> & {
  client?: WalletProviderProps['client'];
};

/** The kit's provider with a fresh QueryClient per story render, so no story starts from another's cache. */
export function StoryWallet({ client: given, children, ...props }: StoryWalletProps) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  );
  const [client] = useState(() => given ?? createHttpWalletClient());
  useEffect(() => () => queryClient.clear(), [queryClient]);
  // The toolbar's locale global (.storybook/page-globals.tsx), under the story's own props.
  const fromToolbar = useContext(StoryLocaleContext);
  return (
    <WalletProvider client={client} queryClient={queryClient} {...fromToolbar} {...props}>
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
