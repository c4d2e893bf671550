// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { ScreenedField } from '../../src/server/guards/public-card';
import { toPublicCard } from '../../src/server/guards/public-card';

// The gate every listed card passes: a card with nothing to drop or trim is read as it is,
// any other is copied first. Either way the adapter's object is never changed, and only the
// card's own fields count.
const listed = () => ({
  id: 'card_1',
  brand: 'visa',
  last4: '4242',
  expiryMonth: 7,
  expiryYear: 2031,
  expired: false,
  providerRef: 'tok_secret',
});

describe('toPublicCard', () => {
  test('a plain card shows the contract keys only, and is left as it was', () => {
    const card = listed();
    const before = JSON.stringify(card);
    expect(toPublicCard(card)).toEqual({
      id: 'card_1',
      brand: 'visa',
      last4: '4242',
      expiryMonth: 7,
      expiryYear: 2031,
      expired: false,
    });
    expect(JSON.stringify(card)).toBe(before);
  });

  test('marks only the handler may set are dropped, and free text trimmed, on a copy', () => {
    const card = { ...listed(), locked: 'other', duplicateOf: 'card_0', nickname: '  Work  ' };
    const before = JSON.stringify(card);
    const shown = toPublicCard(card);
    expect(shown).toMatchObject({ id: 'card_1', nickname: 'Work' });
    expect(shown).not.toHaveProperty('locked');
    expect(shown).not.toHaveProperty('duplicateOf');
    expect(JSON.stringify(card)).toBe(before);
  });

  test('a nickname that may hold a card number is left out and reported', () => {
    const heard: ScreenedField[][] = [];
    const shown = toPublicCard({ ...listed(), nickname: '4242 4242 4242 4242' }, (fields) =>
      heard.push(fields),
    );
    expect(shown).not.toHaveProperty('nickname');
    expect(heard).toEqual([['nickname']]);
  });

  test('fields a card only inherits are not its own: such a card is not shown', () => {
    const inherited = Object.create(listed()) as object;
    expect(toPublicCard(inherited)).toBeNull();
  });

  // Every key that must go through the copy, one at a time: a card carrying only that one.
  test.each([
    ['locked', 'other'],
    ['updated', { at: '2026-01-02T03:04:05.000Z', fields: ['expiry'] }],
    ['duplicateOf', 'card_0'],
    ['duplicate', 'possible'],
  ])("a listed %s is the handler's to set: dropped", (key, value) => {
    expect(toPublicCard({ ...listed(), [key]: value })).not.toHaveProperty(key);
  });

  test.each(['holderName', 'nickname', 'issuer'])('a listed %s is trimmed', (key) => {
    expect(toPublicCard({ ...listed(), [key]: '  Asha  ' })).toHaveProperty(key, 'Asha');
  });
});
