import type { WalletActionMessages } from '../../core/action-messages';
import { defaultActionMessages } from '../../wallet/action-messages';
import { pseudoAll } from '../pseudo';

/**
 * The pseudo-locale of the wallet's actions (`saved-card-kit/wallet`), made from their English the
 * way `enXAMessages` is from the list's. Pass it with the list's set: `messages={{ ...enXAMessages,
 * ...enXAActionMessages }}`.
 */
export const enXAActionMessages: WalletActionMessages = pseudoAll(defaultActionMessages);
