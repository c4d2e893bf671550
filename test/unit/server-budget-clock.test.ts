// @vitest-environment node
import { afterEach, describe, expect, test, vi } from 'vitest';
import { startBudget } from '../../src/server/budget';
import { BudgetClock } from '../../src/server/budget-clock';
import { isProviderError } from '../../src/server/index';

// src/server/budget-clock.ts: every budget of a handler is watched by one timer, and each
// still runs out its own length after it started (docs/server.md `providerTimeoutMs`).

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the budgets of one handler, on one clock', () => {
  test('each runs out its own length after it started, whatever ended before it', async () => {
    const clock = new BudgetClock();
    const first = startBudget(150, clock);
    await sleep(60);
    const second = startBudget(150, clock);
    first.end();
    await sleep(60);
    // 120 ms after the first started, 60 after the second: neither is spent.
    expect(second.stopped).toBe(false);
    await sleep(140);
    expect(second.stopped).toBe(true);
    expect(isProviderError(second.reason) && second.reason.kind).toBe('timeout');
    // The first ended with its answer: it never ran out.
    expect((first.reason as Error).message).toMatch(/already answered/);
  });

  test('a budget still running runs out, and the ones after it in turn', async () => {
    const clock = new BudgetClock();
    const held = startBudget(80, clock);
    await sleep(40);
    const next = startBudget(80, clock);
    await sleep(60);
    expect([held.stopped, next.stopped]).toEqual([true, false]);
    await sleep(60);
    expect(next.stopped).toBe(true);
  });

  test('a thousand requests answered in time set at most one timer between them', () => {
    const clock = new BudgetClock();
    const setTimer = vi.spyOn(globalThis, 'setTimeout');
    for (let i = 0; i < 1000; i += 1) startBudget(10_000, clock).end();
    expect(setTimer.mock.calls.length).toBeLessThanOrEqual(1);
  });

  test('ended budgets behind one held up for the whole budget are not all kept', () => {
    const clock = new BudgetClock();
    const held = startBudget(10_000, clock);
    for (let i = 0; i < 10_000; i += 1) startBudget(10_000, clock).end();
    expect(clock.holding).toBeLessThan(2100);
    held.end();
    expect(clock.holding).toBe(0);
  });
});
