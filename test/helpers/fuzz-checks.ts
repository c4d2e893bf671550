import * as v from 'valibot';
import { expect } from 'vitest';
import { savedCardSchema } from '../../src/core/schemas';
import { mayHoldCardNumber } from '../../src/server/guards/may-hold-card-number';
import type { AuditEvent } from '../../src/server/index';
import type { Expectation } from './fuzz-oracle';

const CARD_KEYS = new Set([
  'id',
  'brand',
  'last4',
  'expiryMonth',
  'expiryYear',
  'expired',
  'holderName',
  'nickname',
  'issuer',
  'isDefault',
  'locked',
]);

/** Every 5-digit run of each card number: finding one outside the card's last4 is a PAN leak. */
export function panWindows(pans: readonly string[]): string[] {
  const windows = new Set<string>();
  for (const pan of pans) {
    for (let i = 0; i + 5 <= pan.length; i += 1) windows.add(pan.slice(i, i + 5));
  }
  return [...windows];
}

/** Fails when `text` holds a secret, or 5+ digits of a card number (spaces and dashes ignored). */
export function expectNoLeak(
  text: string,
  secrets: readonly string[],
  windows: readonly string[],
  where: string,
): void {
  for (const secret of secrets) expect(text, `${where} leaks a secret`).not.toContain(secret);
  const digits = text.replace(/(?<=\d)[ -](?=\d)/g, '');
  for (const run of windows) expect(digits, `${where} leaks card digits`).not.toContain(run);
}

/** Body text and header values, minus the request id (a random UUID may hold any digits). */
export async function responseText(response: Response): Promise<{ body: string; headers: string }> {
  const headers = [...response.headers]
    .filter(([name]) => name !== 'x-request-id')
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
  return { body: await response.clone().text(), headers };
}

/**
 * The response is exactly what the oracle predicted, in a §3 shape, uncacheable JSON.
 * `ownIds` are the ids the session customer holds after the request.
 */
export function expectAnswer(
  response: Response,
  body: string,
  e: Expectation,
  ownIds: readonly string[],
): void {
  expect(response.status, 'status').toBe(e.status);
  expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
  expect(response.headers.get('Cache-Control')).toBe('no-store');
  // Always the server's own UUID, never one a caller sent (docs/server.md).
  expect(response.headers.get('X-Request-Id')).toMatch(
    /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  );
  const parsed: unknown = JSON.parse(body);
  if (e.code !== null) {
    const error = { code: e.code, message: expect.any(String) };
    expect(parsed).toEqual({ error: e.reason === null ? error : { ...error, reason: e.reason } });
    if (e.allow !== null) expect(response.headers.get('Allow')).toBe(e.allow);
    if (e.code === 'rate_limited')
      expect(response.headers.get('Retry-After')).toMatch(/^[1-9]\d*$/);
    return;
  }
  if (e.route === 'delete') {
    expect(parsed).toEqual({ deleted: true, id: e.cardId });
    return;
  }
  const { cards } = parsed as { cards: unknown[] };
  expect(Object.keys(parsed as object)).toEqual(['cards']);
  for (const card of cards) {
    expect(v.is(savedCardSchema, card), 'card breaks docs/http-contract.md §1').toBe(true);
    for (const key of Object.keys(card as object)) expect(CARD_KEYS.has(key), key).toBe(true);
  }
  expect(cards.map((card) => (card as { id: string }).id)).toEqual(ownIds);
  const locks = Object.fromEntries(
    (cards as Array<{ id: string; locked?: string }>)
      .filter((card) => card.locked !== undefined)
      .map((card) => [card.id, card.locked]),
  );
  expect(locks, 'locked cards').toEqual(e.locks);
}

/** One event per delete attempt, and only then, naming this request and its card as docs/server.md says. */
export function expectAudit(
  events: readonly AuditEvent[],
  e: Expectation,
  response: Response,
  at: string,
): void {
  if (e.audit === null) {
    expect(events, 'audit events for a request that is no delete attempt').toEqual([]);
    return;
  }
  expect(events).toHaveLength(1);
  const [event] = events;
  expect(event).toMatchObject({
    type: 'card.delete',
    customerId: e.customerId,
    outcome: e.audit,
    requestId: response.headers.get('X-Request-Id'),
    at,
  });
  // A valid id as it is; a refused one as `[invalid]`, a path naming no card as `[none]`.
  expect(event?.cardId, 'audited card id').toBe(e.auditCardId);
  expect(mayHoldCardNumber(event?.cardId ?? '')).toBe(false);
}
