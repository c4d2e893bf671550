// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { demoServers, shopperCookie } from '../helpers/demo-on-provider';

const { demoOn } = demoServers();

describe('the demo sandbox’s card updates', () => {
  test('the default Visa comes listed as updated by the bank (a new expiry), the rest not', async () => {
    const url = await demoOn({ WALLET_PROVIDER: 'memory', DEMO_TODAY: '2026-12-05' });
    const response = await fetch(`${url}/api/wallet/cards`, { headers: shopperCookie });
    const { cards } = (await response.json()) as {
      cards: Array<{ id: string; updated?: unknown }>;
    };
    expect(cards.filter((card) => card.updated !== undefined)).toEqual([
      expect.objectContaining({
        id: 'card_visa_4242',
        updated: { at: new Date(2026, 11, 3, 12).toISOString(), fields: ['expiry'] },
      }),
    ]);
  });
});
