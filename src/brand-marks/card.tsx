import type { BrandMarkProps } from './brand-mark-props';
import { MarkSvg } from './mark-svg';

// Drawn for the kit in the text colour (currentColor), so it follows the host's theme.

/** A generic card (for `unknown`): decorative (`aria-hidden`), sized 1.56em × 1em unless told. */
export function CardMark(props: BrandMarkProps) {
  return (
    <MarkSvg {...props}>
      <rect
        x="16"
        y="16"
        width="748"
        height="468"
        rx="32"
        fill="none"
        stroke="currentColor"
        strokeWidth="32"
      />
      <path fill="currentColor" d="M16 110h748v80H16zm80 200h220v44H96zm280 0h120v44H376z" />
    </MarkSvg>
  );
}
