import type { ReactNode } from 'react';
import type { CardBrand } from '../core/types';
import { brandMarks } from './brand-marks';
import { CardMark } from './card';

/** For `<SavedCardList renderBrandMark={renderBrandMark}>`: every brand's artwork. */
export function renderBrandMark(brand: CardBrand): ReactNode {
  // A brand newer than this build (an untyped server, say) still gets a card, not a crash.
  const Mark = brandMarks[brand] ?? CardMark;
  return <Mark />;
}
