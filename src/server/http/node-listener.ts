import { collapseSlashes } from '../guards/ambiguous-path';
import type { Answerer } from './answerer';
import { answererOf } from './answerer';
import { nodeTarget, toFetchRequest } from './node-request';
import type { NodeRequest, NodeResponse } from './node-types';
import type { Answer } from './respond';
import { errorAnswer } from './respond';
import { isUnderBase, normalizeBasePath } from './routes';
import { transportFacts } from './transport';

/** A Node listener (HTTP/1.1 or HTTP/2) that doubles as Connect/Express middleware. */
export type NodeListener = (
  req: NodeRequest,
  res: NodeResponse,
  next?: (error?: unknown) => void,
) => void;

/** Options for {@link toNodeListener}. */
export interface NodeListenerOptions {
  /** URLs outside it go to `next()`; default the handler's own `basePath`. */
  basePath?: string;
  /**
   * Transport cap on a request body; bigger ones are never read. Default the handler's own
   * `maxBodyBytes` (the webhook handler's 256 KiB), else 64 KiB.
   */
  maxBodyBytes?: number;
  /** Take scheme and host from `X-Forwarded-Proto`/`-Host`; only behind a proxy that sets them. */
  trustProxy?: boolean;
}

/** Any Fetch handler; a `WalletHandler` also carries its `basePath`. */
export type FetchHandler = ((req: Request) => Promise<Response>) & {
  readonly basePath?: string;
  readonly maxBodyBytes?: number;
};

const DEFAULT_MAX_BODY = 64 * 1024;

/**
 * Adapts a Fetch handler to `node:http` and `node:http2`. Without `next` every request goes
 * to the handler; with `next` (Connect, Express, Vite) only URLs under the base path do, judged
 * on the raw path and on the normalised one, so neither reading can slip past. A refused
 * host, target or body still reaches the handler (marked), which answers and audits it.
 */
export function toNodeListener(
  handler: FetchHandler,
  options: NodeListenerOptions = {},
): NodeListener {
  const base = options.basePath ?? handler.basePath;
  const basePath = base === undefined ? undefined : normalizeBasePath(base);
  const maxBody = options.maxBodyBytes ?? handler.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const trustProxy = options.trustProxy ?? false;
  const answer = answererOf(handler);

  return (req, res, next) => {
    const target = nodeTarget(req, trustProxy);
    const ours =
      basePath === undefined ||
      isUnderBase(collapseSlashes(target.facts.rawPath), basePath) ||
      isUnderBase(collapseSlashes(target.url.pathname), basePath);
    if (next !== undefined && !ours) {
      next();
      return;
    }
    serve(answer ?? handler, req, res, target, maxBody).catch(() => {
      if (!res.headersSent) write(res, errorAnswer('provider_error', 502));
      else res.destroy();
    });
  };
}

async function serve(
  handler: FetchHandler | Answerer,
  req: NodeRequest,
  res: NodeResponse,
  target: ReturnType<typeof nodeTarget>,
  maxBody: number,
): Promise<void> {
  const made = toFetchRequest(req, target, maxBody);
  const request = made instanceof Promise ? await made : made;
  const answered = await handler(request);
  // The rest of an oversized body is never read: end the connection after answering.
  // HTTP/2 forbids the header (and multiplexes): only HTTP/1.x needs it.
  const close = transportFacts(request)?.refusal === 'body_too_large' && req.httpVersionMajor < 2;
  if (answered instanceof Response) await send(res, answered, close);
  else write(res, answered, close);
}

/** A wallet handler's answer, as it is: no `Response` to read back. */
function write(res: NodeResponse, answer: Answer, close = false): void {
  if (res.headersSent || res.destroyed) return;
  const headers = close ? { ...answer.headers, Connection: 'close' } : answer.headers;
  res.writeHead(answer.status, headers);
  res.end(answer.body);
}

async function send(res: NodeResponse, response: Response, close = false): Promise<void> {
  if (res.headersSent || res.destroyed) return;
  res.statusCode = response.status;
  for (const [name, value] of response.headers) {
    if (name === 'set-cookie') continue;
    res.setHeader(name, value);
  }
  if (close) res.setHeader('Connection', 'close');
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  const body = response.body === null ? undefined : Buffer.from(await response.arrayBuffer());
  if (body === undefined) res.end();
  else res.end(body);
}
