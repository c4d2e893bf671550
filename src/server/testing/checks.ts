import type { CheckResult } from './types';

/** Collects one scenario's checks. */
export interface Checks {
  /** Records `name` as passed when `ok`, else failed with `detail`. */
  expect(name: string, ok: boolean, detail?: string): boolean;
  skip(name: string, detail: string): void;
  readonly results: CheckResult[];
}

export function createChecks(): Checks {
  const results: CheckResult[] = [];
  return {
    expect(name, ok, detail) {
      results.push(ok ? { name, status: 'passed' } : { name, status: 'failed', detail });
      return ok;
    },
    skip(name, detail) {
      results.push({ name, status: 'skipped', detail });
    },
    results,
  };
}
