import type { Locator } from '@playwright/test';

/** WCAG contrast ratios of one control against what is painted behind it. */
export interface ControlContrast {
  /** Its text against its own fill (composited over the background). */
  text: number;
  /** Its fill against the background behind it (1 for a transparent button). */
  fill: number;
  /** Its border colour against the background behind it. */
  border: number;
  /** Its outline colour against the background behind it (the focus ring sits outside it). */
  ring: number;
  outlineStyle: string;
  outlineWidth: number;
}

/**
 * Reads computed colours in the page and works out the ratios, compositing translucent
 * backgrounds up the ancestor chain. The function runs in the browser, so it is self-contained.
 */
export function contrastOf(control: Locator): Promise<ControlContrast> {
  return control.evaluate((element) => {
    type Rgba = [number, number, number, number];
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    // Any CSS colour the engine computes (rgb, color(srgb …), oklch …) through one pixel.
    const parse = (color: string): Rgba => {
      if (!context) throw new Error('no 2d canvas');
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = '#000';
      context.fillStyle = color;
      context.fillRect(0, 0, 1, 1);
      const [r = 0, g = 0, b = 0, a = 0] = context.getImageData(0, 0, 1, 1).data;
      return [r, g, b, a / 255];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const a = top[3] + bottom[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      const mix = (i: 0 | 1 | 2) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
      return [mix(0), mix(1), mix(2), a];
    };
    // What is painted at this element: its background over every ancestor's, over white.
    const backdrop = (from: Element | null): Rgba => {
      const layers: Rgba[] = [];
      for (let node = from; node; node = node.parentElement) {
        const layer = parse(getComputedStyle(node).backgroundColor);
        if (layer[3] > 0) layers.push(layer);
        if (layer[3] === 1) break;
      }
      return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
    };
    const luminance = ([r, g, b]: Rgba) => {
      const channel = (v: number) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const ratio = (a: Rgba, b: Rgba) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100;
    };

    const style = getComputedStyle(element);
    const behind = backdrop(element.parentElement);
    const fill = over(parse(style.backgroundColor), behind);
    return {
      text: ratio(over(parse(style.color), fill), fill),
      fill: ratio(fill, behind),
      border: ratio(over(parse(style.borderTopColor), behind), behind),
      ring: ratio(over(parse(style.outlineColor), behind), behind),
      outlineStyle: style.outlineStyle,
      outlineWidth: Number.parseFloat(style.outlineWidth),
    };
  });
}
