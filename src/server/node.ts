import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { declaredLength } from './body';
import { errorResponse } from './respond';
import { isUnderBase, normalizeBasePath } from './routes';

/** A Node listener that doubles as Connect/Express middleware. */
export type NodeListener = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => void;

/** Options for {@link toNodeListener}. */
export interface NodeListenerOptions {
  /** URLs outside it go to `next()`; default the handler's own `basePath`. */
  basePath?: string;
  /** Transport cap on a request body; bigger ones are refused unread. Default 64 KiB. */
  maxBodyBytes?: number;
  /** Take scheme and host from `X-Forwarded-Proto`/`-Host`; only behind a proxy that sets them. */
  trustProxy?: boolean;
}

/** Any Fetch handler; a `WalletHandler` also carries its `basePath`. */
export type FetchHandler = ((req: Request) => Promise<Response>) & { readonly basePath?: string };

const DEFAULT_MAX_BODY = 64 * 1024;
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;
const NO_BODY_METHODS = new Set(['GET', 'HEAD']);

/**
 * Adapts a Fetch handler to `node:http`. Without `next` every request goes to the handler;
 * with `next` (Connect, Express, Vite) only URLs under the base path do. Never throws.
 */
export function toNodeListener(
  handler: FetchHandler,
  options: NodeListenerOptions = {},
): NodeListener {
  const base = options.basePath ?? handler.basePath;
  const basePath = base === undefined ? undefined : normalizeBasePath(base);
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const trustProxy = options.trustProxy ?? false;

  return (req, res, next) => {
    // Express strips its mount path from `req.url`; `originalUrl` keeps the full one.
    const rawUrl =
      (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
    const url = absoluteUrl(req, rawUrl, trustProxy);
    if (
      next !== undefined &&
      (url === null || (basePath !== undefined && !isUnderBase(url.pathname, basePath)))
    ) {
      next();
      return;
    }
    if (url === null) {
      void send(res, errorResponse('invalid_request', 400));
      return;
    }
    serve(handler, req, res, url, maxBody).catch(() => {
      if (!res.headersSent) void send(res, errorResponse('provider_error', 502));
      else res.destroy();
    });
  };
}

async function serve(
  handler: FetchHandler,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  maxBody: number,
): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const body = NO_BODY_METHODS.has(method) ? discard(req) : await readBody(req, maxBody);
  if (body === 'too_large' || body === 'unreadable') {
    // Close afterwards: the rest of an oversized body is never read.
    res.setHeader('Connection', 'close');
    await send(res, errorResponse('invalid_request', 400));
    return;
  }
  let request: Request;
  try {
    request = new Request(url, { method, headers: toHeaders(req), body });
  } catch {
    await send(res, errorResponse('invalid_request', 400));
    return;
  }
  await send(res, await handler(request));
}

function absoluteUrl(req: IncomingMessage, rawUrl: string, trustProxy: boolean): URL | null {
  const forwardedProto = trustProxy ? firstValue(req.headers['x-forwarded-proto']) : undefined;
  const forwardedHost = trustProxy ? firstValue(req.headers['x-forwarded-host']) : undefined;
  const encrypted = (req.socket as TLSSocket).encrypted === true;
  const scheme =
    forwardedProto === 'https' || forwardedProto === 'http'
      ? forwardedProto
      : encrypted
        ? 'https'
        : 'http';
  const host = forwardedHost ?? req.headers.host ?? 'localhost';
  // A path must start with `/` and a host be only a host: either could re-point the origin.
  if (!rawUrl.startsWith('/') || rawUrl.startsWith('//') || !HOST.test(host)) return null;
  try {
    return new URL(`${scheme}://${host}${rawUrl}`);
  } catch {
    return null;
  }
}

function firstValue(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first?.split(',')[0]?.trim() || undefined;
}

function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  const raw = req.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i] ?? '';
    // HTTP/2 pseudo-headers (`:path`) are not valid Fetch header names.
    if (name.startsWith(':')) continue;
    headers.append(name, raw[i + 1] ?? '');
  }
  return headers;
}

function discard(req: IncomingMessage): null {
  req.resume();
  return null;
}

function readBody(
  req: IncomingMessage,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | null | 'too_large' | 'unreadable'> {
  // A body parser mounted earlier (express.json()) has read the stream already: waiting
  // for 'end' would hang, so take what it parsed.
  if (req.readableEnded) return Promise.resolve(parsedBody(req, maxBytes));
  const declared = declaredLength(req.headers['content-length'] ?? null);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.resume();
    return Promise.resolve('too_large');
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > maxBytes) {
        req.off('data', onData);
        req.resume();
        resolve('too_large');
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(size === 0 ? null : new Uint8Array(Buffer.concat(chunks))));
    req.once('error', () => resolve('unreadable'));
    req.once('aborted', () => resolve('unreadable'));
  });
}

function parsedBody(
  req: IncomingMessage,
  maxBytes: number,
): Uint8Array<ArrayBuffer> | null | 'too_large' {
  const parsed = (req as IncomingMessage & { body?: unknown }).body;
  if (parsed === undefined || parsed === null) return null;
  const bytes =
    parsed instanceof Uint8Array
      ? new Uint8Array(parsed)
      : new TextEncoder().encode(typeof parsed === 'string' ? parsed : JSON.stringify(parsed));
  if (bytes.byteLength > maxBytes) return 'too_large';
  return bytes.byteLength === 0 ? null : bytes;
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  if (res.headersSent || res.destroyed) return;
  res.statusCode = response.status;
  for (const [name, value] of response.headers) {
    if (name === 'set-cookie') continue;
    res.setHeader(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  const body = response.body === null ? undefined : Buffer.from(await response.arrayBuffer());
  res.end(body);
}
