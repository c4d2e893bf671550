/**
 * A property test's seed: fixed by default so CI failures reproduce; `random` (as
 * `npm run test:fuzz` sets) draws a new one and prints it so a failure can be replayed.
 */
export function seedFrom(value: string | undefined, fixed: number, name: string): number {
  if (value !== 'random') return value === undefined ? fixed : Number(value);
  const seed = Math.floor(Math.random() * 2 ** 31);
  console.log(`${name}=${seed}`);
  return seed;
}
