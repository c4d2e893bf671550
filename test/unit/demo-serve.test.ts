// @vitest-environment node
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort, startDemo, stopDemos, waitForUrl } from '../helpers/demo-process';

interface CardJson {
  id: string;
  expired: boolean;
  nickname?: string;
  isDefault?: boolean;
}

const start = (port: number) => startDemo([], { PORT: String(port) });

describe('npm start (demo/serve.js)', () => {
  let port = 0;
  let base = '';
  let cookie = '';

  beforeAll(async () => {
    port = await freePort();
    base = `http://localhost:${port}`;
    await waitForUrl(start(port), base);
  }, 30_000);

  afterAll(() => {
    stopDemos();
  });

  test('serves the page and signs the demo shopper in', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toContain('<div id="root">');
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    cookie = setCookie.split(';')[0] ?? '';
    expect(cookie).toMatch(/^demo_session=/);
  });

  test('lists the seeded cards and removes one', async () => {
    const list = await fetch(`${base}/api/wallet/cards`, { headers: { cookie } });
    expect(list.status).toBe(200);
    const { cards } = (await list.json()) as { cards: CardJson[] };
    expect(cards.length).toBeGreaterThanOrEqual(4);
    expect(cards.some((card) => card.expired)).toBe(true);
    expect(cards.some((card) => card.nickname)).toBe(true);
    expect(cards.some((card) => card.isDefault)).toBe(true);

    const victim = cards.find((card) => card.expired) ?? cards[0];
    const removed = await fetch(
      `${base}/api/wallet/cards/${encodeURIComponent(victim?.id ?? '')}`,
      {
        method: 'DELETE',
        headers: { cookie, 'X-Wallet-Client': '1' },
      },
    );
    expect(removed.status).toBe(200);
    expect(await removed.json()).toEqual({ deleted: true, id: victim?.id });
  });

  test('without the session cookie the API answers 401', async () => {
    const response = await fetch(`${base}/api/wallet/cards`);
    expect(response.status).toBe(401);
  });

  test('a second start on the same port fails clearly instead of moving', async () => {
    const second = start(port);
    const code = await second.exited;
    expect(code).not.toBe(0);
    expect(second.output()).toContain(`Port ${port} is in use; set PORT=`);
  }, 30_000);
});
