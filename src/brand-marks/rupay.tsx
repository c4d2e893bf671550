import type { BrandMarkProps } from './brand-mark-props';
import { MarkSvg } from './mark-svg';

// Drawn for the kit (no icon set on the registry has RuPay): a white plate, the wordmark from
// Noto Sans Bold Italic outlines (SIL OFL 1.1) and the orange and green arrow.

/** RuPay's artwork: decorative (`aria-hidden`), 780×500, sized 1.56em × 1em unless told. */
export function RuPayMark(props: BrandMarkProps) {
  return (
    <MarkSvg {...props}>
      <rect width="780" height="500" rx="40" fill="#fff" />
      <path
        fill="#1d3a6e"
        d="M95 300H69l27-127h31q19 0 30 8t11 27q0 15-8 24-8 10-20 14l23 54h-29l-18-49h-11zm15-71h7q11 0 18-5 6-5 6-15 0-14-17-14h-7zm97 73q-13 0-19-8-6-7-6-20l1-8 1-11 11-52h26l-12 57-1 10q0 11 9 11 6 0 11-5 5-6 8-14 4-9 6-19l9-40h26l-21 97h-20l2-18h-1q-5 9-13 14-7 6-17 6m104-2h-26l26-127h36q15 0 25 5 9 4 13 13 4 8 4 19 0 15-7 25t-20 15q-12 5-28 5h-14zm14-67h11q12 0 19-6 8-6 8-16 0-16-17-16h-13zm99 69q-7 0-14-4-6-3-10-11t-4-20 4-24q3-12 9-21 5-10 14-15 8-6 18-6t15 4q6 4 9 10h1l5-12h20l-20 97h-20l1-13q-6 7-12 11-7 4-16 4m10-21q5 0 10-5 5-4 8-11l5-14 1-15q0-6-3-10t-9-4q-5 0-9 4l-7 10q-4 6-5 14l-2 15q0 16 11 16m61 62-8-1-5-1v-21l5 1h5q8 0 14-4 5-5 9-13l2-4-14-97h26l5 45v13l1 12 4-10 6-13 22-47h29l-59 111q-8 15-19 22-10 7-23 7"
      />
      <path fill="#f47920" d="m604 170 88 80-88 80z" />
      <path fill="#00984a" d="m648 170 88 80-88 80z" />
    </MarkSvg>
  );
}
