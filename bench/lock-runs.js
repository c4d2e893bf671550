// One lock load's p99 swings from run to run on a shared 2-core machine (bench/README.md,
// "Reading the lock's figures"): `--runs N` repeats the load so the goal is read against the
// spread, not one draw.
import { percentiles } from './percentiles.js';

/** Issue 19's goal for the lock's p99, one customer at 100 connections. */
export const LOCK_P99_GOAL_MS = 50;

/** The argument of `--runs N` in `argv`, 1 when absent; throws on anything but a whole number ≥ 1. */
export function runsOf(argv) {
  const at = argv.indexOf('--runs');
  if (at === -1) return 1;
  const runs = Number(argv[at + 1]);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number ≥ 1');
  return runs;
}

/** [name, figure] rows for several lock loads (benchLock's results), or none for one. */
export function lockRunsRows(runs) {
  const measured = runs.filter((run) => run.skipped === undefined);
  if (measured.length < 2) return [];
  const kit = measured.map((run) => run.p99Ms);
  const floor = measured.map((run) => run.floor.p99Ms);
  const ratios = measured.map((run) => run.p99Ms / run.floor.p99Ms);
  const within = kit.filter((ms) => ms <= LOCK_P99_GOAL_MS).length;
  const median = (values) => percentiles(values).p50Ms;
  const overtaken = measured.reduce((sum, run) => sum + run.overtaken, 0);
  const oldest = measured.map((run) => run.longestOpenMs);
  return [
    [
      `e. Redis lock, ${measured.length} runs`,
      `p99 ${kit.join(', ')} ms; median ${median(kit)} ms, within ${LOCK_P99_GOAL_MS} ms in ${within} of ${measured.length}; rate ${measured.map((run) => run.requestsPerSecond).join(', ')} req/s`,
    ],
    [
      'e. … first come first served',
      `${overtaken} granted ahead of an earlier waiter in the ${measured.length} runs; longest wait while loaded ${Math.min(...oldest)}–${Math.max(...oldest)} ms`,
    ],
    [
      'e. … the floor in the same runs',
      `p99 ${floor.join(', ')} ms; median ${median(floor)} ms; kit ÷ floor the p99 median ${median(ratios).toFixed(2)}× (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×)`,
    ],
  ];
}
