import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { readCardList, readDeleted, readErrorEnvelope } from '../../src/core/read-contract';
import {
  deleteCardResponseSchema,
  errorEnvelopeSchema,
  listCardsResponseSchema,
} from '../../src/core/schemas';

// The browser reads the contract without valibot (src/core/read-contract.ts); the server checks
// what it sends with the schemas. Both must give the same verdict and the same output on every
// body, near-misses above all: each field of a card, its neighbours and junk.

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -20_000, max: 20_000 }),
  fc.double(),
  fc.string({ maxLength: 6 }),
  fc.constant(''),
  fc.constant([]),
  fc.constant({}),
);
// A key left out, as opposed to a key holding undefined.
const ABSENT = Symbol('absent');
const near = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 12, arbitrary: good }, junk, fc.constant(ABSENT));
const present = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== ABSENT));

const card = fc
  .record({
    // Each bound and its neighbours: ids of 0, 1, 256 and 257 characters, years 999–10000.
    id: near(fc.constantFrom(0, 1, 8, 256, 257).map((length) => 'c'.repeat(length))),
    brand: near(fc.constantFrom('visa', 'amex', 'rupay', 'unknown', 'Visa', 'elo')),
    last4: near(fc.constantFrom('4242', '424', '42424', 'abcd', '٤٢٤٢', '0000')),
    expiryMonth: near(fc.constantFrom(0, 1, 7, 12, 13, 1.5)),
    expiryYear: near(fc.constantFrom(999, 1000, 2031, 9999, 10_000)),
    expired: near(fc.boolean()),
    holderName: near(fc.string({ maxLength: 4 })),
    nickname: near(fc.string({ maxLength: 4 })),
    issuer: near(fc.string({ maxLength: 4 })),
    isDefault: near(fc.boolean()),
    locked: near(fc.constantFrom('subscription', 'pending_payment', 'last_card', 'other', 'none')),
    pan: fc.string({ maxLength: 4 }),
    cvc: fc.string({ maxLength: 3 }),
  })
  .map(present);

// A card the contract accepts with exactly one field off (or gone): every near-miss, not only
// those a random mix happens to reach.
const VALID = {
  id: 'card_1',
  brand: 'visa',
  last4: '4242',
  expiryMonth: 7,
  expiryYear: 2031,
  expired: false,
  holderName: 'Asha',
  nickname: 'Work',
  issuer: 'HDFC',
  isDefault: true,
  locked: 'other',
};
const NEIGHBOURS: Record<string, unknown[]> = {
  id: ['', 'c'.repeat(256), 'c'.repeat(257), 7],
  brand: ['Visa', 'elo', 'unknown'],
  last4: ['424', '42424', '٤٢٤٢', 4242],
  expiryMonth: [0, 1, 12, 13, 7.5, '7'],
  expiryYear: [999, 1000, 9999, 10_000, '2031'],
  expired: [true, 'false', 0],
  holderName: ['', 5],
  nickname: ['', false],
  issuer: ['', null],
  isDefault: [false, 'true'],
  locked: ['subscription', 'pending_payment', 'last_card', 'none', ''],
};
const oneOff = fc
  .constantFrom(...Object.keys(VALID))
  .chain((key) =>
    fc
      .constantFrom(ABSENT, undefined, null, ...(NEIGHBOURS[key] ?? []))
      .map((value) => present({ ...VALID, [key]: value })),
  );

/** valibot's verdict and output, in the shape the reader answers. */
function byValibot(schema: v.GenericSchema, body: unknown) {
  const result = v.safeParse(schema, body);
  return result.success ? result.output : undefined;
}

describe('the browser reads the contract as the schemas do', () => {
  test('GET /cards bodies: the same cards, only the named keys, the same refusals', () => {
    const body = fc.oneof(
      { weight: 6, arbitrary: fc.record({ cards: near(fc.array(card, { maxLength: 2 })) }) },
      junk,
    );
    let accepted = 0;
    fc.assert(
      fc.property(body, (value) => {
        const read = readCardList(value);
        expect(read).toStrictEqual(byValibot(listCardsResponseSchema, value));
        if (read) accepted++;
      }),
      { numRuns: RUNS },
    );
    // The generator reaches both verdicts, or the comparison proves little.
    expect(accepted).toBeGreaterThan(RUNS / 50);
  });

  test('a card one field off the contract, field by field', () => {
    fc.assert(
      fc.property(oneOff, (one) => {
        const body = { cards: [one] };
        expect(readCardList(body)).toStrictEqual(byValibot(listCardsResponseSchema, body));
      }),
      { numRuns: RUNS },
    );
  });

  test('a card with every key, and one with only the required ones', () => {
    const full = {
      id: 'card_1',
      brand: 'visa',
      last4: '4242',
      expiryMonth: 7,
      expiryYear: 2031,
      expired: false,
      holderName: 'Asha',
      nickname: 'Work',
      issuer: 'HDFC',
      isDefault: true,
      locked: 'subscription',
      pan: '4242424242424242',
    };
    const { pan: _, ...contract } = full;
    expect(readCardList({ cards: [full] })).toStrictEqual({ cards: [contract] });
    const { holderName, nickname, issuer, isDefault, locked, ...required } = contract;
    expect(readCardList({ cards: [required] })).toStrictEqual({ cards: [required] });
    expect(readCardList({ cards: [{ ...required, last4: '42424' }] })).toBeUndefined();
  });

  test('DELETE bodies', () => {
    const body = fc.oneof(
      fc
        .record({ deleted: near(fc.boolean()), id: near(fc.string({ maxLength: 4 })), extra: junk })
        .map(present),
      junk,
    );
    fc.assert(
      fc.property(body, (value) => {
        expect(readDeleted(value)).toStrictEqual(byValibot(deleteCardResponseSchema, value));
      }),
      { numRuns: RUNS },
    );
  });

  test('error bodies', () => {
    const error = fc
      .record({
        code: near(
          fc.constantFrom(
            'rate_limited',
            'card_in_use',
            'network_error',
            'invalid_response',
            'nope',
          ),
        ),
        message: near(fc.string({ maxLength: 4 })),
        reason: near(fc.constantFrom('subscription', 'other', 'nope')),
      })
      .map(present);
    const body = fc.oneof(fc.record({ error: near(error) }).map(present), junk);
    fc.assert(
      fc.property(body, (value) => {
        expect(readErrorEnvelope(value)).toStrictEqual(byValibot(errorEnvelopeSchema, value));
      }),
      { numRuns: RUNS },
    );
  });
});
