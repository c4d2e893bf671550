// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { juspayProvider, memoryCustomerLock } from '../../src/server/index';
import { juspayCardId } from '../../src/server/providers/juspay-ref';
import type { JuspayFake } from '../fakes/juspay-fake';
import { startJuspayFake } from '../fakes/juspay-fake';
import { closedAfterEach } from '../helpers/closed-after-each';
import type { HttpWallet } from '../helpers/wallet-http';
import { httpWallet } from '../helpers/wallet-http';

const open = closedAfterEach();

const visa = (reference: string) => ({
  card_reference: reference,
  card_number: 'XXXXXXXXXXXX1111',
  card_exp_month: '07',
  card_exp_year: '2031',
});

async function juspayWallet(): Promise<{ fake: JuspayFake; wallet: HttpWallet }> {
  const fake = await startJuspayFake({
    cards: { alice: [visa('ref_a1'), visa('ref_a2'), visa('ref_a3')] },
  });
  open.push(fake);
  const provider = juspayProvider({
    apiKey: fake.apiKey,
    merchantId: fake.merchantId,
    baseUrl: fake.url,
  });
  const wallet = await httpWallet({ provider });
  open.push(wallet);
  return { fake, wallet };
}

describe('finding 3: one shopper’s removals in flight at once', () => {
  test('Juspay: two deletes at once both succeed, one after the other, no token goes stale', async () => {
    const { fake, wallet } = await juspayWallet();
    // Slow enough that both requests' lists would overlap if they could.
    fake.delay(50);
    const responses = await Promise.all([
      wallet.remove(await juspayCardId('ref_a1')),
      wallet.remove(await juspayCardId('ref_a2')),
    ]);
    expect(responses.map((response) => response.status)).toEqual([200, 200]);
    expect(fake.references('alice')).toEqual(['ref_a3']);
    // Serialised: each delete used the token of the list just before it, first time.
    expect(fake.requests.map((req) => `${req.method} ${req.path}`)).toEqual([
      'GET /cards',
      'POST /card/delete',
      'GET /cards',
      'POST /card/delete',
    ]);
    expect(wallet.audit.map((event) => event.outcome)).toEqual(['deleted', 'deleted']);
  });

  test('Juspay: a list by another tab mid-delete rotates the token; the delete retries once and succeeds', async () => {
    const { fake, wallet } = await juspayWallet();
    fake.beforeNext(
      (req) => req.path === '/card/delete',
      () => fake.rotate('alice'),
    );
    const response = await wallet.remove(await juspayCardId('ref_a1'));
    expect(response.status).toBe(200);
    expect(fake.references('alice')).toEqual(['ref_a2', 'ref_a3']);
  });
});

describe('memoryCustomerLock', () => {
  const request = (signal = new AbortController().signal) => ({ signal, leaseMs: 1000 });

  test('one holder per key at a time, in arrival order; other keys do not wait', async () => {
    const lock = memoryCustomerLock();
    const order: string[] = [];
    const first = await lock.acquire('alice', request());
    const second = lock.acquire('alice', request()).then((held) => {
      order.push('alice #2');
      return held;
    });
    const bob = await lock.acquire('bob', request());
    order.push('bob');
    await new Promise((resolve) => setTimeout(resolve, 20));
    order.push('alice #1 done');
    await first.release();
    await (await second).release();
    await bob.release();
    expect(order).toEqual(['bob', 'alice #1 done', 'alice #2']);
  });

  test('a waiter whose budget runs out gives up without blocking the next one', async () => {
    const lock = memoryCustomerLock();
    const first = await lock.acquire('alice', request());
    const budget = new AbortController();
    const gaveUp = lock.acquire('alice', request(budget.signal));
    const third = lock.acquire('alice', request());
    budget.abort(new Error('budget'));
    await expect(gaveUp).rejects.toThrow('budget');
    await first.release();
    await (await third).release();
  });

  test('each grant has a larger fencing token, and is held until released', async () => {
    const lock = memoryCustomerLock();
    const first = await lock.acquire('alice', request());
    expect(await first.stillHeld()).toBe(true);
    expect(await first.renew()).toBe(true);
    await first.release();
    expect(await first.stillHeld()).toBe(false);
    expect(await first.renew()).toBe(false);
    const second = await lock.acquire('alice', request());
    expect(second.token).toBeGreaterThan(first.token);
    await second.release();
  });
});
