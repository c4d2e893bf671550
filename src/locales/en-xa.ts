import { BRAND_NAMES } from '../core/brand-names';
import { defaultMessages, type WalletMessages } from '../core/messages';
import { pseudo, pseudoAll } from './pseudo';

/**
 * A pseudo-locale for designers and tests, not for shoppers: English, accented, a third longer
 * and in brackets, so a cut-off, an untranslated or a concatenated string shows on sight.
 * `<WalletProvider locale="en-XA" messages={enXAMessages}>`.
 */
export const enXAMessages: WalletMessages = {
  ...pseudoAll(defaultMessages),
  numberingSystem: 'latn',
  // Brand names stay as printed on the card, as in every locale.
  brands: { ...BRAND_NAMES, unknown: pseudo(BRAND_NAMES.unknown) },
};
