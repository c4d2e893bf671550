import type { CardBrand } from '../core/types';

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
    <span
      data-slot="brand-mark"
      data-brand={brand}
      className="wallet-brand-mark"
      aria-hidden="true"
    >
      {MARKS[brand]}
    </span>
  );
}
