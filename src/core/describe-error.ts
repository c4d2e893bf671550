import { describeCooldown } from './describe-cooldown';
import type { WalletMessages } from './messages';
import type { WalletError } from './wallet-error';

/** The sentence a person reads for an error; never the server's own text. Numbers use `locale`. */
export function describeError(
  error: WalletError,
  messages: WalletMessages,
  locale?: string,
): string {
  return error.code === 'rate_limited'
    ? describeCooldown(
        Math.max(1, Math.ceil((error.retryAfterMs ?? 60_000) / 1000)),
        messages,
        locale,
      )
    : // A 409 says why the card is locked (docs/removal-rules.md rule 10); a client that gives no reason gets the code's text.
      error.code === 'card_in_use' && error.reason
      ? messages.lockReasons[error.reason]
      : messages.errors[error.code];
}
