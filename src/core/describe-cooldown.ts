import type { WalletMessages } from './messages';

/** "Too many attempts. Try again in 5 seconds.", the number formatted through Intl for `locale`. */
export function describeCooldown(
  seconds: number,
  messages: WalletMessages,
  locale: string | undefined,
): string {
  return messages.rateLimited(seconds.toLocaleString(locale), seconds);
}
