'use client';
import type { ReactNode } from 'react';
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

/**
 * A compact, decorative brand mark; the card's text already names the brand. Shows `children`
 * (artwork, e.g. from `saved-card-kit/brand-marks`) when given, else a text badge.
 */
export function BrandMark({ brand, children }: { brand: CardBrand; children?: ReactNode }) {
  const artwork = children !== undefined && children !== null && children !== false;
  return (
    <span
      {...useSlot()('brand-mark')}
      data-brand={brand}
      data-variant={artwork ? 'artwork' : 'text'}
      aria-hidden="true"
    >
      {artwork ? children : (MARKS[brand] ?? MARKS.unknown)}
    </span>
  );
}
