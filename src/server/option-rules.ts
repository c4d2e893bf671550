/**
 * One rule per kind of numeric option, the same for every factory (docs/server.md "Options"):
 * checked when the handler or store is built, so a bad value fails at start-up with a
 * TypeError that names the owner and the option, never at the first request.
 */

// setTimeout fires at once for anything longer: a budget past it would be no budget at all.
export const MAX_TIMER_MS = 2_147_483_647;

function describe(value: unknown): string {
  return typeof value === 'number' ? String(value) : typeof value;
}

/** A span of time in milliseconds: finite, > 0, and short enough for a timer. */
export function durationOption(
  owner: string,
  name: string,
  value: unknown,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > MAX_TIMER_MS) {
    throw new TypeError(
      `${owner}: ${name} must be a number of milliseconds from 1 to ${MAX_TIMER_MS} (got ${describe(value)})`,
    );
  }
  return value;
}

/** A count: a whole number >= `min`. */
export function countOption(
  owner: string,
  name: string,
  value: unknown,
  fallback: number,
  min = 0,
): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw new TypeError(
      `${owner}: ${name} must be a whole number >= ${min} (got ${describe(value)})`,
    );
  }
  return value;
}

/** A function, as a hook or key option must be; `required` when it may not be left out. */
export function functionOption(
  owner: string,
  name: string,
  value: unknown,
  required = false,
): void {
  if (value === undefined && !required) return;
  if (typeof value !== 'function') {
    throw new TypeError(`${owner}: ${name} must be a function (got ${describe(value)})`);
  }
}
