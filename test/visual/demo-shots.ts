/**
 * The demo's screenshots. The README shows light, dark (the system's) and phone (the first
 * screen a 360 × 800 phone shows); phone-page is the whole page on that phone.
 */
export const DEMO_SHOTS = [
  { name: 'light', colorScheme: 'light', width: 1280, height: 900, fullPage: true },
  { name: 'dark', colorScheme: 'dark', width: 1280, height: 900, fullPage: true },
  { name: 'phone', colorScheme: 'light', width: 360, height: 800, fullPage: false },
  { name: 'phone-page', colorScheme: 'light', width: 360, height: 800, fullPage: true },
] as const;

/** Story shots' widths: a phone's and a laptop's. */
export const STORY_WIDTHS = [360, 1280] as const;

/**
 * Stories shot at 400 % zoom of a 1280×720 window (320×180 CSS px), the screen the shopper has,
 * not the whole page: the toast compact, a third of the screen at most (docs/look-and-feel.md).
 */
export const ZOOM_SHOTS = [
  { story: 'savedcardlist-wallet-management--undo-toast', width: 320, height: 180 },
  { story: 'savedcardlist-wallet-management--hindi-undo-toast', width: 320, height: 180 },
  { story: 'savedcardlist-errors--failed-removal-toast', width: 320, height: 180 },
] as const;

/**
 * The widths one story is shot at: a story tagged `phone-shot` (each locale's management list)
 * only at the phone's, where long words and other scripts wrap first; every other at both.
 */
export function widthsOf(story: { tags: readonly string[] }): readonly number[] {
  return story.tags.includes('phone-shot') ? [STORY_WIDTHS[0]] : STORY_WIDTHS;
}
