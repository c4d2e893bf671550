import type { WalletErrorCode } from './wallet-error';

/**
 * A toast the kit wants shown (docs/browser-api.md, "Notifications"); a notification with the
 * same `id` replaces the earlier one.
 */
export interface WalletNotification {
  id: string;
  /** `error` for a failure; `success` for the undo toast ("Visa ending in 4242 removed"). */
  tone: 'error' | 'success';
  title: string;
  description?: string | undefined;
  /** Offered when acting helps: "Try again" on a failure, "Undo" on the undo toast. */
  action?: { label: string; onAction: () => void } | undefined;
  /**
   * The whole notification as sentences in the shopper's language ("We couldn't remove the
   * card. Visa ending in 4242. Try again"), for a toaster that announces a toast as one string:
   * Radix Toast's announcer joins the parts it finds without a space between them.
   */
  spoken: string;
  code?: WalletErrorCode | undefined;
  /** How long it stays, in ms; `Infinity` until closed. */
  duration: number;
  /**
   * Whether hovering or focusing the toast may hold it open past `duration`. `false` on the
   * undo toast: the held DELETE goes at `duration` whatever the shopper does, and the kit closes
   * the toast then, so "Undo" is never offered once it can no longer work.
   */
  pausable: boolean;
}

/**
 * Shows a notification: the kit's own toaster, or the host's through `notify`. Returns how to
 * close it, which the kit calls when the notification no longer holds (the undo toast at its
 * deadline, a failure once the card is removed after all); a toaster that returns nothing can't
 * be closed by the kit.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: a notify with a block body returns `void`, and stays welcome.
export type Notify = (notification: WalletNotification) => (() => void) | void;

/** What happened, for analytics and host logging (never card numbers). */
export type WalletEvent =
  | { type: 'card_remove_started'; cardId: string }
  | { type: 'card_removed'; cardId: string }
  | { type: 'card_remove_failed'; cardId: string; code: WalletErrorCode }
  | { type: 'card_default_set'; cardId: string }
  | { type: 'card_default_failed'; cardId: string; code: WalletErrorCode }
  | { type: 'cards_load_failed'; code: WalletErrorCode };
