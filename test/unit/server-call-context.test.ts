// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { CardProvider, ProviderCallContext } from '../../src/server/index';
import { createWalletHandler, memoryProvider } from '../../src/server/index';
import { card } from '../helpers/cards';

// docs/server.md: every provider call gets `ctx` with `signal`, `deadline` and `requestId`. The
// kit builds the signal only when read; a copy an adapter makes (`{ ...ctx }`) still has it.

function recorded() {
  const memory = memoryProvider({ alice: [card({ id: 'c1' }), card({ id: 'c2' })] });
  const copies: Array<Record<string, unknown>> = [];
  const keep = (ctx: ProviderCallContext) => {
    const copy: Record<string, unknown> = { ...ctx };
    copies.push({
      keys: Object.keys(copy).sort(),
      signal: copy.signal instanceof AbortSignal,
      aborted: (copy.signal as AbortSignal).aborted,
      deadline: typeof copy.deadline === 'number' && copy.deadline > Date.now(),
      requestId: typeof copy.requestId === 'string',
    });
    return copy as unknown as ProviderCallContext;
  };
  const provider: CardProvider = {
    listCards: (customerId, ctx) => memory.listCards(customerId, keep(ctx)),
    deleteCard: (customerId, target, ctx) => memory.deleteCard(customerId, target, keep(ctx)),
  };
  const handler = createWalletHandler({
    provider,
    getCustomerId: () => 'alice',
    logger: { error: () => {} },
  });
  return { handler, copies };
}

describe('the ctx a provider call gets', () => {
  test('a list and a delete: a copy of ctx has a live signal, the deadline and the request id', async () => {
    const { handler, copies } = recorded();
    expect((await handler(new Request('http://shop.test/api/wallet/cards'))).status).toBe(200);
    const removed = await handler(
      new Request('http://shop.test/api/wallet/cards/c1', {
        method: 'DELETE',
        headers: { origin: 'http://shop.test', 'x-wallet-client': '1' },
      }),
    );
    expect(removed.status).toBe(200);
    // The list, then the delete's ownership list and the delete itself.
    expect(copies).toHaveLength(3);
    for (const copy of copies) {
      expect(copy).toEqual({
        keys: expect.arrayContaining(['signal', 'deadline', 'requestId']),
        signal: true,
        aborted: false,
        deadline: true,
        requestId: true,
      });
    }
  });
});
