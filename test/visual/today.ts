/**
 * The day every screenshot is taken on: the demo's DEMO_TODAY (its seeded expiries) and the
 * browser's fixed clock (cooldown countdowns, anything reading Date), so "Expired" and the
 * expiry dates never drift with the calendar (docs/look-and-feel.md).
 */
export const VISUAL_TODAY = '2026-03-15';

/** Noon UTC on that day: the browser's `Date.now()` for every shot. */
export const VISUAL_NOW = new Date(`${VISUAL_TODAY}T12:00:00Z`);
