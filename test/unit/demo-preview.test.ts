// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort, repoRoot, startDemo, stopDemos, waitForUrl } from '../helpers/demo-process';

// Its own build folder, so this test never races `npm run e2e` over demo/dist.
const distDir = mkdtempSync(join(tmpdir(), 'saved-card-kit-demo-preview-'));
function preview(port: number, env: Record<string, string> = {}) {
  return startDemo(['--production'], {
    WALLET_PROVIDER: 'memory',
    DEMO_DIST: distDir,
    PORT: String(port),
    ...env,
  });
}

describe('npm run demo:build && npm run preview (production demo)', () => {
  let port = 0;
  let base = '';

  beforeAll(async () => {
    await promisify(execFile)(process.execPath, ['demo/build.js'], {
      cwd: repoRoot,
      env: { ...process.env, DEMO_DIST: distDir },
    });
    port = await freePort();
    base = `http://localhost:${port}`;
    await waitForUrl(preview(port), base);
  }, 60_000);

  afterAll(() => {
    stopDemos();
    rmSync(distDir, { recursive: true, force: true });
  });

  test('serves the built page (no dev client) and signs the shopper in', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<div id="root">');
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js"/);
    expect(html).not.toContain('/@vite/client');
    expect(response.headers.get('set-cookie')).toMatch(/^demo_session=shopper-1;.*HttpOnly/i);

    const script = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1] ?? '';
    const asset = await fetch(`${base}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  test('serves the page under a strict CSP with a fresh nonce per response', async () => {
    const pages = await Promise.all([fetch(`${base}/`), fetch(`${base}/index.html`)]);
    const nonces: string[] = [];
    for (const response of pages) {
      const policy = response.headers.get('content-security-policy') ?? '';
      const nonce = policy.match(/'nonce-([A-Za-z0-9+/=]{22,})'/)?.[1] ?? '';
      expect(nonce, policy).not.toBe('');
      nonces.push(nonce);
      expect(policy).toContain(`script-src 'nonce-${nonce}' 'strict-dynamic'`);
      expect(policy).toContain(`style-src 'self' 'nonce-${nonce}'`);
      expect(policy).toContain("img-src 'self'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).not.toMatch(/unsafe-|data:|\*/);
      // A nonce is good for one response only, so the page is never stored.
      expect(response.headers.get('cache-control')).toBe('no-store');

      const html = await response.text();
      expect(html).not.toContain('__CSP_NONCE__');
      expect(html).toContain(`<meta property="csp-nonce" nonce="${nonce}">`);
      // Every script and stylesheet tag the build wrote carries this response's nonce.
      const tags = html.match(/<(script|link rel="stylesheet")[^>]*>/g) ?? [];
      expect(tags.length).toBeGreaterThanOrEqual(2);
      for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
      expect(html).not.toMatch(/<style|\sstyle=|data:/);
    }
    expect(new Set(nonces).size).toBe(2);
  });

  test('mounts the same backend: seeded cards, removal, demo controls', async () => {
    const cookie = 'demo_session=shopper-1';
    const list = await fetch(`${base}/api/wallet/cards`, { headers: { cookie } });
    expect(list.status).toBe(200);
    const { cards } = (await list.json()) as { cards: { id: string }[] };
    expect(cards.length).toBeGreaterThanOrEqual(4);

    const removed = await fetch(`${base}/api/wallet/cards/${cards[0]?.id}`, {
      method: 'DELETE',
      headers: { cookie, 'X-Wallet-Client': '1' },
    });
    expect(removed.status).toBe(200);
    const reset = await fetch(`${base}/__demo/reset`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(await reset.json()).toMatchObject({ failNextRemoval: false, latencyMs: 0 });
    const again = await fetch(`${base}/api/wallet/cards`, { headers: { cookie } });
    expect(((await again.json()) as { cards: unknown[] }).cards).toHaveLength(cards.length);

    expect((await fetch(`${base}/api/wallet/cards`)).status).toBe(401);
  });

  test('never serves the compiled backend or anything outside the page build', async () => {
    for (const path of [
      '/server/demo-middleware.js',
      '/../server/demo-middleware.js',
      '/%2e%2e/server/demo-middleware.js',
      '/..%2fserver%2fdemo-middleware.js',
      '/%2e%2e/%2e%2e/package.json',
    ]) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(404);
    }
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
  });

  test('a second start on the same port fails clearly instead of moving', async () => {
    const second = preview(port);
    expect(await second.exited).not.toBe(0);
    expect(second.output()).toContain(`Port ${port} is in use; set PORT=`);
  }, 30_000);

  test('without a build it says to run demo:build', async () => {
    const started = preview(await freePort(), { DEMO_DIST: join(distDir, 'missing') });
    expect(await started.exited).not.toBe(0);
    expect(started.output()).toContain('run `npm run demo:build` first');
  }, 30_000);
});
