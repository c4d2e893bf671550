'use client';
import type { Notify, WalletNotification } from '../core/notification';
import { createStore, type Store } from './create-store';
import { useStore } from './use-store';

/** The default toaster's state: a small external store, so `notify` works from anywhere. */
export interface ToastStore
  extends Pick<Store<readonly WalletNotification[]>, 'getSnapshot' | 'subscribe'> {
  /** The kit's own `notify`: its close removes that notification, not a later one with its id. */
  show: Notify;
  dismiss(id: string): void;
}

const NONE: readonly WalletNotification[] = [];

export function createToastStore(): ToastStore {
  const { getSnapshot, set, subscribe } = createStore(NONE);
  const without = (id: string) => getSnapshot().filter((toast) => toast.id !== id);
  return {
    // Same id replaces in place, so one card's repeated failures never stack.
    show: (notification) => {
      set([...without(notification.id), notification]);
      return () => set(getSnapshot().filter((toast) => toast !== notification));
    },
    dismiss: (id) => set(without(id)),
    getSnapshot,
    subscribe,
  };
}

/** The toasts to show now (none on the server). */
export function useToasts(store: ToastStore): readonly WalletNotification[] {
  return useStore(store, NONE);
}
