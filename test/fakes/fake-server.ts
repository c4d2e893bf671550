import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as a fake provider received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
  /** `Date.now()` when the request had fully arrived. */
  at: number;
}

/**
 * A failure a fake serves instead of its normal answer. `html404` is a proxy's or wrong
 * route's page, `empty` a 200 with no body, `error200` the provider's own error envelope
 * under a 200, `slow` the normal answer (the work done) trickled out a byte at a time.
 */
export type FailureMode =
  | '500'
  | 'hang'
  | 'malformed'
  | 'html'
  | '401'
  | 'html404'
  | 'empty'
  | 'error200'
  | 'slow';

/** What a route answers: a JSON body under a status. */
export interface FakeReply {
  status: number;
  body: unknown;
}

/** The provider-independent part of a fake: recording, failure injection, lifecycle. */
export interface FakeServer {
  url: string;
  /** Every request received, oldest first, failures included. */
  requests: RecordedRequest[];
  /** The next `times` requests (default 1) matching `when` get `mode` instead of their answer. */
  failNext(mode: FailureMode, times?: number, when?: (req: RecordedRequest) => boolean): void;
  /** Runs `action` when the next request matching `when` arrives, before it is answered. */
  beforeNext(when: (req: RecordedRequest) => boolean, action: () => void): void;
  /**
   * Every later request matching `when` waits `ms` before the fake acts on it, and it still
   * acts if the caller gave up meanwhile, as a real provider would. `delay(0)` ends it.
   */
  delay(ms: number, when?: (req: RecordedRequest) => boolean): void;
  close(): Promise<void>;
}

/** What a provider's fake plugs into {@link startFakeServer}. */
export interface FakeRoutes {
  route(req: RecordedRequest): FakeReply;
  /** The provider's documented 401 body, for `failNext('401')`. */
  unauthorized(): FakeReply;
  /** The provider's own 500 answer, for `failNext('500')`; default a generic JSON error. */
  serverError?(): FakeReply;
  /** The provider's error envelope, served under a 200 by `failNext('error200')`. */
  errorEnvelope?(): unknown;
  /** The provider's documented not-found answer. */
  notFound?(): FakeReply;
}

export async function startFakeServer(routes: FakeRoutes): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  const failures: Array<{ mode: FailureMode; when: (req: RecordedRequest) => boolean }> = [];
  const hooks: Array<{ when: (req: RecordedRequest) => boolean; action: () => void }> = [];
  let latency: { ms: number; when: (req: RecordedRequest) => boolean } = {
    ms: 0,
    when: () => false,
  };

  const server = createServer((req, res) => {
    // A caller that gave up closes the socket; the fake still finishes its work.
    res.on('error', () => {});
    void readBody(req).then(async (body) => {
      if (body === null) return;
      const url = new URL(req.url ?? '/', 'http://fake.invalid');
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body,
        at: Date.now(),
      };
      requests.push(recorded);
      if (latency.ms > 0 && latency.when(recorded)) {
        await new Promise((resolve) => setTimeout(resolve, latency.ms));
      }
      const failure = failures.findIndex((candidate) => candidate.when(recorded));
      const mode = failure >= 0 ? failures.splice(failure, 1)[0]?.mode : undefined;
      if (mode !== undefined) {
        serveFailure(res, mode, routes, recorded);
        return;
      }
      const hook = hooks.findIndex((candidate) => candidate.when(recorded));
      if (hook >= 0) hooks.splice(hook, 1)[0]?.action();
      send(res, routes.route(recorded));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext(mode, times = 1, when = () => true) {
      for (let i = 0; i < times; i += 1) failures.push({ mode, when });
    },
    beforeNext(when, action) {
      hooks.push({ when, action });
    },
    delay(ms, when = () => true) {
      latency = { ms, when };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// Raw answers per mode; `hang` never answers and close() ends its connection.
function serveFailure(
  res: ServerResponse,
  mode: FailureMode,
  routes: FakeRoutes,
  req: RecordedRequest,
): void {
  if (mode === 'hang') return;
  if (mode === '500') {
    send(
      res,
      routes.serverError?.() ?? { status: 500, body: { status: 'error', error: 'internal' } },
    );
  } else if (mode === '401') send(res, routes.unauthorized());
  else if (mode === 'error200') {
    send(res, { status: 200, body: routes.errorEnvelope?.() ?? { error: 'internal' } });
  } else if (mode === 'empty') {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '0' });
    res.end();
  } else if (mode === 'slow') trickle(res, routes.route(req));
  else if (mode === 'malformed') {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end('{"cards": [{"card_token": "tok_');
  } else if (mode === 'html404') {
    res.writeHead(404, { 'Content-Type': 'text/html' });
    res.end('<!doctype html><title>404 Not Found</title><h1>Not Found</h1>');
  } else {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<!doctype html><title>502 Bad Gateway</title><h1>Bad Gateway</h1>');
  }
}

// Headers at once, then one byte every 200 ms: the connection stays busy, so only a limit
// on the whole call (not an idle timeout) ends it in time.
function trickle(res: ServerResponse, reply: FakeReply): void {
  const bytes = Buffer.from(JSON.stringify(reply.body));
  res.writeHead(reply.status, {
    'Content-Type': 'application/json',
    'Content-Length': bytes.length,
  });
  let sent = 0;
  const timer = setInterval(() => {
    if (res.destroyed || sent >= bytes.length) {
      clearInterval(timer);
      res.end();
      return;
    }
    res.write(bytes.subarray(sent, sent + 1));
    sent += 1;
  }, 200);
  res.on('close', () => clearInterval(timer));
}

export function send(res: ServerResponse, reply: FakeReply): void {
  res.writeHead(reply.status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(reply.body));
}

// Null when the caller cut the body off: a real server would not act on half a request.
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(null));
  });
}

/** Header value as one string ('' when absent), however Node stored it. */
export function header(req: RecordedRequest, name: string): string {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
}
