// @vitest-environment node
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { expectNoLeak, walletOn } from '../fakes/provider-harness';
import type { Scenario } from '../fakes/provider-scenarios';
import { scenarios } from '../fakes/provider-scenarios';
import { testCtx } from '../helpers/provider-context';
import { del, list } from '../helpers/server-fixtures';

describe.each(['juspay', 'eximpe'] as const)('%s failures', (name) => {
  let s: Scenario;
  beforeEach(async () => {
    s = await scenarios[name]();
  });
  afterEach(() => s.fake.close());

  async function expect502(response: Response, logs: Array<{ meta: Record<string, unknown> }>) {
    expect(response.status).toBe(502);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'provider_error' } });
    // Request ids are random UUIDs whose digit runs would look like a PAN to the scan.
    const logText = JSON.stringify(logs.map(({ meta }) => ({ ...meta, requestId: undefined })));
    expectNoLeak(`${text} ${logText}`, [s.secret, s.providerMessage, 'wrong_secret_xyz']);
  }

  test('a rejected key is a 502 without the key or the provider’s words, not retried', async () => {
    const { handler, logs } = walletOn(s.provider({ secret: 'wrong_secret_xyz' }));
    await expect502(await handler(list()), logs);
    expect(s.fake.requests).toHaveLength(1);
    expect(logs[0]?.meta).toMatchObject({ provider: name, kind: 'unauthorized', status: 401 });
  });

  test('a 401 on delete is a 502 too, and the card stays', async () => {
    s.fake.failNext('401', 1, s.isDelete);
    const { handler, logs } = walletOn(s.provider());
    await expect502(await handler(del(s.cardId)), logs);
    expect((await s.provider().listCards('alice', testCtx())).map((card) => card.id)).toEqual([
      s.cardId,
    ]);
  });

  test('one 500 on list is retried once and succeeds', async () => {
    s.fake.failNext('500');
    const response = await walletOn(s.provider()).handler(list());
    expect(response.status).toBe(200);
    expect(s.fake.requests).toHaveLength(2);
  });

  test('two 500s on list: exactly two requests, then 502', async () => {
    s.fake.failNext('500', 2);
    const { handler, logs } = walletOn(s.provider());
    await expect502(await handler(list()), logs);
    expect(s.fake.requests).toHaveLength(2);
    expect(logs[0]?.meta).toMatchObject({ kind: 'unavailable', status: 500 });
  });

  test('a 500 on delete is never retried', async () => {
    s.fake.failNext('500', 1, s.isDelete);
    const { handler, logs } = walletOn(s.provider());
    await expect502(await handler(del(s.cardId)), logs);
    expect(s.fake.requests.filter(s.isDelete)).toHaveLength(1);
  });

  test('a network error on list is retried once, then 502', async () => {
    let attempts = 0;
    const fetch = async () => {
      attempts += 1;
      throw new TypeError('fetch failed');
    };
    const { handler, logs } = walletOn(s.provider({ fetch }));
    await expect502(await handler(list()), logs);
    expect(attempts).toBe(2);
  });

  test.each(['list', 'delete'] as const)(
    'a provider that hangs on %s times out as a 502',
    async (op) => {
      s.fake.failNext('hang', 1, op === 'list' ? () => true : s.isDelete);
      const { handler, logs } = walletOn(s.provider({ timeoutMs: 200 }));
      const started = Date.now();
      await expect502(await handler(op === 'list' ? list() : del(s.cardId)), logs);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(logs[0]?.meta).toMatchObject({ provider: name, kind: 'timeout' });
    },
  );

  test.each(['malformed', 'html'] as const)('a %s list answer is a 502', async (mode) => {
    s.fake.failNext(mode);
    const { handler, logs } = walletOn(s.provider());
    await expect502(await handler(list()), logs);
    expect(logs[0]?.meta).toMatchObject({ kind: 'bad_response', status: 200 });
  });

  test('a list answer over 1 MiB is a 502, even one that is otherwise valid', async () => {
    s.fake.failNext('huge');
    const { handler, logs } = walletOn(s.provider());
    await expect502(await handler(list()), logs);
    expect(logs[0]?.meta).toMatchObject({ provider: name, kind: 'bad_response', status: 200 });
  });

  test('an html answer to delete is a 502', async () => {
    s.fake.failNext('html', 1, s.isDelete);
    const { handler, logs } = walletOn(s.provider());
    await expect502(await handler(del(s.cardId)), logs);
  });
});
