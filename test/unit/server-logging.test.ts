// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { CardProvider } from '../../src/server/index';
import { del, harness, json, list, seed } from '../helpers/server-fixtures';

describe('what the server logs and reads', () => {
  test("a custom provider's own error text never reaches the logs or the response", async () => {
    const leaky: CardProvider = {
      listCards: async () => {
        throw new Error('upstream said: token tok_live_9f8e7d is invalid for 4111111111111111');
      },
      deleteCard: async () => 'deleted',
    };
    const { handler, logs } = harness({ provider: leaky });
    const response = await handler(list('alice'));
    expect(response.status).toBe(502);
    const everything = JSON.stringify({ body: await json(response), logs });
    expect(everything).not.toContain('tok_live_9f8e7d');
    expect(everything).not.toContain('4111111111111111');
    expect(logs).toEqual([
      expect.objectContaining({
        message: 'saved-card-kit: unexpected error',
        meta: expect.objectContaining({ name: 'Error', operation: expect.any(String) }),
      }),
    ]);
  });

  // Number() or parseInt() would read these as 1280, 1e9, 2048 and 1e20, all over the 1 KiB cap.
  test.each(['0x500', '1e9', '2048abc', '99999999999999999999'])(
    'a Content-Length of %j is not trusted: a small body is read and the delete goes through',
    async (length) => {
      const { handler, provider } = harness();
      const request = del('card_a1', {
        user: 'alice',
        headers: { 'Content-Type': 'application/json', 'Content-Length': length },
        body: '{}',
      });
      const response = await handler(request);
      expect(response.status).toBe(200);
      expect(provider.peek('alice').map((c) => c.id)).toEqual(['card_a2']);
    },
  );

  test('a Content-Length that claims a small body does not get a big one past the cap', async () => {
    const { handler, provider } = harness();
    const request = del('card_a1', {
      user: 'alice',
      headers: { 'Content-Type': 'application/json', 'Content-Length': '10' },
      body: JSON.stringify({ pad: 'x'.repeat(2048) }),
    });
    expect((await handler(request)).status).toBe(400);
    expect(provider.peek('alice').map((c) => c.id)).toEqual(seed().alice?.map((c) => c.id));
  });
});
