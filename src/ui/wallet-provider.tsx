'use client';
import { useWalletContext } from '../query/wallet-context';
import { WalletStateProvider, type WalletStateProviderProps } from '../query/wallet-state-provider';
import { LiveRegion } from './live-region';
import { Toaster } from './toaster';
import { useIsClient } from './use-is-client';
import { UnstyledContext } from './use-slot';
import { useStyleNonce } from './use-style-nonce';

/** Props of {@link WalletProvider}: the data props plus how the parts are styled. */
export interface WalletProviderProps extends WalletStateProviderProps {
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
        <Announcements />
      </UnstyledContext.Provider>
    </WalletStateProvider>
  );
}

// Client-only: the live region and the toaster hold nothing before hydration, and server HTML
// must carry no style attribute (strict CSP).
function Announcements() {
  const { toasts, messages } = useWalletContext();
  if (!useIsClient()) return null;
  return (
    <>
      <LiveRegion />
      {toasts ? <Toaster store={toasts} messages={messages} /> : null}
    </>
  );
}
