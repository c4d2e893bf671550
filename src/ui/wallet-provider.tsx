import { VisuallyHidden } from '@radix-ui/react-visually-hidden';
import { useSyncExternalStore } from 'react';
import { useWalletContext } from '../query/wallet-context';
import {
  type WalletProviderProps as WalletStateProps,
  WalletStateProvider,
} from '../query/wallet-state-provider';
import { Toaster } from './toaster';
import { useIsClient } from './use-is-client';
import { UnstyledContext } from './use-slot';
import { useStyleNonce } from './use-style-nonce';

/** Props of {@link WalletProvider}: the data props plus how the parts are styled. */
export interface WalletProviderProps extends WalletStateProps {
  /** Render every part without the kit's classes (styles.css has no effect); behaviour stays. */
  unstyled?: boolean;
  /** The page's CSP nonce, put on the `<style>` the confirm dialog's scroll lock injects. */
  nonce?: string;
}

/** Everything the kit needs: data, messages, the live region and (unless the host has one) a toaster. */
export function WalletProvider({ children, unstyled, nonce, ...props }: WalletProviderProps) {
  useStyleNonce(nonce);
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
// style so it stays hidden in unstyled mode too. Client-only, like the toaster: both hold
// nothing before hydration, and server HTML must carry no style attribute (strict CSP).
function WalletChrome() {
  const { announcer, toasts, messages } = useWalletContext();
  const message = useSyncExternalStore(announcer.subscribe, announcer.getSnapshot, () => '');
  const isClient = useIsClient();
  if (!isClient) return null;
  return (
    <>
      <VisuallyHidden data-slot="live-region" role="status" aria-live="polite">
        {message}
      </VisuallyHidden>
      {toasts ? <Toaster store={toasts} messages={messages} /> : null}
    </>
  );
}
