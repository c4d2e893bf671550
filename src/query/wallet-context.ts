'use client';
import { createContext, useContext } from 'react';
import type { WalletMessages } from '../core/messages';
import type { Notify, WalletEvent } from '../core/notification';
import type { WalletClient } from '../core/wallet-client';
import type { Announcer } from './announcer';
import type { ToastStore } from './toast-store';

/** What every hook and part of the kit reads from the nearest WalletProvider. */
export interface WalletContextValue {
  client: WalletClient;
  messages: WalletMessages;
  locale: string | undefined;
  /** Shows a notification (the host's `notify`, else the kit's toaster); returns its close, if any. */
  notify: Notify;
  /** Closes the notification the kit last showed with this id, when its toaster said how. */
  closeNotification: (id: string) => void;
  emit: (event: WalletEvent) => void;
  announcer: Announcer;
  /** The kit's own toaster state; null when the host shows toasts through `notify`. */
  toasts: ToastStore | null;
  /** How long a confirmed removal is held for "Undo"; 0 = sent at once. */
  undoMs: number;
  expiringSoonMonths: number;
}

export const WalletContext = createContext<WalletContextValue | null>(null);

export function useWalletContext(): WalletContextValue {
  const value = useContext(WalletContext);
  if (!value) throw new Error('saved-card-kit: wrap this component in <WalletProvider>.');
  return value;
}
