// @vitest-environment node
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { EximpeFake } from '../fakes/eximpe-fake';
import { startEximpeFake } from '../fakes/eximpe-fake';
import type { FailureMode } from '../fakes/fake-server';
import type { JuspayFake } from '../fakes/juspay-fake';
import { startJuspayFake } from '../fakes/juspay-fake';
import type { Scenario } from '../fakes/provider-scenarios';
import { scenarios } from '../fakes/provider-scenarios';

// The fakes are only worth their assertions if they are as strict as the docs they follow.
let open: Array<JuspayFake | EximpeFake> = [];
afterEach(async () => {
  await Promise.all(open.map((fake) => fake.close()));
  open = [];
});

describe('Juspay fake (juspay.md)', () => {
  async function start() {
    const fake = await startJuspayFake({
      cards: { alice: [{ card_reference: 'r1', card_number: 'XXXX1111' }] },
    });
    open.push(fake);
    const auth = `Basic ${Buffer.from(`${fake.apiKey}:`).toString('base64')}`;
    return { fake, auth };
  }

  test('401 with the error body shape without Basic auth', async () => {
    const { fake } = await start();
    const response = await fetch(`${fake.url}/cards?customer_id=alice`);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      status: 'error',
      error_code: expect.any(String),
      error_message: expect.any(String),
    });
  });

  test('needs x-routing-id and a merchant header, either spelling', async () => {
    const { fake, auth } = await start();
    const get = (headers: Record<string, string>) =>
      fetch(`${fake.url}/cards?customer_id=alice`, {
        headers: { Authorization: auth, ...headers },
      });
    expect((await get({ 'x-merchantid': fake.merchantId })).status).toBe(400);
    expect((await get({ 'x-routing-id': 'alice' })).status).toBe(400);
    expect((await get({ 'x-routing-id': 'alice', 'x-merchant-id': fake.merchantId })).status).toBe(
      200,
    );
  });

  test('tokens rotate on every list; delete wants a form body', async () => {
    const { fake, auth } = await start();
    const headers = {
      Authorization: auth,
      'x-routing-id': 'alice',
      'x-merchantid': fake.merchantId,
    };
    const token = async () => {
      const body = (await (
        await fetch(`${fake.url}/cards?customer_id=alice`, { headers })
      ).json()) as {
        cards: Array<{ card_token: string }>;
      };
      return body.cards[0]?.card_token ?? '';
    };
    const first = await token();
    const second = await token();
    expect(second).not.toBe(first);
    const asJson = await fetch(`${fake.url}/card/delete`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ card_token: second }),
    });
    expect(asJson.status).toBe(400);
    expect(fake.references('alice')).toEqual(['r1']);
  });
});

describe('Eximpe fake (eximpe.md)', () => {
  async function start() {
    const fake = await startEximpeFake({
      cards: { alice: [{ card_token: 't1', masked_pan: 'XXXX0003' }], bob: [] },
    });
    open.push(fake);
    const headers = { 'X-Client-ID': fake.clientId, 'X-Client-Secret': fake.clientSecret };
    return { fake, headers };
  }

  test('401 ERR_AUTH_000 without credentials; 404 "No cards found" for an empty identifier', async () => {
    const { fake, headers } = await start();
    const bare = await fetch(`${fake.url}/pg/tokens/?identifier=alice`);
    expect(bare.status).toBe(401);
    expect(await bare.json()).toMatchObject({ success: false, error: { code: 'ERR_AUTH_000' } });
    const empty = await fetch(`${fake.url}/pg/tokens/?identifier=bob`, { headers });
    expect(empty.status).toBe(404);
  });

  test('delete: JSON only, both fields, ownership enforced, POST or DELETE', async () => {
    const { fake, headers } = await start();
    const remove = (method: string, body: string, type = 'application/json') =>
      fetch(`${fake.url}/pg/tokens/delete/`, {
        method,
        headers: { ...headers, 'Content-Type': type },
        body,
      });
    expect(
      (await remove('POST', 'card_token=t1&identifier=alice', 'application/x-www-form-urlencoded'))
        .status,
    ).toBe(400);
    const missing = await remove('POST', JSON.stringify({ card_token: 't1' }));
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: { details: { identifier: 'required' } } });
    const foreign = await remove('POST', JSON.stringify({ card_token: 't1', identifier: 'bob' }));
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toMatchObject({ error: { code: 'ERR_TOKEN_ACCESS' } });
    expect(fake.tokens('alice')).toEqual(['t1']);
    expect(
      (await remove('DELETE', JSON.stringify({ card_token: 't1', identifier: 'alice' }))).status,
    ).toBe(200);
    expect(fake.tokens('alice')).toEqual([]);
  });
});

describe.each(['juspay', 'eximpe'] as const)(
  '%s fake: failure modes and unknown routes',
  (name) => {
    let s: Scenario;
    beforeEach(async () => {
      s = await scenarios[name]();
    });
    afterEach(() => s.fake.close());

    test('an unknown path gets a web server’s HTML 404, not the provider’s envelope', async () => {
      const response = await fetch(`${s.fake.url}/no/such/route`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('text/html');
      expect(await response.text()).toContain('<h1>Not Found</h1>');
    });

    test.each<[FailureMode, number, string, (body: string) => boolean]>([
      ['html', 200, 'text/html', (body) => body.startsWith('<!doctype html>')],
      ['html404', 404, 'text/html', (body) => body.includes('Not Found')],
      ['detail404', 404, 'application/json', (body) => body === '{"detail":"Not found."}'],
      ['405', 405, 'text/html', (body) => body.includes('405')],
      ['empty', 200, 'application/json', (body) => body === ''],
      ['huge', 200, 'application/json', (body) => body.length > 1024 * 1024 && isJson(body)],
      ['malformed', 200, 'application/json', (body) => !isJson(body)],
    ])('%s answers %i %s', async (mode, status, type, check) => {
      s.fake.failNext(mode);
      const response = await fetch(`${s.fake.url}/anything`);
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toBe(type);
      expect(check(await response.text())).toBe(true);
    });

    test('error200 is a 200 carrying the provider’s own error envelope', async () => {
      s.fake.failNext('error200');
      const response = await fetch(`${s.fake.url}/anything`);
      expect(response.status).toBe(200);
      const body = await response.json();
      if (name === 'juspay')
        expect(body).toMatchObject({ status: 'error', error_code: expect.any(String) });
      else expect(body).toMatchObject({ success: false, error: { code: expect.any(String) } });
    });
  },
);

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
