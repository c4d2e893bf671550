import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MemoryProvider } from '../../src/server/index';
import type { FailureSwitch } from './failure-switch';
import { readJson, sendJson } from './node-io';
import { DEMO_CUSTOMERS, seedCards } from './seed-cards';
import { customerFromCookieHeader, SIGNED_OUT, sessionCookie } from './session';

/** Where the demo's own control endpoints live; never part of the kit's contract. */
export const DEMO_CONTROLS_PATH = '/__demo/';
/** Latencies the demo offers, in milliseconds. */
export const DEMO_LATENCIES: readonly number[] = [0, 300, 2000];

/** What GET /__demo/state answers. */
export interface DemoState {
  failNextRemoval: boolean;
  latencyMs: number;
  customer: string | null;
}

interface Controls {
  /** Null on a real provider: latency and reset exist only in the sandbox. */
  memory: MemoryProvider | null;
  failure: FailureSwitch;
}

/** Handles /__demo/* requests: state, fail-next, latency, reset and which shopper is signed in. */
export function createDemoControls({ memory, failure }: Controls) {
  let latencyMs = 0;

  const state = (customer: string | null): DemoState => ({
    failNextRemoval: failure.armed(),
    latencyMs,
    customer,
  });

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const route = (req.url ?? '').slice(DEMO_CONTROLS_PATH.length).split('?')[0];
    let customer = customerFromCookieHeader(req.headers.cookie);
    if (req.method === 'GET' && route === 'state') return sendJson(res, 200, state(customer));
    // JSON only: a cross-site <form> cannot send it without a preflight, so pages on other
    // sites cannot flip the demo's switches.
    if (req.method !== 'POST' || !req.headers['content-type']?.startsWith('application/json')) {
      return sendJson(res, 405, { error: 'POST application/json' });
    }
    const body = await readJson(req);
    if (body === undefined) return sendJson(res, 400, { error: 'bad JSON' });

    if (route === 'fail-next' && typeof body.enabled === 'boolean') {
      failure.setArmed(body.enabled);
    } else if ((route === 'latency' || route === 'reset') && memory === null) {
      return sendJson(res, 409, { error: 'only the embedded sandbox has this control' });
    } else if (route === 'latency' && memory && DEMO_LATENCIES.includes(Number(body.ms))) {
      latencyMs = Number(body.ms);
      memory.setLatency(latencyMs);
    } else if (route === 'reset' && memory) {
      memory.reset(seedCards());
      failure.setArmed(false);
    } else if (
      route === 'session' &&
      (body.customer === null || DEMO_CUSTOMERS.includes(String(body.customer)))
    ) {
      customer = body.customer === null ? null : String(body.customer);
      res.setHeader('Set-Cookie', sessionCookie(customer ?? SIGNED_OUT));
    } else {
      return sendJson(res, 404, { error: 'unknown demo control' });
    }
    sendJson(res, 200, state(customer));
  };
}
