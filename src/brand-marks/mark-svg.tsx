import type { ReactNode } from 'react';
import type { BrandMarkProps } from './brand-mark-props';

// Inline SVG, never an <img> or a data: URI: checkout pages run a CSP without `data:`, and
// inline shapes stay sharp at any zoom. Decorative: the card's text already names the brand.
export function MarkSvg({ children, ...props }: BrandMarkProps & { children: ReactNode }) {
  return (
    <svg viewBox="0 0 780 500" width="1.56em" height="1em" aria-hidden="true" {...props}>
      {children}
    </svg>
  );
}
