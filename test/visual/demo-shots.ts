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
 * The widths one story is shot at: a story tagged `phone-shot` (each locale's management list)
 * only at the phone's, where long words and other scripts wrap first; every other at both.
 */
export function widthsOf(story: { tags: readonly string[] }): readonly number[] {
  return story.tags.includes('phone-shot') ? [STORY_WIDTHS[0]] : STORY_WIDTHS;
}
