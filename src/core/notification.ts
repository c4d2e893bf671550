import type { WalletErrorCode } from './wallet-error';

/** A toast the kit wants shown; a notification with the same `id` replaces the earlier one. */
export interface WalletNotification {
  id: string;
  tone: 'error' | 'success';
  title: string;
  description?: string;
  /** Offered when acting again can help, e.g. "Try again". */
  action?: { label: string; onAction: () => void };
  code?: WalletErrorCode;
  /**
   * Set on an undo toast: ms its action stays offered (the held DELETE's deadline). The kit's
   * toaster shows a countdown and closes the toast itself when the DELETE goes.
   */
  duration?: number;
}

/** Shows a notification: the kit's own toaster, or the host's through `notify`. */
export type Notify = (notification: WalletNotification) => void;

/** What happened, for analytics and host logging (never card numbers). */
export type WalletEvent =
  | { type: 'card_remove_started'; cardId: string }
  | { type: 'card_removed'; cardId: string }
  | { type: 'card_remove_failed'; cardId: string; code: WalletErrorCode }
  | { type: 'cards_load_failed'; code: WalletErrorCode };
