import { describe, expect, test } from 'vitest';
import type { SavedCard } from '../../src/core/types';
import { type FingerprintedCard, markDuplicates } from '../../src/server/mark-duplicates';
import { card } from '../helpers/cards';

// Issue 21 "Duplicates": the same card saved again and again. The handler marks each repeat
// with the card the shopper keeps; only a provider fingerprint makes it certain.

const listed = (
  ...entries: Array<[Partial<SavedCard> & { id: string }, string?]>
): FingerprintedCard[] =>
  entries.map(([fields, fingerprint]) => ({ card: card(fields), fingerprint }));

const marks = (entries: FingerprintedCard[]) => {
  const before = JSON.stringify(entries);
  const marked = markDuplicates(entries);
  // A cached list is shared between requests: it is never written to.
  expect(JSON.stringify(entries)).toBe(before);
  return marked.map((c) => [c.id, c.duplicateOf ?? null, c.duplicate ?? null]);
};

describe('markDuplicates', () => {
  test('the same fingerprint is the same card: each repeat names the first listed', () => {
    expect(
      marks(
        listed(
          [{ id: 'a', last4: '4242' }, 'fp1'],
          [{ id: 'b', last4: '1881' }, 'fp2'],
          [{ id: 'c', last4: '4242' }, 'fp1'],
          [{ id: 'd', last4: '4242' }, 'fp1'],
        ),
      ),
    ).toEqual([
      ['a', null, null],
      ['b', null, null],
      ['c', 'a', null],
      ['d', 'a', null],
    ]);
  });

  test('the default is the one kept, else one not expired, else the first listed', () => {
    expect(marks(listed([{ id: 'a' }, 'fp'], [{ id: 'b', isDefault: true }, 'fp']))).toEqual([
      ['a', 'b', null],
      ['b', null, null],
    ]);
    // A reissued card: same number, new expiry. Removing the repeat keeps the one that works.
    expect(
      marks(listed([{ id: 'old', expiryYear: 2024, expired: true }, 'fp'], [{ id: 'new' }, 'fp'])),
    ).toEqual([
      ['old', 'new', null],
      ['new', null, null],
    ]);
  });

  test('without fingerprints, brand, last 4, expiry and holder alike make a possible repeat', () => {
    expect(
      marks(
        listed(
          [{ id: 'a', holderName: 'Asha Rao' }],
          [{ id: 'b', holderName: '  ASHA   rao ' }],
          [{ id: 'c', holderName: 'Asha Rao', expiryMonth: 8 }],
          [{ id: 'd', holderName: 'Asha Rao', last4: '1881' }],
          [{ id: 'e', holderName: 'Asha Rao', brand: 'mastercard' }],
          [{ id: 'f', holderName: 'Ravi Menon' }],
        ),
      ),
    ).toEqual([
      ['a', null, null],
      ['b', 'a', 'possible'],
      ['c', null, null],
      ['d', null, null],
      ['e', null, null],
      ['f', null, null],
    ]);
  });

  test('an unknown holder looks like no other card', () => {
    expect(marks(listed([{ id: 'a' }], [{ id: 'b' }]))).toEqual([
      ['a', null, null],
      ['b', null, null],
    ]);
  });

  test('two different fingerprints are two cards however alike; one missing is possible', () => {
    expect(
      marks(
        listed(
          [{ id: 'a', holderName: 'Asha Rao' }, 'fp1'],
          [{ id: 'b', holderName: 'Asha Rao' }, 'fp2'],
          [{ id: 'c', holderName: 'Asha Rao' }],
        ),
      ),
    ).toEqual([
      ['a', null, null],
      ['b', null, null],
      ['c', 'a', 'possible'],
    ]);
  });

  test('a certain repeat is not marked possible again', () => {
    expect(
      marks(
        listed(
          [{ id: 'a', holderName: 'Asha Rao' }, 'fp'],
          [{ id: 'b', holderName: 'Asha Rao' }, 'fp'],
        ),
      ),
    ).toEqual([
      ['a', null, null],
      ['b', 'a', null],
    ]);
  });

  // Only cards that share their last 4 are keyed: short lists compare pairs, long ones count.
  test.each([10, 100])('among %i cards of different last 4, the alike pair is found', (size) => {
    const others = Array.from(
      { length: size - 2 },
      (_, i): [{ id: string; last4: string; holderName: string }] => [
        { id: `o${i}`, last4: String(1000 + i), holderName: 'Asha Rao' },
      ],
    );
    const marked = marks(
      listed([{ id: 'a', last4: '9999', holderName: 'Asha Rao' }], ...others, [
        { id: 'b', last4: '9999', holderName: 'asha rao' },
      ]),
    );
    expect(marked.filter(([, of]) => of !== null)).toEqual([['b', 'a', 'possible']]);
    expect(marked).toHaveLength(size);
  });
});
