// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { createWalletHandler, memoryProvider } from '../../src/server/index';
import { card } from '../helpers/cards';

// Shrunk counterexamples from the server fuzzers (server-fuzz-*.test.ts), kept as plain tests.
describe('server fuzz regressions', () => {
  test('a holder name, nickname or issuer holding a card number never reaches the browser', async () => {
    // Found by the memory fuzzer: `GET /cards` as alice echoed `holderName: "Asha 4539148803436467"`.
    // The adapters drop such text (card-fields.ts); a custom or memory provider reached the browser.
    const provider = memoryProvider({
      alice: [
        card({
          id: 'card_a1',
          last4: '6467',
          holderName: 'Asha 4539148803436467',
          nickname: 'Flat 12',
        }),
        card({
          id: 'card_a2',
          last4: '5100',
          nickname: '5105 1051 0510 5100',
          issuer: 'Bank-378282246310005',
        }),
      ],
    });
    const handler = createWalletHandler({ provider, getCustomerId: () => 'alice' });
    const response = await handler(new Request('https://shop.example/api/wallet/cards'));
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).not.toMatch(/\d(?:[ -]?\d){11,}/);
    // The cards still show, and harmless digits stay.
    expect(JSON.parse(text)).toEqual({
      cards: [
        card({ id: 'card_a1', last4: '6467', nickname: 'Flat 12' }),
        card({ id: 'card_a2', last4: '5100' }),
      ],
    });
  });
});
