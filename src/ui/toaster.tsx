import * as Toast from '@radix-ui/react-toast';
import { type FocusEvent, useRef, useSyncExternalStore } from 'react';
import type { WalletMessages } from '../core/messages';
import type { WalletNotification } from '../core/notification';
import type { ToastStore } from '../query/toast-store';
import { useSlot } from './use-slot';

const EMPTY: readonly WalletNotification[] = [];

/** The default toaster (Radix Toast), fed by the provider's toast store. */
export function Toaster({ store, messages }: { store: ToastStore; messages: WalletMessages }) {
  const toasts = useSyncExternalStore(store.subscribe, store.getSnapshot, () => EMPTY);
  const onViewportFocus = useFocusReturn();
  const slot = useSlot();
  return (
    <Toast.Provider label={messages.notifications} swipeDirection="right">
      {toasts.map((toast) => (
        <Toast.Root
          key={toast.id}
          // A <div> rather than Radix's <li>: role="status" is not allowed on a list item (axe).
          asChild
          // Radix speaks each toast through its own announcer; the role lets assistive tech
          // find the toast again, and aria-live="off" keeps it from being read twice.
          role="status"
          aria-live="off"
          aria-atomic="true"
          data-tone={toast.tone}
          {...slot('toast')}
          type={toast.tone === 'error' ? 'foreground' : 'background'}
          // Long enough to reach "Try again"; Radix pauses the timer on hover and focus.
          duration={toast.action ? 10_000 : 6_000}
          onOpenChange={(open) => {
            if (!open) store.dismiss(toast.id);
          }}
        >
          <div>
            <Toast.Title {...slot('toast-title')}>{toast.title}</Toast.Title>
            {toast.description ? (
              <Toast.Description {...slot('toast-description')}>
                {toast.description}
              </Toast.Description>
            ) : null}
            <div {...slot('toast-actions')}>
              {toast.action ? (
                <Toast.Action
                  altText={toast.action.label}
                  {...slot('toast-action', 'button')}
                  data-variant="secondary"
                  onClick={toast.action.onAction}
                >
                  {toast.action.label}
                </Toast.Action>
              ) : null}
              <Toast.Close
                {...slot('toast-close', 'button')}
                data-variant="ghost"
                aria-label={messages.dismiss}
              >
                <span aria-hidden="true">×</span>
              </Toast.Close>
            </div>
          </div>
        </Toast.Root>
      ))}
      <Toast.Viewport asChild {...slot('toast-viewport')} onFocus={onViewportFocus}>
        <div />
      </Toast.Viewport>
    </Toast.Provider>
  );
}

/**
 * Radix parks focus on the empty viewport when a focused toast closes (after "Try again" or
 * Dismiss from the keyboard); DESIGN §5.7 wants it back where the shopper was before F8,
 * or on the list heading when that element is gone.
 */
function useFocusReturn() {
  const returnTo = useRef<HTMLElement | null>(null);
  return (event: FocusEvent<HTMLElement>) => {
    const viewport = event.currentTarget;
    const from = event.relatedTarget instanceof HTMLElement ? event.relatedTarget : null;
    if (from && !viewport.contains(from)) {
      returnTo.current = from;
      return;
    }
    if (event.target !== viewport || !from) return;
    const fallback = document.querySelector<HTMLElement>(
      '[data-slot="saved-card-list"] [data-slot="heading"]',
    );
    (returnTo.current?.isConnected ? returnTo.current : fallback)?.focus();
  };
}
