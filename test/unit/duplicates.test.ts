import { describe, expect, test } from 'vitest';
import { removableDuplicates } from '../../src/wallet/duplicates';
import { card } from '../helpers/cards';

const ids = (cards: { id: string }[]) => cards.map((c) => c.id);

describe('removableDuplicates: what "Remove duplicate cards" offers', () => {
  test('confirmed repeats of a listed card, in list order', () => {
    expect(
      ids(
        removableDuplicates([
          card({ id: 'a' }),
          card({ id: 'b', duplicateOf: 'a' }),
          card({ id: 'c' }),
          card({ id: 'd', duplicateOf: 'a' }),
        ]),
      ),
    ).toEqual(['b', 'd']);
  });

  test('never a possible repeat, the default, a locked card, or a repeat whose card is not listed', () => {
    expect(
      removableDuplicates([
        card({ id: 'a' }),
        card({ id: 'b', duplicateOf: 'a', duplicate: 'possible' }),
        card({ id: 'c', duplicateOf: 'a', isDefault: true }),
        card({ id: 'd', duplicateOf: 'a', locked: 'subscription' }),
        card({ id: 'e', duplicateOf: 'gone' }),
      ]),
    ).toEqual([]);
  });

  test('a list whose repeats point at each other keeps both: one copy always stays', () => {
    expect(
      removableDuplicates([
        card({ id: 'a', duplicateOf: 'b' }),
        card({ id: 'b', duplicateOf: 'a' }),
      ]),
    ).toEqual([]);
  });
});
