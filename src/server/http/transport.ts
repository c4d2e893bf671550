/** Why the Node adapter could not hand a request over whole. */
export type TransportRefusal = 'bad_host' | 'bad_target' | 'body_too_large' | 'body_unreadable';

/** What the Node adapter saw before the Fetch `Request` existed (absent on Fetch runtimes). */
export interface TransportFacts {
  /** The request target's path exactly as the client sent it, before URL normalisation. */
  rawPath: string;
  /** Set when the adapter refused the host, the target or the body; the handler answers 400. */
  refusal?: TransportRefusal;
  /**
   * Set when a body parser mounted earlier (`express.json()`) had read the body: the handler
   * got it serialised again, not the bytes that were sent (a signature over them fails).
   */
  reserialized?: true;
  /** Set when the listener was told the proxy in front is the merchant's (`trustProxy`). */
  trustProxy?: true;
  /** `request.url` as the adapter parsed it; read, never changed. */
  url?: URL;
}

// Symbol.for, so a listener and a handler from two copies of the kit still understand each other.
const FACTS = Symbol.for('saved-card-kit.transport');

/** Attaches `facts` to `request` for the handler (a property no client can set). */
export function withTransportFacts(request: Request, facts: TransportFacts): Request {
  Object.defineProperty(request, FACTS, { value: facts });
  return request;
}

/** The facts the Node adapter attached, if this request came through it. */
export function transportFacts(request: Request): TransportFacts | undefined {
  const facts: unknown = (request as unknown as Record<symbol, unknown>)[FACTS];
  return typeof facts === 'object' && facts !== null ? (facts as TransportFacts) : undefined;
}

/** `request.url` parsed: the Node adapter's own parse when it made the request, else a new one. */
export function requestUrl(request: Request): URL {
  const url = transportFacts(request)?.url;
  return url instanceof URL && url.href === request.url ? url : new URL(request.url);
}
