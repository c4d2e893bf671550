import type { WalletMessages } from './messages';
import type { SavedCard } from './types';

/** "Visa ending in 4242": how every part of the UI names a card. */
export function cardLabel(
  card: Pick<SavedCard, 'brand' | 'last4'>,
  messages: WalletMessages,
): string {
  return messages.cardName(messages.brands[card.brand], card.last4);
}
