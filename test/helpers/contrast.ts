/** An sRGB colour: channels 0–255, alpha 0–1. */
export type Rgba = [number, number, number, number];

let context: CanvasRenderingContext2D | null = null;

/** Any colour the browser computes (rgb, color(srgb …), oklch …), read through one pixel. */
export function parseColor(color: string): Rgba {
  if (!context) {
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    context = canvas.getContext('2d', { willReadFrequently: true });
  }
  if (!context) throw new Error('no 2d canvas');
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = '#000';
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** `top` painted over `bottom` (source-over). */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3] + bottom[3] * (1 - top[3]);
  if (a === 0) return [0, 0, 0, 0];
  const mix = (i: 0 | 1 | 2) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
  return [mix(0), mix(1), mix(2), a];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two opaque colours, to two decimals. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100;
}

/**
 * The colour of a computed `box-shadow` layer drawn as a hard edge (no offset, no blur,
 * spread of 1px or more), e.g. "rgb(110, 119, 129) 0px 0px 0px 1px"; undefined without one.
 */
export function shadowEdge(boxShadow: string): string | undefined {
  for (const layer of boxShadow.split(/,(?![^(]*\))/)) {
    const color = layer.match(/(rgba?|color|oklch|lab|hsl)\([^)]*\)/)?.[0];
    const lengths = layer
      .replace(color ?? '', '')
      .trim()
      .split(/\s+/)
      .map((part) => Number.parseFloat(part));
    const [x, y, blur, spread = 0] = lengths;
    if (color && x === 0 && y === 0 && blur === 0 && spread >= 1) return color;
  }
  return undefined;
}
