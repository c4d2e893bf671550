'use client';
import * as Toast from '@radix-ui/react-toast';
import { useEffect, useState } from 'react';
import { formatCount } from '../core/format-count';
import type { WalletMessages } from '../core/messages';
import { sentences } from '../core/sentences';
import { useSecondsUntil } from '../query/clock';
import { useListHeadings } from '../query/list-headings';
import { type ToastStore, useToasts } from '../query/toast-store';
import { useWalletContext } from '../query/wallet-context';
import { useSlot } from './use-slot';

/** The default toaster (Radix Toast), fed by the provider's toast store. */
export function Toaster({ store, messages }: { store: ToastStore; messages: WalletMessages }) {
  const toasts = useToasts(store);
  const setViewport = useFocusReturn();
  const slot = useSlot();
  const { locale } = useWalletContext();
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
          // Radix pauses its timer on hover and focus, which an unpausable toast must not do: the
          // kit closes that one itself when the held DELETE goes, so "Undo" is never shown once
          // it can no longer work (docs/removal-rules.md rule 8).
          duration={toast.pausable ? toast.duration : Number.POSITIVE_INFINITY}
          onOpenChange={(open) => {
            if (!open) store.dismiss(toast.id);
          }}
        >
          <div>
            <Toast.Title
              {...slot('toast-title')}
              {...UNSAID}
              // What Radix's announcer says for the whole toast, as sentences.
              data-radix-toast-announce-alt={sentences(
                [
                  toast.title,
                  toast.description,
                  toast.pausable
                    ? ''
                    : countdown(messages, locale, Math.ceil(toast.duration / 1000)),
                  toast.action?.label,
                ],
                messages,
              )}
            >
              {toast.title}
            </Toast.Title>
            {toast.description ? (
              <Toast.Description {...slot('toast-description')} {...UNSAID}>
                {toast.description}
              </Toast.Description>
            ) : null}
            {toast.pausable ? null : <Countdown ms={toast.duration} />}
            <div {...slot('toast-actions')}>
              {toast.action ? (
                // Close rather than Action: the title already says the action's label.
                <Toast.Close
                  {...slot('toast-action', 'button')}
                  data-variant="secondary"
                  onClick={toast.action.onAction}
                >
                  {toast.action.label}
                </Toast.Close>
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
      <Toast.Viewport
        asChild
        {...slot('toast-viewport')}
        ref={setViewport}
        // The region in the page's language too ("Notifications (F8)" by Radix's default).
        label={`${messages.notifications} ({hotkey})`}
      >
        <div />
      </Toast.Viewport>
    </Toast.Provider>
  );
}

/**
 * Radix announces a toast by gathering its text nodes into one live region, where a screen
 * reader gets them run together ("Visa ending in 4242 removed5 s leftUndo"). Its own
 * exclusion (the attribute `Toast.Action`'s `altText` sets) keeps each part out, and the title
 * carries the whole as sentences instead.
 */
const UNSAID = { 'data-radix-toast-announce-exclude': '' };

const countdown = (messages: WalletMessages, locale: string | undefined, seconds: number) =>
  messages.undoCountdown(formatCount(seconds, locale, messages), seconds);

/**
 * The undo window's seconds, visible. Spoken once, with the toast: the toast is
 * aria-live="off", so the ticks that follow are not announced.
 */
function Countdown({ ms }: { ms: number }) {
  const { messages, locale } = useWalletContext();
  const slot = useSlot();
  // The deadline is taken once mounted (an effect reads the clock, rendering does not).
  const [end, setEnd] = useState(0);
  useEffect(() => setEnd(Date.now() + ms), [ms]);
  const left = useSecondsUntil(end);
  const seconds = end ? left : Math.ceil(ms / 1000);
  return (
    <p {...slot('toast-countdown', 'toast-description')} {...UNSAID}>
      {countdown(messages, locale, seconds)}
    </p>
  );
}

/**
 * Radix parks focus on the empty viewport when a focused toast closes (after "Try again",
 * Dismiss or Escape from the keyboard); docs/removal-rules.md rule 7 wants it back where the
 * shopper was before they reached the toast (by F8, Tab or a pointer), or, when that element is
 * gone, on the heading of the list the removal failed in.
 */
function useFocusReturn() {
  const headings = useListHeadings();
  const [viewport, setViewport] = useState<HTMLElement | null>(null);
  useEffect(() => {
    // Radix's notifications region: the viewport and, around it, the focus proxies a Tab from
    // the page lands on before Radix hands focus to a toast. Focus from the page is focus from
    // outside this region, never from a proxy.
    const region = viewport?.parentElement;
    if (!viewport || !region) return;
    let returnTo: HTMLElement | null = null;
    // A DOM listener: Radix portals each toast into the viewport, so React's onFocus on the
    // viewport never hears focus that goes straight to a toast's button (a click, a screen reader).
    const onFocusIn = ({ target, relatedTarget }: FocusEvent) => {
      // Only elements take focus, so a focus event's relatedTarget is one (or null: from nowhere,
      // which leaves the list heading to return to).
      const from = relatedTarget as HTMLElement | null;
      if (!from || !region.contains(from)) returnTo = from;
      // "Try again" may be removing the very card focus came from: decide once that has landed.
      else if (target === viewport)
        setTimeout(() => {
          if (document.activeElement === viewport)
            (returnTo?.isConnected ? returnTo : headings?.fallback())?.focus();
        });
    };
    region.addEventListener('focusin', onFocusIn);
    return () => region.removeEventListener('focusin', onFocusIn);
  }, [viewport, headings]);
  return setViewport;
}
