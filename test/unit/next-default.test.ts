import { describe, expect, test } from 'vitest';
import { firstDefaultable, nextDefaultCard } from '../../src/core/next-default';
import { card } from '../helpers/cards';

const wallet = () => [
  card({ id: 'a', isDefault: true }),
  card({ id: 'b', expired: true, expiryYear: 2020 }),
  card({ id: 'c', locked: 'subscription' }),
  card({ id: 'd' }),
  card({ id: 'e' }),
];

describe('nextDefaultCard: who becomes default when a card goes', () => {
  test('removing the default picks the first card left that is neither expired nor locked', () => {
    expect(nextDefaultCard(wallet(), 'a')?.id).toBe('d');
  });

  test('removing a card that is not the default moves nothing', () => {
    expect(nextDefaultCard(wallet(), 'd')).toBeNull();
    expect(nextDefaultCard(wallet(), 'no-such-card')).toBeNull();
  });

  test('list order decides, not position relative to the removed card', () => {
    const cards = [card({ id: 'x' }), card({ id: 'y', isDefault: true }), card({ id: 'z' })];
    expect(nextDefaultCard(cards, 'y')?.id).toBe('x');
  });

  test('no card can be default when every other one is expired or locked', () => {
    const cards = [
      card({ id: 'a', isDefault: true }),
      card({ id: 'b', expired: true }),
      card({ id: 'c', locked: 'last_card' }),
    ];
    expect(nextDefaultCard(cards, 'a')).toBeNull();
    expect(nextDefaultCard([card({ id: 'only', isDefault: true })], 'only')).toBeNull();
  });

  test('firstDefaultable skips the excepted card, expired and locked ones', () => {
    expect(firstDefaultable(wallet())?.id).toBe('a');
    expect(firstDefaultable(wallet(), 'a')?.id).toBe('d');
    expect(firstDefaultable([])).toBeNull();
  });
});
