import type { IncomingMessage, ServerResponse } from 'node:http';
import { createWalletHandler, toNodeListener } from '../../src/server/index';
import { createDemoControls, DEMO_CONTROLS_PATH } from './demo-controls';
import { failureSwitch } from './failure-switch';
import { type DemoProvider, providerFromEnv } from './provider-from-env';
import { DEMO_LOCKS, DEMO_SHOPPER } from './seed-cards';
import { customerFromRequest, readCookie, SESSION_COOKIE, sessionCookie } from './session';

/** The wallet's base path in the demo: the kit's default, so the browser client needs no config. */
export const WALLET_BASE_PATH = '/api/wallet';

type Next = (err?: unknown) => void;

/**
 * Everything the demo's dev server adds: the kit's wallet handler on an in-memory sandbox
 * seeded afresh on every start, a self-signed-in shopper, and the demo control endpoints.
 */
export function createDemoMiddleware(backend: DemoProvider = providerFromEnv()) {
  const failure = failureSwitch(backend.provider);
  const wallet = toNodeListener(
    createWalletHandler({
      provider: failure.provider,
      getCustomerId: (req) => customerFor(backend, customerFromRequest(req)),
      basePath: WALLET_BASE_PATH,
      // Generous, so trying the demo never trips it; still on, as it would be in production.
      rateLimit: { max: 30, windowMs: 60_000 },
      // Lists too: the e2e suite and a designer flipping theme, direction and language reload
      // the page well past the default 60 a minute.
      listRateLimit: { max: 240, windowMs: 60_000 },
      // One seeded card pays a subscription: listed as locked, refused with 409 on delete.
      lockReason: (card) => DEMO_LOCKS[card.id] ?? null,
      // The sandbox's bank updated one card: its row says so (a real provider has no seed).
      cardUpdateStore: backend.kind === 'memory' ? backend.cardUpdates : undefined,
      // The terminal doubles as the audit trail, so the demo shows what a merchant would log.
      audit: (event) =>
        console.log(
          `[audit] ${event.outcome} ${event.cardId} by ${event.customerId ?? '(no session)'}`,
        ),
    }),
  );
  const controls = createDemoControls({ memory: backend.memory, failure });

  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    const url = req.url ?? '/';
    if (url.startsWith(DEMO_CONTROLS_PATH)) {
      controls(req, res).catch(next);
      return;
    }
    // The page load signs the shopper in; API calls never do, so a signed-out session
    // really reaches the handler as one.
    if (
      !url.startsWith(WALLET_BASE_PATH) &&
      readCookie(req.headers.cookie, SESSION_COOKIE) === undefined
    ) {
      res.setHeader('Set-Cookie', sessionCookie());
    }
    wallet(req, res, next);
  };
}

/** With a real provider the demo shopper stands for the configured sandbox customer. */
function customerFor(backend: DemoProvider, demoCustomer: string | null): string | null {
  if (backend.kind === 'memory') return demoCustomer;
  return demoCustomer === DEMO_SHOPPER ? backend.customerId : null;
}
