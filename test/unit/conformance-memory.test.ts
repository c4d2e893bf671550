// @vitest-environment node
import { expect, test } from 'vitest';
import type { MemoryProvider } from '../../src/server/index';
import { memoryProvider } from '../../src/server/index';
import type { FaultHook, ProviderRequest } from '../../src/server/testing/index';
import { checkCardProvider, formatReport } from '../../src/server/testing/index';
import { card } from '../helpers/cards';

const seed = () => ({
  alice: [
    card({ id: 'card_a1' }),
    card({ id: 'card_a2', brand: 'mastercard', last4: '4444' }),
    card({ id: 'card_a3', last4: '1881', expiryYear: 2020, expired: true }),
  ],
  // Bob's second card ends like Alice's first: a delete must tell them apart.
  bob: [card({ id: 'card_b1', last4: '0005', brand: 'amex' }), card({ id: 'card_b2' })],
});

test('memoryProvider passes the conformance kit; what an in-process sandbox cannot fake is skipped', async () => {
  let memory: MemoryProvider | undefined;
  let hangDelete = false;
  // The sandbox is the provider: a call into it is the request the kit watches for.
  const listeners = new Set<(request: ProviderRequest) => void>();
  const request = (method: string, customerId: string) => {
    for (const listener of listeners) {
      listener({ method, url: `memory:${customerId}/cards`, at: Date.now() });
    }
  };
  // The sandbox can hang (latency that only an abort ends) and fail like a provider would,
  // but it has no HTTP: no proxy page and no empty body.
  const fault: FaultHook = ({ kind, operation }) => {
    const target = memory as MemoryProvider;
    // Latency only the handler's abort ends; on a delete, only once the ownership list is done.
    if (kind === 'hang' && operation === 'list') target.setLatency(60_000);
    else if (kind === 'hang') hangDelete = true;
    else if (kind === 'unavailable' || kind === 'unauthorized' || kind === 'error_in_ok') {
      const injected = kind === 'error_in_ok' ? 'bad_response' : kind;
      if (operation === 'list') target.failNextList(injected);
      else target.failNextDelete(injected);
    } else return false;
    return true;
  };
  const report = await checkCardProvider(
    () => {
      const sandbox = memoryProvider(seed());
      memory = sandbox;
      hangDelete = false;
      return {
        listCards(customerId, ctx) {
          if (!ctx.signal.aborted) request('GET', customerId);
          return sandbox.listCards(customerId, ctx);
        },
        deleteCard(customerId, target, ctx) {
          if (hangDelete) sandbox.setLatency(60_000);
          if (!ctx.signal.aborted) request('DELETE', customerId);
          return sandbox.deleteCard(customerId, target, ctx);
        },
      };
    },
    {
      customerId: 'alice',
      otherCustomerId: 'bob',
      cards: seed(),
      fault,
      requestTap: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
  );
  expect(report.failures, formatReport(report)).toEqual([]);
  expect(report.summary).toBe('12 scenarios: 11 passed, 1 skipped, 0 failed; 2 checks skipped');
  const impostor = report.scenarios.find((scenario) => scenario.id === 'not-found-impostor');
  expect(impostor?.status).toBe('skipped');
  expect(impostor?.checks.map((check) => check.status)).toEqual(['skipped', 'passed', 'skipped']);
});
