import { cdp, page } from 'vitest/browser';

/** A screen a shopper has: its CSS size, and the browser zoom (1 when none). */
export interface ZoomedScreen {
  name: string;
  width: number;
  height: number;
  zoom: number;
}

/**
 * Makes the page that screen. Browser zoom shrinks the CSS viewport and raises the device pixel
 * ratio by the same factor, so a zoom sets both. Undo with {@link resetScreen}.
 */
export async function emulateScreen(screen: ZoomedScreen): Promise<void> {
  await page.viewport(screen.width, screen.height);
  if (screen.zoom !== 1) {
    await cdp().send('Emulation.setDeviceMetricsOverride', {
      width: 0,
      height: 0,
      deviceScaleFactor: screen.zoom,
      mobile: false,
    });
  }
  document.body.style.margin = '0';
}

/** For afterEach: the device pixel ratio back to the browser's own. */
export async function resetScreen(): Promise<void> {
  await cdp().send('Emulation.clearDeviceMetricsOverride');
}
