// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { savedCardSchema } from '../../src/core/schemas';
import { CARD_BRANDS } from '../../src/core/types';
import { plainCard } from '../../src/server/guards/plain-card';

// The handler checks each listed card by hand before the browser's schema: whatever the hand
// check takes, the schema must take too, and hand back the very same card (keys and order).
const base: Record<string, unknown> = {
  id: 'card_1',
  brand: 'visa',
  last4: '4242',
  expiryMonth: 7,
  expiryYear: 2031,
  expired: false,
};

const ODD = [
  undefined,
  null,
  '',
  ' ',
  'x',
  '4242',
  '12345',
  '424a',
  '٤٢٤٢',
  0,
  1,
  1.5,
  -1,
  12,
  13,
  999,
  1000,
  9999,
  10000,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  [],
  {},
  'a'.repeat(256),
  'a'.repeat(257),
  'visa',
  'VISA',
  'subscription',
];

// Every key the contract names, and one a provider's answer carries that it drops.
const KEYS = [...Object.keys(savedCardSchema.entries), 'providerRef'];

function candidates(): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [{ ...base }];
  for (const brand of CARD_BRANDS) out.push({ ...base, brand });
  for (const key of KEYS) {
    const without = { ...base };
    delete without[key];
    out.push(without);
    for (const value of ODD) out.push({ ...base, [key]: value });
  }
  // Optional keys together, in another order than the schema's, with extras it drops.
  out.push({
    isDefault: true,
    issuer: 'HDFC',
    nickname: 'Work',
    holderName: 'Asha',
    ...base,
    x: 1,
  });
  out.push({ ...base, isDefault: undefined, holderName: undefined });
  out.push(Object.assign(Object.create({ brand: 'visa' }), { ...base, brand: undefined }));
  return out;
}

describe('the hand check of a listed card', () => {
  test('takes only what the schema takes, and hands back the same card', () => {
    let taken = 0;
    for (const candidate of candidates()) {
      const fast = plainCard(candidate);
      if (fast === undefined) continue;
      taken += 1;
      const parsed = v.safeParse(savedCardSchema, candidate);
      expect(parsed.success, JSON.stringify(candidate)).toBe(true);
      expect(Object.keys(fast)).toEqual(Object.keys(parsed.output as object));
      expect(fast).toStrictEqual(parsed.output);
    }
    // It is not a check that takes nothing: the usual cards go through it.
    expect(taken).toBeGreaterThan(CARD_BRANDS.length + 20);
  });
});
