import * as Toast from '@radix-ui/react-toast';
import { type FocusEvent, useRef } from 'react';
import type { WalletMessages } from '../core/messages';
import { useListHeadings } from '../query/list-headings';
import { type ToastStore, useToasts } from '../query/toast-store';
import { useSlot } from './use-slot';

/** The default toaster (Radix Toast), fed by the provider's toast store. */
export function Toaster({ store, messages }: { store: ToastStore; messages: WalletMessages }) {
  const toasts = useToasts(store);
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
 * or, when that element is gone, on the heading of the list the removal failed in.
 */
function useFocusReturn() {
  const headings = useListHeadings();
  const returnTo = useRef<HTMLElement | null>(null);
  return (event: FocusEvent<HTMLElement>) => {
    const viewport = event.currentTarget;
    const from = event.relatedTarget instanceof HTMLElement ? event.relatedTarget : null;
    if (from && !viewport.contains(from)) {
      returnTo.current = from;
      return;
    }
    if (event.target !== viewport || !from) return;
    // "Try again" may be removing the very card focus came from: decide once that has landed.
    setTimeout(() => {
      if (document.activeElement !== viewport) return;
      (returnTo.current?.isConnected ? returnTo.current : headings?.fallback())?.focus();
    });
  };
}
