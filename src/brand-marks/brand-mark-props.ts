import type { SVGProps } from 'react';

/** Props of every mark: any `<svg>` attribute (`className`, `width`, `aria-hidden`, …) but its art. */
export type BrandMarkProps = Omit<SVGProps<SVGSVGElement>, 'children' | 'viewBox'>;
