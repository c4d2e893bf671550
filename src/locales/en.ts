import { defaultMessages, type WalletMessages } from '../core/messages';

/**
 * English, the kit's default set (`defaultMessages`, the same object), under its locale's name
 * so a language switch can list every set alike: `{ en: enMessages, ar: arMessages }`.
 */
export const enMessages: WalletMessages = defaultMessages;
