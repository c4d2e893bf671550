// @vitest-environment node
import { expect, test } from 'vitest';
import type { MemoryProvider } from '../../src/server/index';
import { memoryProvider } from '../../src/server/index';
import type { FaultHook } from '../../src/server/testing/index';
import { checkCardProvider, formatReport } from '../../src/server/testing/index';
import { card } from '../helpers/cards';

const seed = () => ({
  alice: [
    card({ id: 'card_a1' }),
    card({ id: 'card_a2', brand: 'mastercard', last4: '4444' }),
    card({ id: 'card_a3', last4: '1881', expiryYear: 2020, expired: true }),
  ],
  bob: [card({ id: 'card_b1', last4: '0005', brand: 'amex' })],
});

test('memoryProvider passes the conformance kit; what an in-process sandbox cannot fake is skipped', async () => {
  let memory: MemoryProvider | undefined;
  let hangDelete = false;
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
        listCards: (customerId, ctx) => sandbox.listCards(customerId, ctx),
        deleteCard(customerId, target, ctx) {
          if (hangDelete) sandbox.setLatency(60_000);
          return sandbox.deleteCard(customerId, target, ctx);
        },
      };
    },
    { customerId: 'alice', otherCustomerId: 'bob', cards: seed(), fault },
  );
  expect(report.failures, formatReport(report)).toEqual([]);
  expect(report.summary).toBe('9 scenarios: 9 passed, 0 skipped, 0 failed');
  const impostor = report.scenarios.find((scenario) => scenario.id === 'not-found-impostor');
  expect(impostor?.checks.map((check) => check.status)).toEqual(['skipped', 'passed', 'skipped']);
});
