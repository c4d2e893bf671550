// saved-card-kit/brand-marks: brand artwork as inline SVG components. Each mark is its own
// export, so importing one costs that one; `brandMarks` and `renderBrandMark` cost all ten.
export { AmexMark } from './amex';
export type { BrandMarkProps } from './brand-mark-props';
export { brandMarks } from './brand-marks';
export { CardMark } from './card';
export { DinersMark } from './diners';
export { DiscoverMark } from './discover';
export { JcbMark } from './jcb';
export { MaestroMark } from './maestro';
export { MastercardMark } from './mastercard';
export { renderBrandMark } from './render-brand-mark';
export { RuPayMark } from './rupay';
export { UnionPayMark } from './unionpay';
export { VisaMark } from './visa';
