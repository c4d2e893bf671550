import type { TLSSocket } from 'node:tls';
import { addressedOrigin } from './addressed-origin';
import { deferredRequest, deferredRequestsWork } from './deferred-request';
import type { NodeBodyRead } from './node-body';
import { readNodeBody } from './node-body';
import type { NodeRequest } from './node-types';
import type { TransportFacts, TransportRefusal } from './transport';
import { withTransportFacts } from './transport';

/** The target of a Node request, before any body is read. */
export interface NodeTarget {
  /** The URL the handler will see (a placeholder host when the real one was refused). */
  url: URL;
  facts: TransportFacts;
}

// Stands in for a refused Host or target, so the handler can still route, audit and answer.
const PLACEHOLDER_ORIGIN = 'http://invalid.invalid';
const NO_BODY_METHODS = new Set(['GET', 'HEAD']);
// Methods Fetch takes as they are: any other (CONNECT, TRACE) is judged by a Request at once.
const DEFERRABLE_METHODS = new Set(['GET', 'HEAD', 'DELETE', 'PUT', 'POST', 'PATCH', 'OPTIONS']);

/** The raw target as a URL plus what the handler must know about it. */
export function nodeTarget(req: NodeRequest, trustProxy: boolean): NodeTarget {
  // Express strips its mount path from `req.url`; `originalUrl` keeps the full one.
  const rawUrl = (req as NodeRequest & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
  const rawPath = pathOf(rawUrl);
  // Only origin-form targets: an absolute URL or `*` could re-point the origin.
  if (!rawUrl.startsWith('/')) {
    return { url: new URL(PLACEHOLDER_ORIGIN), facts: { rawPath, refusal: 'bad_target' } };
  }
  const scheme = (req.socket as TLSSocket).encrypted === true ? 'https' : 'http';
  const addressed = addressedOrigin((name) => nodeHeader(req, name), scheme, trustProxy);
  try {
    // Concatenated, never resolved against a base: `//evil.example/x` stays a path here.
    const url = new URL(`${addressed.ok ? addressed.origin : PLACEHOLDER_ORIGIN}${rawUrl}`);
    return {
      url,
      facts: !addressed.ok
        ? { rawPath, refusal: 'bad_host' }
        : // The handler trusts the proxy too when this listener does (one option, one decision).
          trustProxy
          ? { rawPath, trustProxy: true }
          : { rawPath },
    };
  } catch {
    return { url: new URL(PLACEHOLDER_ORIGIN), facts: { rawPath, refusal: 'bad_target' } };
  }
}

/**
 * The Fetch `Request` for `req`, with its body read under `maxBody`. A body over the cap or
 * cut off is not passed on: the request carries a refusal, so the handler still audits it.
 * A GET or HEAD is made at once: there is no body to wait for.
 */
export function toFetchRequest(
  req: NodeRequest,
  target: NodeTarget,
  maxBody: number,
): Request | Promise<Request> {
  const method = (req.method ?? 'GET').toUpperCase();
  if (NO_BODY_METHODS.has(method)) {
    req.resume();
    return fetchRequest(req, target, method, null, target.facts.refusal);
  }
  // A parser before us left an object, not bytes: what reaches the handler is its JSON again.
  const parsed = (req as NodeRequest & { body?: unknown }).body;
  if (req.readableEnded && typeof parsed === 'object' && parsed !== null) {
    if (!(parsed instanceof Uint8Array)) target.facts.reserialized = true;
  }
  // A DELETE without a body (the kit's own) is made at once too: nothing to wait for.
  const read = readNodeBody(req, maxBody);
  return read instanceof Promise
    ? read.then((bytes) => withBody(req, target, method, bytes))
    : withBody(req, target, method, read);
}

function withBody(
  req: NodeRequest,
  target: NodeTarget,
  method: string,
  read: NodeBodyRead,
): Request {
  const refusal = target.facts.refusal;
  if (read === 'too_large')
    return fetchRequest(req, target, method, null, refusal ?? 'body_too_large');
  if (read === 'unreadable')
    return fetchRequest(req, target, method, null, refusal ?? 'body_unreadable');
  return fetchRequest(req, target, method, read, refusal);
}

function fetchRequest(
  req: NodeRequest,
  target: NodeTarget,
  method: string,
  body: Uint8Array<ArrayBuffer> | null,
  refusal: TransportRefusal | undefined,
): Request {
  let request: Request;
  try {
    if (body === null && DEFERRABLE_METHODS.has(method) && deferredRequestsWork()) {
      request = deferredRequest(target.url.href, method, appendHeaders(new Headers(), req));
    } else {
      // The text of the URL, and the headers appended to the Request's own: a URL object would
      // be turned back into text, and headers handed to the constructor are first copied pair
      // by pair into new arrays. Appended, they pass the same checks (a refused one throws).
      request = new Request(target.url.href, { method, body });
      appendHeaders(request.headers, req);
    }
  } catch {
    // A header or method Fetch refuses: hand over a bare request that the handler refuses.
    request = new Request(target.url, { method: 'GET' });
    return withTransportFacts(request, { rawPath: target.facts.rawPath, refusal: 'bad_target' });
  }
  // The parsed URL goes along, so the handler need not parse it again. Written out, not
  // spread: V8 copies a spread with more keys after it key by key.
  const facts: TransportFacts = { rawPath: target.facts.rawPath, url: target.url };
  if (target.facts.trustProxy === true) facts.trustProxy = true;
  if (target.facts.reserialized === true) facts.reserialized = true;
  if (refusal !== undefined) facts.refusal = refusal;
  return withTransportFacts(request, facts);
}

function nodeHeader(req: NodeRequest, name: string): string | undefined {
  const value = req.headers[name];
  const text = Array.isArray(value) ? value.join(', ') : value;
  // HTTP/2 has no Host header, only the `:authority` pseudo-header.
  if (name === 'host') return text ?? firstOf(req.headers[':authority']);
  return text;
}

function firstOf(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function appendHeaders(headers: Headers, req: NodeRequest): Headers {
  const raw = req.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i] ?? '';
    // HTTP/2 pseudo-headers (`:path`) are not valid Fetch header names.
    if (name.startsWith(':')) continue;
    headers.append(name, raw[i + 1] ?? '');
  }
  return headers;
}

// The path of an origin-form target: up to its query or fragment, without a regex split.
function pathOf(rawUrl: string): string {
  for (let i = 0; i < rawUrl.length; i += 1) {
    const c = rawUrl.charCodeAt(i);
    if (c === 0x3f || c === 0x23) return rawUrl.slice(0, i);
  }
  return rawUrl;
}
