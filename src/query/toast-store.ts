import type { WalletNotification } from '../core/notification';

/** The default toaster's state: a small external store, so `notify` works from anywhere. */
export interface ToastStore {
  show(notification: WalletNotification): void;
  dismiss(id: string): void;
  getSnapshot(): readonly WalletNotification[];
  subscribe(listener: () => void): () => void;
}

export function createToastStore(): ToastStore {
  let toasts: readonly WalletNotification[] = [];
  const listeners = new Set<() => void>();
  const set = (next: readonly WalletNotification[]) => {
    toasts = next;
    for (const listener of listeners) listener();
  };
  return {
    // Same id replaces in place, so one card's repeated failures never stack.
    show: (notification) =>
      set([...toasts.filter((toast) => toast.id !== notification.id), notification]),
    dismiss: (id) => set(toasts.filter((toast) => toast.id !== id)),
    getSnapshot: () => toasts,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
