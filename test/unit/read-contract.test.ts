// @vitest-environment node
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { readCardList, readDeleted, readErrorEnvelope } from '../../src/core/read-contract';
import {
  deleteCardResponseSchema,
  errorEnvelopeSchema,
  listCardsResponseSchema,
} from '../../src/core/schemas';
import { CARD_BRANDS, CARD_LOCK_REASONS, CARD_UPDATE_FIELDS } from '../../src/core/types';
import { WALLET_ERROR_STATUS } from '../../src/core/wallet-error';

// The browser reads the contract's answers by hand (src/core/read-contract.ts); the server
// checks what it sends with the valibot schemas. Both must give the same verdict and the same
// output (unknown keys dropped) on anything a backend could answer.

/** What `read` makes of `body`: its output, or "invalid". */
function verdict(read: (body: unknown) => unknown, body: unknown) {
  try {
    return { ok: true, output: read(body) };
  } catch {
    return { ok: false };
  }
}

function schemaVerdict(schema: v.GenericSchema, body: unknown) {
  const result = v.safeParse(schema, body);
  return result.success ? { ok: true, output: result.output } : { ok: false };
}

// Near the contract: each field mostly right, sometimes a near miss, another type or gone; and
// extra keys. Right often enough that whole cards pass and the rules between are reached.
const anyJson = fc.jsonValue({ maxDepth: 2 });
const maybe = <T>(right: fc.Arbitrary<T>, nearMiss: fc.Arbitrary<unknown> = anyJson) =>
  fc.oneof(
    { weight: 30, arbitrary: right },
    { weight: 1, arbitrary: nearMiss },
    { weight: 1, arbitrary: anyJson },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
const anyString = fc.string({ maxLength: 6 });
const idLike = maybe(
  fc.string({ minLength: 1, maxLength: 6 }),
  fc.oneof(fc.constant(''), fc.string({ minLength: 255, maxLength: 258 })),
);
const last4Like = maybe(
  fc.stringMatching(/^\d{4}$/),
  fc.constantFrom('424', '42424', '４２４２', '42a2', '4242\n', 4242),
);
const integerLike = (min: number, max: number) =>
  maybe(
    fc.integer({ min, max }),
    fc.oneof(
      fc.constantFrom(min - 1, max + 1, min + 0.5, Number.NaN, Number.POSITIVE_INFINITY),
      fc.constant(String(min)),
    ),
  );

function record(fields: Record<string, fc.Arbitrary<unknown>>) {
  return fc
    .tuple(
      fc.record(fields),
      fc.dictionary(fc.constantFrom('extra', 'pan', '__proto__x'), anyJson, { maxKeys: 2 }),
    )
    .map(([named, extra]) => {
      const out: Record<string, unknown> = { ...extra };
      for (const [key, value] of Object.entries(named)) if (value !== undefined) out[key] = value;
      return out;
    });
}

const cardLike = record({
  id: idLike,
  brand: maybe(fc.constantFrom(...CARD_BRANDS), fc.constantFrom('VISA', 'Visa', '')),
  last4: last4Like,
  expiryMonth: integerLike(1, 12),
  expiryYear: integerLike(1000, 9999),
  expired: maybe(fc.boolean(), fc.constantFrom('true', 0, 1)),
  holderName: maybe(anyString),
  nickname: maybe(anyString),
  issuer: maybe(anyString),
  isDefault: maybe(fc.boolean(), fc.constantFrom('true', 0, 1)),
  locked: maybe(fc.constantFrom(...CARD_LOCK_REASONS), fc.constantFrom('other-reason', '')),
  updated: maybe(
    record({
      at: maybe(
        fc.constantFrom('2026-11-30T09:00:00.000Z', '2026-11-30T09:00:00Z'),
        fc.constantFrom(0, null, '', 'yesterday', '2026-13-01T09:00:00.000Z', '2026-11-30'),
      ),
      fields: maybe(
        fc.array(maybe(fc.constantFrom(...CARD_UPDATE_FIELDS), fc.constantFrom('cvc', 'Expiry')), {
          maxLength: 2,
        }),
        fc.constantFrom('expiry', {}),
      ),
    }),
  ),
  duplicateOf: idLike,
  duplicate: maybe(fc.constant('possible'), fc.constantFrom('confirmed', '', true)),
});

const SERVER_CODES = Object.keys(WALLET_ERROR_STATUS).filter(
  (code) => WALLET_ERROR_STATUS[code as keyof typeof WALLET_ERROR_STATUS] !== null,
);

const CASES = [
  {
    name: 'the card list',
    read: readCardList,
    schema: listCardsResponseSchema,
    bodies: fc.oneof(
      record({ cards: maybe(fc.array(cardLike, { minLength: 1, maxLength: 3 })) }),
      anyJson,
    ),
  },
  {
    name: 'a delete answer',
    read: readDeleted,
    schema: deleteCardResponseSchema,
    bodies: fc.oneof(
      record({
        deleted: maybe(fc.constant(true), fc.constantFrom(false, 'true', 1)),
        id: maybe(anyString),
        defaultCardId: maybe(
          fc.constantFrom('card_2', null),
          fc.constantFrom('', 7, 'x'.repeat(300)),
        ),
      }),
      anyJson,
    ),
  },
  {
    name: 'an error envelope',
    read: readErrorEnvelope,
    schema: errorEnvelopeSchema,
    bodies: fc.oneof(
      record({
        error: maybe(
          record({
            code: maybe(
              fc.constantFrom(...SERVER_CODES),
              fc.constantFrom('teapot', 'network_error'),
            ),
            message: maybe(anyString),
            reason: maybe(
              fc.constantFrom(...CARD_LOCK_REASONS),
              fc.constantFrom('other-reason', ''),
            ),
          }),
        ),
      }),
      anyJson,
    ),
  },
];

describe.each(CASES)(
  '$name: the hand reader agrees with the valibot schema',
  ({ read, schema, bodies }) => {
    test('same verdict, same output', () => {
      let valid = 0;
      fc.assert(
        fc.property(bodies, (body) => {
          const expected = schemaVerdict(schema as v.GenericSchema, body);
          if (expected.ok) valid++;
          expect(verdict(read, body)).toStrictEqual(expected);
        }),
        { numRuns: 3000 },
      );
      // The runs reached valid answers too, not only refusals.
      expect(valid).toBeGreaterThan(20);
    });
  },
);

describe('a card the bank updated', () => {
  const card = {
    id: 'pm_1',
    brand: 'visa',
    last4: '4242',
    expiryMonth: 12,
    expiryYear: 2030,
    expired: false,
  };

  test('the browser keeps `updated` as the server sent it', () => {
    const updated = { at: '2026-11-30T09:00:00.000Z', fields: ['expiry', 'number'] };
    expect(readCardList({ cards: [{ ...card, updated }] })).toStrictEqual({
      cards: [{ ...card, updated }],
    });
    // The provider said nothing about which details: still an update.
    expect(
      readCardList({ cards: [{ ...card, updated: { at: updated.at, fields: [] } }] }),
    ).toStrictEqual({ cards: [{ ...card, updated: { at: updated.at, fields: [] } }] });
  });

  test('an `updated` outside the contract refuses the list, as the schema does', () => {
    for (const updated of [
      { at: '2026-11-30T09:00:00.000Z', fields: ['cvc'] },
      { at: 0, fields: [] },
      { at: '', fields: ['expiry'] },
      { at: '2026-11-30', fields: ['expiry'] },
      { at: '2026-11-30T09:00:00+02:00', fields: ['expiry'] },
      { at: '2026-11-31T25:00:00.000Z', fields: ['expiry'] },
      { fields: ['expiry'] },
      'expiry',
    ]) {
      expect(verdict(readCardList, { cards: [{ ...card, updated }] })).toEqual({ ok: false });
      expect(schemaVerdict(listCardsResponseSchema, { cards: [{ ...card, updated }] })).toEqual({
        ok: false,
      });
    }
  });
});
