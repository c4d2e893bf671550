import type { WalletMessages } from '../core/messages';
import type { WalletNotification } from '../core/notification';
import { sentences } from '../core/sentences';
import type { WalletErrorCode } from '../core/wallet-error';

/** A failure toast: long enough to reach "Try again" when offered; hover or focus may hold it. */
export function failure(
  messages: WalletMessages,
  id: string,
  title: string,
  description: string,
  action: WalletNotification['action'],
  code?: WalletErrorCode,
): WalletNotification {
  return {
    id,
    tone: 'error',
    title,
    description,
    action,
    spoken: sentences([title, description, action?.label], messages),
    code,
    duration: action ? 10_000 : 6_000,
    pausable: true,
  };
}
