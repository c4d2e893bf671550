import type { WalletMessages } from './messages';
import type { WalletError } from './wallet-error';

/** The sentence a person reads for an error; never the server's own text. */
export function describeError(error: WalletError, messages: WalletMessages): string {
  if (error.code === 'rate_limited') {
    return messages.rateLimited(Math.max(1, Math.ceil((error.retryAfterMs ?? 60_000) / 1000)));
  }
  return messages.errors[error.code];
}
