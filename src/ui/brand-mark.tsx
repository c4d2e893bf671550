import type { CardBrand } from '../core/types';
import { useSlot } from './use-slot';

// Logotypes, not words: the same in every language, and hidden from assistive tech.
const MARKS: Readonly<Record<CardBrand, string>> = {
  visa: 'VISA',
  mastercard: 'MC',
  amex: 'AMEX',
  rupay: 'RuPay',
  maestro: 'MAES',
  discover: 'DISC',
  diners: 'DC',
  jcb: 'JCB',
  unionpay: 'UP',
  unknown: '••••',
};

/** A compact, decorative brand badge; the card's text already names the brand. */
export function BrandMark({ brand }: { brand: CardBrand }) {
  return (
    <span {...useSlot()('brand-mark')} data-brand={brand} aria-hidden="true">
      {MARKS[brand]}
    </span>
  );
}
