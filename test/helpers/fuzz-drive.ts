import fc from 'fast-check';
import { expect } from 'vitest';
import { expectAnswer, expectAudit, expectNoLeak, panWindows, responseText } from './fuzz-checks';
import type { Expectation, Fault, Model } from './fuzz-oracle';
import { applyExpectation, predict } from './fuzz-oracle';
import type { FuzzRequest } from './fuzz-requests';
import { buildRequest, fuzzRequest } from './fuzz-requests';
import type { FuzzWallet } from './fuzz-wallet';
import { NOW, PANS, RULES } from './fuzz-wallet';
import { seedFrom } from './seed';

/** One step of a run: a request, and the provider failure (if any) armed for it. */
export interface Command {
  request: FuzzRequest;
  fault: Fault | null;
}

/** A wallet on some provider, with a way to read the provider's real state. */
export interface Target {
  wallet: FuzzWallet;
  arm(fault: Fault | null): void;
  /** Card ids per customer as the provider holds them now. */
  state(): Promise<Map<string, string[]>>;
  /** Values no response, audit event or log line may hold. */
  secrets(): readonly string[];
  /** Whether log lines are scanned too (adapter logs are part of the contract). */
  scanLogs: boolean;
}

/** Reproducible by default; `FUZZ_SEED`/`FUZZ_RUNS` widen a local or nightly run. */
export const FUZZ_SEED = seedFrom(process.env.FUZZ_SEED, 20261124, 'FUZZ_SEED');
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** Counts of `route status` seen, so a run can prove it reached every outcome. */
export type Tally = Map<string, number>;

export function commands(faults: fc.Arbitrary<Fault | null>, maxLength: number) {
  return fc.array(fc.record({ request: fuzzRequest, fault: faults }), { minLength: 1, maxLength });
}

const WINDOWS = panWindows(PANS);
const AT = new Date(NOW).toISOString();

/** Sends each command and checks every property after each one. */
export async function drive(target: Target, model: Model, steps: Command[], tally: Tally) {
  for (const step of steps) {
    const built = buildRequest(step.request);
    const expected: Expectation = predict(built, model, RULES, step.fault);
    const auditFrom = target.wallet.audit.length;
    const logsFrom = target.wallet.logs.length;
    target.arm(step.fault);
    const response = await target.wallet.handler(built.request);
    target.arm(null);
    applyExpectation(model, expected);
    const key = `${expected.route} ${response.status}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);

    // Only an injected provider failure may surface as a 5xx, and then only as 502.
    if (response.status >= 500) {
      expect(expected.faultHit && response.status === 502, `unexpected ${response.status}`).toBe(
        true,
      );
    }
    const { body, headers } = await responseText(response);
    expectNoLeak(body, target.secrets(), WINDOWS, 'response body');
    expectNoLeak(headers, target.secrets(), WINDOWS, 'response headers');
    const state = await target.state();
    const own = expected.customerId === null ? [] : (state.get(expected.customerId) ?? []);
    expectAnswer(response, body, expected, own);
    // Never a removal the oracle did not allow, and never a missed one.
    expect(Object.fromEntries(state)).toEqual(Object.fromEntries(model.cards));

    const events = target.wallet.audit.slice(auditFrom);
    expectAudit(events, expected, response, AT);
    const trail = JSON.stringify(events.map(({ requestId: _id, ...rest }) => rest));
    expectNoLeak(trail, target.secrets(), WINDOWS, 'audit');
    if (target.scanLogs) {
      const logs = JSON.stringify(target.wallet.logs.slice(logsFrom));
      expectNoLeak(logs.replace(/"requestId":"[^"]*"/g, ''), target.secrets(), WINDOWS, 'logs');
    }
  }
}

/** Fails unless the run produced each of `keys` at least once (a vacuous fuzzer proves nothing). */
export function expectCovered(tally: Tally, keys: readonly string[]): void {
  if (process.env.FUZZ_VERBOSE) console.info('fuzz outcomes', Object.fromEntries(tally));
  const missing = keys.filter((key) => (tally.get(key) ?? 0) === 0);
  expect(missing, `never reached: ${JSON.stringify(Object.fromEntries(tally))}`).toEqual([]);
}
