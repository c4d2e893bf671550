import type { WalletActionMessages } from '../../core/action-messages';
import { defaultActionMessages } from '../../wallet/action-messages';

/**
 * English, the wallet actions' default (`defaultActionMessages`, the same object), under its
 * locale's name so a language switch can list every set alike: `messages={{ ...enMessages,
 * ...enActionMessages }}`.
 */
export const enActionMessages: WalletActionMessages = defaultActionMessages;
