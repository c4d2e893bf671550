import type { ComponentType } from 'react';
import type { CardBrand } from '../core/types';
import { AmexMark } from './amex';
import type { BrandMarkProps } from './brand-mark-props';
import { CardMark } from './card';
import { DinersMark } from './diners';
import { DiscoverMark } from './discover';
import { JcbMark } from './jcb';
import { MaestroMark } from './maestro';
import { MastercardMark } from './mastercard';
import { RuPayMark } from './rupay';
import { UnionPayMark } from './unionpay';
import { VisaMark } from './visa';

/** Every brand's mark component, `unknown` the generic card; importing this costs all ten. */
export const brandMarks: Readonly<Record<CardBrand, ComponentType<BrandMarkProps>>> = {
  visa: VisaMark,
  mastercard: MastercardMark,
  amex: AmexMark,
  rupay: RuPayMark,
  maestro: MaestroMark,
  discover: DiscoverMark,
  diners: DinersMark,
  jcb: JcbMark,
  unionpay: UnionPayMark,
  unknown: CardMark,
};
