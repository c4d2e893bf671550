import type { WalletMessages } from './messages';
import { requestedNumberingSystem } from './requested-numbering-system';

/**
 * A count as a message shows it: grouped for `locale`, in the message set's digits
 * (`messages.numberingSystem`) unless the tag names its own (`-u-nu-`). Naming the digits keeps
 * server and browser in step: Node's and Chromium's ICU disagree on some defaults (`ar`).
 */
export function formatCount(
  n: number,
  locale: string | undefined,
  messages: Pick<WalletMessages, 'numberingSystem'>,
): string {
  const numberingSystem = requestedNumberingSystem(locale) ?? messages.numberingSystem;
  return n.toLocaleString(locale, { numberingSystem });
}
