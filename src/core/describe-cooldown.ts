import { formatCount } from './format-count';
import type { WalletMessages } from './messages';

/** "Too many attempts. Try again in 5 seconds.", the number formatted through Intl for `locale` in the set's digits. */
export function describeCooldown(
  seconds: number,
  messages: WalletMessages,
  locale: string | undefined,
): string {
  return messages.rateLimited(formatCount(seconds, locale, messages), seconds);
}
