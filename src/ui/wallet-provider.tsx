import { useWalletContext } from '../query/wallet-context';
import { type WalletProviderProps, WalletStateProvider } from '../query/wallet-state-provider';
import { LiveRegion } from './live-region';
import { Toaster } from './toaster';

/** Everything the kit needs: data, messages, the live region and (unless the host has one) a toaster. */
export function WalletProvider({ children, ...props }: WalletProviderProps) {
  return (
    <WalletStateProvider {...props}>
      {children}
      <WalletChrome />
    </WalletStateProvider>
  );
}

function WalletChrome() {
  const { announcer, toasts, messages } = useWalletContext();
  return (
    <>
      <LiveRegion announcer={announcer} />
      {toasts ? <Toaster store={toasts} messages={messages} /> : null}
    </>
  );
}
