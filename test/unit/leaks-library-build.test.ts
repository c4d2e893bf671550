// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserGraph } from '../helpers/browser-graph';

const outDir = mkdtempSync(join(tmpdir(), 'saved-card-kit-leaks-'));
// The server entries ship in their own package, built by its own config.
const serverOutDir = mkdtempSync(join(tmpdir(), 'saved-card-kit-leaks-server-'));
const serverConfig = fileURLToPath(
  new URL('../../packages/server/vite.config.ts', import.meta.url),
);
const readAll = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');

// Distinctive values, set as a merchant's CI might have them while building the package.
const SECRETS = {
  WALLET_PROVIDER: 'juspay',
  JUSPAY_API_KEY: 'jp_live_LIBLEAK_0a9b8c7d6e5f',
  JUSPAY_MERCHANT_ID: 'merchant_LIBLEAK_1',
  EXIMPE_CLIENT_ID: 'exc_LIBLEAK_2',
  EXIMPE_CLIENT_SECRET: 'exs_LIBLEAK_3d2c1b',
  EXIMPE_MERCHANT_ID: 'exm_LIBLEAK_4',
  WALLET_CUSTOMER_ID: 'cust_LIBLEAK_5',
};

const SERVER_CODE = [
  'createWalletHandler',
  'toNodeListener',
  'juspayProvider',
  'eximpeProvider',
  'memoryProvider',
] as const;

describe('the library built with provider secrets in the environment', () => {
  const saved = { ...process.env };
  // What a browser loads: the entry, every chunk it reaches, and the stylesheet.
  let browser = new Map<string, string>();
  let server = '';
  let everything = '';

  beforeAll(async () => {
    Object.assign(process.env, SECRETS);
    await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true, sourcemap: false } });
    await build({
      configFile: serverConfig,
      logLevel: 'silent',
      build: { outDir: serverOutDir, emptyOutDir: true, sourcemap: false },
    });
    browser = browserGraph(join(outDir, 'index.js'));
    browser.set(join(outDir, 'styles.css'), readFileSync(join(outDir, 'styles.css'), 'utf8'));
    server = [...browserGraph(join(serverOutDir, 'index.js')).values()].join('\n');
    everything = `${readAll(outDir)}\n${readAll(serverOutDir)}`;
  }, 60_000);

  afterAll(() => {
    process.env = saved;
    rmSync(outDir, { recursive: true, force: true });
    rmSync(serverOutDir, { recursive: true, force: true });
  });

  test('the scan reads real output: the browser graph holds the kit, the server entry the adapters', () => {
    expect(browser.size).toBeGreaterThan(1);
    expect([...browser.values()].join('\n')).toContain('X-Wallet-Client');
    for (const name of SERVER_CODE) expect(server).toContain(name);
    expect(server).toMatch(/juspay\.in/);
    expect(server).toMatch(/x-routing-id/);
  });

  test.each(Object.entries(SECRETS).filter(([name]) => name !== 'WALLET_PROVIDER'))(
    'no output file, browser or server, contains %s',
    (_name, value) => {
      expect(everything).not.toContain(value);
    },
  );

  test('browser files hold no provider host, provider header or server module code', () => {
    for (const [file, code] of browser) {
      expect(code, file).not.toMatch(/juspay\.in|juspay\.io|eximpe\.com/i);
      expect(code, file).not.toMatch(/x-routing-id|X-Client-Secret/i);
      for (const name of SERVER_CODE) expect(code, file).not.toContain(name);
      expect(code, file).not.toMatch(/(?:from|import|require)\s*\(?\s*["']node:/);
    }
  });
});
