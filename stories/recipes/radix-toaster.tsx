import * as Toast from '@radix-ui/react-toast';
import { type CSSProperties, useEffect, useSyncExternalStore } from 'react';
import type { Notify, WalletNotification } from '../../src/index';

// The host's toasts live outside React, so `radixNotify` can be called from anywhere.
let toasts: readonly WalletNotification[] = [];
const listeners = new Set<() => void>();
const NONE: readonly WalletNotification[] = [];

function setToasts(next: readonly WalletNotification[]) {
  toasts = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

// Removes this notification, not a later one that replaced it under the same id.
const close = (n: WalletNotification) => setToasts(toasts.filter((t) => t !== n));

/**
 * The kit's notifications in the host's Radix toaster: `<RadixToaster />` once in the page, and
 * `<WalletProvider notify={radixNotify}>`. The same `id` replaces a toast in place.
 */
export const radixNotify: Notify = (n) => {
  setToasts([...toasts.filter((t) => t.id !== n.id), n]);
  return () => close(n);
};

/** The host's toaster (Radix Toast), showing what `radixNotify` was given. */
export function RadixToaster({ dismissLabel = 'Dismiss' }: { dismissLabel?: string }) {
  const shown = useSyncExternalStore(
    subscribe,
    () => toasts,
    () => NONE,
  );
  // Toasts are this toaster's: none outlives it.
  useEffect(() => () => setToasts(NONE), []);
  return (
    <Toast.Provider swipeDirection="right">
      {shown.map((n) => (
        <Toast.Root
          key={n.id}
          // A <div>: role="status" is not allowed on Radix's default <li> (axe).
          asChild
          data-host-toast={n.tone}
          type={n.tone === 'error' ? 'foreground' : 'background'}
          // Radix pauses its timer on hover and focus, which an unpausable toast must not do;
          // the kit closes that one itself at its deadline.
          duration={n.pausable ? n.duration : Number.POSITIVE_INFINITY}
          onOpenChange={(open) => {
            if (!open) close(n);
          }}
        >
          <div style={{ ...toastStyle, borderColor: n.tone === 'error' ? '#b42318' : '#067647' }}>
            <Toast.Title style={{ fontWeight: 600 }}>{n.title}</Toast.Title>
            {n.description ? <Toast.Description>{n.description}</Toast.Description> : null}
            {n.action ? (
              <Toast.Action altText={n.action.label} onClick={n.action.onAction}>
                {n.action.label}
              </Toast.Action>
            ) : null}
            <Toast.Close aria-label={dismissLabel}>×</Toast.Close>
          </div>
        </Toast.Root>
      ))}
      <Toast.Viewport asChild>
        <div style={viewportStyle} />
      </Toast.Viewport>
    </Toast.Provider>
  );
}

const viewportStyle: CSSProperties = {
  position: 'fixed',
  insetBlockEnd: 16,
  insetInlineEnd: 16,
  display: 'grid',
  gap: 8,
  width: 320,
  maxWidth: 'calc(100vw - 32px)',
  zIndex: 10,
};

const toastStyle: CSSProperties = {
  display: 'grid',
  gap: 6,
  justifyItems: 'start',
  padding: 12,
  background: '#fff',
  color: '#111',
  border: '2px solid',
  borderRadius: 8,
};
