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
  /** `Date.now()` when its connection closed (answered and ended, or cut); unset while open. */
  closedAt?: number;
}

/**
 * A failure a fake serves instead of its normal answer: `html` is a 200 error page, `html404`
 * a web server's or proxy's 404 page, `detail404` a DRF-style `{"detail":"Not found."}`,
 * `405` a wrong-method page, `error200` a 200 carrying the provider's own error envelope,
 * `empty` a 200 with no body, `huge` the real answer padded past 1 MiB, `notFound` the provider's
 * own documented not-found answer (whether or not it holds the card), `slow` the normal answer
 * (the work done) trickled out a byte at a time, `reset` the work done and the connection then
 * destroyed before any answer (the caller sees ECONNRESET).
 */
export type FailureMode =
  | '500'
  | 'hang'
  | 'malformed'
  | 'html'
  | '401'
  | 'html404'
  | 'detail404'
  | '405'
  | 'error200'
  | 'empty'
  | 'huge'
  | 'notFound'
  | 'slow'
  | 'reset';

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
  /** The next request matching `when` gets `reply` (as JSON) and changes nothing. */
  answerNext(reply: FakeReply, when?: (req: RecordedRequest) => boolean): void;
  /** Runs `action` when the next request matching `when` arrives, before it is answered (even by a failure). */
  beforeNext(when: (req: RecordedRequest) => boolean, action: () => void): void;
  /**
   * Every later request matching `when` waits `ms` before the fake acts on it, and it still
   * acts if the caller gave up meanwhile, as a real provider would. `delay(0)` ends it.
   */
  delay(ms: number, when?: (req: RecordedRequest) => boolean): void;
  /** Calls `listener` with every later request as it is recorded; returns the unsubscribe. */
  onRequest(listener: (req: RecordedRequest) => void): () => void;
  close(): Promise<void>;
}

/** What a provider's fake plugs into {@link startFakeServer}. */
export interface FakeRoutes {
  /** The provider's answer; null for a path the provider does not serve (an HTML 404 page). */
  route(req: RecordedRequest): FakeReply | null;
  /** The provider's documented 401 body, for `failNext('401')`. */
  unauthorized(): FakeReply;
  /** The provider's own 500 answer, for `failNext('500')`; default a generic JSON error. */
  serverError?(): FakeReply;
  /** The provider's own error envelope, served under 200 for `failNext('error200')`. */
  errorEnvelope(): unknown;
  /** The provider's documented not-found answer, for `failNext('notFound')`. */
  notFound(): FakeReply;
}

export async function startFakeServer(routes: FakeRoutes): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  const failures: Array<{
    answer: FailureMode | FakeReply;
    when: (req: RecordedRequest) => boolean;
  }> = [];
  const hooks: Array<{ when: (req: RecordedRequest) => boolean; action: () => void }> = [];
  const listeners = new Set<(req: RecordedRequest) => void>();
  let latency: { ms: number; when: (req: RecordedRequest) => boolean } = {
    ms: 0,
    when: () => false,
  };

  const server = createServer((req, res) => {
    // A caller that gave up closes the socket; the fake still finishes its work.
    res.on('error', () => {});
    // Listened for before the body is read: a caller that gives up just as its request lands
    // closes the socket before the request is recorded, and that close must still be seen.
    let closedAt: number | undefined;
    let seen: RecordedRequest | undefined;
    res.on('close', () => {
      closedAt = Date.now();
      if (seen !== undefined) seen.closedAt = closedAt;
    });
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
        ...(closedAt === undefined ? {} : { closedAt }),
      };
      seen = recorded;
      requests.push(recorded);
      for (const listener of listeners) listener(recorded);
      if (latency.ms > 0 && latency.when(recorded)) {
        await new Promise((resolve) => setTimeout(resolve, latency.ms));
      }
      // Hooks first: something can happen elsewhere even when this answer is a failure.
      const hook = hooks.findIndex((candidate) => candidate.when(recorded));
      if (hook >= 0) hooks.splice(hook, 1)[0]?.action();
      const failure = failures.findIndex((candidate) => candidate.when(recorded));
      const answer = failure >= 0 ? failures.splice(failure, 1)[0]?.answer : undefined;
      if (typeof answer === 'object') {
        send(res, answer);
        return;
      }
      if (answer === 'slow') {
        trickle(res, routes.route(recorded));
        return;
      }
      if (answer === 'reset') {
        // As a provider that carried the call out and then lost the connection.
        routes.route(recorded);
        req.socket.resetAndDestroy();
        return;
      }
      if (answer !== undefined) {
        serveFailure(res, answer, routes, recorded);
        return;
      }
      const reply = routes.route(recorded);
      if (reply === null) notFoundPage(res);
      else send(res, reply);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext(mode, times = 1, when = () => true) {
      for (let i = 0; i < times; i += 1) failures.push({ answer: mode, when });
    },
    answerNext(reply, when = () => true) {
      failures.push({ answer: reply, when });
    },
    beforeNext(when, action) {
      hooks.push({ when, action });
    },
    delay(ms, when = () => true) {
      latency = { ms, when };
    },
    onRequest(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const HTML_404 =
  '<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>';

interface RawAnswer {
  status: number;
  type: string;
  body: string;
  headers?: Record<string, string>;
}

const json = (status: number, body: unknown): RawAnswer => ({
  status,
  type: 'application/json',
  body: JSON.stringify(body),
});

// Raw answers per mode; `hang` (null) never answers and close() ends its connection.
function failureAnswer(
  mode: FailureMode,
  routes: FakeRoutes,
  req: RecordedRequest,
): RawAnswer | null {
  switch (mode) {
    case 'hang':
      return null;
    case '500': {
      const { status, body } = routes.serverError?.() ?? {
        status: 500,
        body: { status: 'error', error: 'internal' },
      };
      return json(status, body);
    }
    case '401': {
      const { status, body } = routes.unauthorized();
      return json(status, body);
    }
    case 'malformed':
      return { status: 200, type: 'application/json', body: '{"cards": [{"card_token": "tok_' };
    case 'html':
      return { status: 200, type: 'text/html', body: '<!doctype html><h1>Bad Gateway</h1>' };
    case 'html404':
      return { status: 404, type: 'text/html', body: HTML_404 };
    case 'detail404':
      return json(404, { detail: 'Not found.' });
    case '405':
      return { status: 405, type: 'text/html', body: '<h1>405</h1>', headers: { Allow: 'GET' } };
    case 'error200':
      return json(200, routes.errorEnvelope());
    case 'empty':
      return { status: 200, type: 'application/json', body: '' };
    case 'huge': {
      // The real answer, valid in every field the adapter reads, padded past 1 MiB.
      const reply = routes.route(req);
      const body = typeof reply?.body === 'object' ? reply.body : {};
      return json(200, { ...body, pad: 'x'.repeat(1024 * 1024 + 1) });
    }
    case 'notFound': {
      const { status, body } = routes.notFound();
      return json(status, body);
    }
    case 'slow':
    case 'reset':
      // Served in the request handler: they need the request's own answer, or its socket.
      return null;
  }
}

// Headers at once, then one byte every 200 ms: the connection stays busy, so only a limit
// on the whole call (not an idle timeout) ends it in time. A path the provider does not
// serve trickles an empty JSON object.
function trickle(res: ServerResponse, reply: FakeReply | null): void {
  const bytes = Buffer.from(JSON.stringify(reply?.body ?? {}));
  res.writeHead(reply?.status ?? 404, {
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

function serveFailure(
  res: ServerResponse,
  mode: FailureMode,
  routes: FakeRoutes,
  req: RecordedRequest,
): void {
  const answer = failureAnswer(mode, routes, req);
  if (answer === null) return;
  res.writeHead(answer.status, { 'Content-Type': answer.type, ...answer.headers });
  res.end(answer.body);
}

// What the web server in front of a provider answers for a path it does not know: a real
// server's page, not the provider's JSON envelope.
function notFoundPage(res: ServerResponse): void {
  res.writeHead(404, { 'Content-Type': 'text/html' });
  res.end(HTML_404);
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
