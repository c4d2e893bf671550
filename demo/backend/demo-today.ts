type Env = Record<string, string | undefined>;

/**
 * The demo's clock: DEMO_TODAY=YYYY-MM-DD fixes "today" (docs/look-and-feel.md) so seeded expiries, and
 * screenshots of them, never drift with the calendar; unset, the real clock.
 */
export function demoClock(env: Env = process.env): () => Date {
  const value = env.DEMO_TODAY;
  if (value === undefined || value === '') return () => new Date();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [year, month, day] = (match ?? []).slice(1).map(Number) as [number, number, number];
  // Local noon: the same calendar day in every time zone the server might run in.
  const today = match ? new Date(year, month - 1, day, 12) : new Date(Number.NaN);
  if (Number.isNaN(today.getTime()) || today.getMonth() !== month - 1 || today.getDate() !== day) {
    throw new Error(`DEMO_TODAY must be a date as YYYY-MM-DD, not "${value}".`);
  }
  return () => new Date(today);
}
