import { afterEach } from 'vitest';
import { createDemoMiddleware } from '../../demo/backend/demo-middleware';
import { providerFromEnv } from '../../demo/backend/provider-from-env';
import { listen } from './server-loopback';

/** The demo's own session cookie for its signed-in shopper. */
export const shopperCookie = { Cookie: 'demo_session=shopper-1' };

/**
 * `demoOn(env)`: the demo's backend middleware on a loopback port, its provider chosen from
 * `env` exactly as `npm start` does (WALLET_PROVIDER + keys); closed after each test.
 */
export function demoServers(): {
  demoOn: (env: Record<string, string>) => Promise<string>;
  closers: Array<() => Promise<void>>;
} {
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((close) => close()));
  });
  const demoOn = async (env: Record<string, string>) => {
    const middleware = createDemoMiddleware(providerFromEnv(env));
    const server = await listen((req, res) =>
      middleware(req, res, () => {
        res.statusCode = 404;
        res.end();
      }),
    );
    closers.push(server.close);
    return server.url;
  };
  return { demoOn, closers };
}
