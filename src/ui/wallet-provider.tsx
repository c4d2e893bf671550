import { VisuallyHidden } from '@radix-ui/react-visually-hidden';
import { useSyncExternalStore } from 'react';
import { useWalletContext } from '../query/wallet-context';
import {
  type WalletProviderProps as WalletStateProps,
  WalletStateProvider,
} from '../query/wallet-state-provider';
import { Toaster } from './toaster';
import { UnstyledContext } from './use-slot';

/** Props of {@link WalletProvider}: the data props plus how the parts are styled. */
export interface WalletProviderProps extends WalletStateProps {
  /** Render every part without the kit's classes (styles.css has no effect); behaviour stays. */
  unstyled?: boolean;
}

/** Everything the kit needs: data, messages, the live region and (unless the host has one) a toaster. */
export function WalletProvider({ children, unstyled, ...props }: WalletProviderProps) {
  return (
    <WalletStateProvider {...props}>
      <UnstyledContext.Provider value={unstyled}>
        {children}
        <WalletChrome />
      </UnstyledContext.Provider>
    </WalletStateProvider>
  );
}

// The one polite live region (successes; errors speak through the toasts), hidden by an inline
// style so it stays hidden in unstyled mode too.
function WalletChrome() {
  const { announcer, toasts, messages } = useWalletContext();
  const message = useSyncExternalStore(announcer.subscribe, announcer.getSnapshot, () => '');
  return (
    <>
      <VisuallyHidden data-slot="live-region" role="status" aria-live="polite">
        {message}
      </VisuallyHidden>
      {toasts ? <Toaster store={toasts} messages={messages} /> : null}
    </>
  );
}
