// @vitest-environment node
import { afterEach, describe, expect, test, vi } from 'vitest';
import { callHook, HookFailure } from '../../src/server/hooks';

// docs/server.md `hookTimeoutMs`: a hook that answers at once needs no clock; one that keeps
// the handler waiting is still cut off at `hookTimeoutMs`, counted from the call.
afterEach(() => {
  vi.restoreAllMocks();
});

describe('the clock on a hook', () => {
  test('a hook that answers at once, or with a settled promise, starts no timer', async () => {
    const timers = vi.spyOn(globalThis, 'setTimeout');
    await expect(callHook('getCustomerId', 50, () => 'alice')).resolves.toBe('alice');
    await expect(callHook('customerLock', 50, async () => true)).resolves.toBe(true);
    await expect(callHook('audit', 50, () => Promise.reject(new Error('x')))).rejects.toThrow(
      HookFailure,
    );
    expect(timers).not.toHaveBeenCalled();
  });

  test('a hook that keeps the handler waiting is cut off, counted from the call', async () => {
    const started = performance.now();
    const waited = callHook('getCustomerId', 60, () => {
      // Busy for most of the allowance before it hands back a promise that never settles.
      while (performance.now() - started < 40) {}
      return new Promise<string>(() => {});
    });
    await expect(waited).rejects.toMatchObject({ hook: 'getCustomerId', reason: 'timeout' });
    expect(performance.now() - started).toBeLessThan(95);
  });
});
