import { useState } from 'react';
import type { SavedCard } from '../../src/index';

const BRAND_NAMES: Record<string, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  rupay: 'RuPay',
  discover: 'Discover',
  jcb: 'JCB',
};
const twoDigits = (value: number) => String(value % 100).padStart(2, '0');

// The least a page can do to show the same cards: one <li> of the same text each (brand,
// •••• last4, expiry, nickname), no classes, no memo, no dialog; a click drops the row.
export function FloorList({ cards }: { cards: SavedCard[] }) {
  const [list, setList] = useState(cards);
  return (
    <ul data-floor="">
      {list.map((card) => (
        // biome-ignore lint/a11y/useKeyWithClickEvents: a bench floor, clicked by the runner only.
        <li key={card.id} onClick={() => setList((l) => l.filter((c) => c.id !== card.id))}>
          {BRAND_NAMES[card.brand] ?? 'Card'} •••• {card.last4} Expires{' '}
          {twoDigits(card.expiryMonth)}/{twoDigits(card.expiryYear)} {card.nickname}
        </li>
      ))}
    </ul>
  );
}
