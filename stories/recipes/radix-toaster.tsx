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
export function RadixToaster({
  dismissLabel = 'Dismiss',
  label = 'Notifications',
}: {
  dismissLabel?: string;
  /** Said before each toast and names the toasts' region: the shopper's language, like the rest. */
  label?: string;
}) {
  const shown = useSyncExternalStore(
    subscribe,
    () => toasts,
    () => NONE,
  );
  // Toasts are this toaster's: none outlives it.
  useEffect(() => () => setToasts(NONE), []);
  return (
    <Toast.Provider swipeDirection="right" label={label}>
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
            {/* Radix announces a toast by joining its parts' text with no space between them
                ("…the card.Visa ending in 4242Try again"): the title gives the whole as
                `spoken`, sentences in the shopper's language, and every other part is left out. */}
            <Toast.Title style={{ fontWeight: 600 }} {...said(n.spoken)}>
              {n.title}
            </Toast.Title>
            {n.description ? (
              <Toast.Description {...said()}>{n.description}</Toast.Description>
            ) : null}
            {n.action ? (
              // Close, not Action: Action would add its label to the announcement a second time.
              <Toast.Close onClick={n.action.onAction} {...said()}>
                {n.action.label}
              </Toast.Close>
            ) : null}
            <Toast.Close aria-label={dismissLabel} {...said()}>
              ×
            </Toast.Close>
          </div>
        </Toast.Root>
      ))}
      <Toast.Viewport asChild label={`${label} ({hotkey})`}>
        <div style={viewportStyle} />
      </Toast.Viewport>
    </Toast.Provider>
  );
}

/** Radix's announcer skips a part marked so, and says its `alt` instead when it has one. */
const said = (alt?: string) => ({
  'data-radix-toast-announce-exclude': '',
  'data-radix-toast-announce-alt': alt,
});

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
