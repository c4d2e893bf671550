import type { WalletMessages } from './messages';
import { requestedNumberingSystem } from './requested-numbering-system';

/**
 * A count as a message shows it: grouped for `locale`, in the message set's digits
 * (`messages.numberingSystem`) unless the tag names its own (`-u-nu-`). Naming the digits keeps
 * server and browser in step: each ships its own ICU data, whose defaults move between
 * CLDR versions (`ar`: Latin digits in CLDR 48, `ar-EG` Arabic-Indic).
 */
export function formatCount(
  n: number,
  locale: string | undefined,
  messages: Pick<WalletMessages, 'numberingSystem'>,
): string {
  return n.toLocaleString(locale, {
    numberingSystem: requestedNumberingSystem(locale) ?? messages.numberingSystem,
  });
}
