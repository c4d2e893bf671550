/**
 * The Fetch `Request` the Node listener hands over for a request without a body (every GET,
 * the kit's own DELETE and PUT). Node's undici builds an `AbortController` and its signal in
 * every `Request` it constructs: half the cost of one, and on Node 20 a signal outlives the
 * young generation, so each request left ~1 kB for the full collector (the handler's bench,
 * docs/performance.md). Most requests are judged on method, URL and headers alone, so this
 * request holds those and builds the undici one only when anything else is asked of it:
 * `signal`, `clone()`, `text()`, `new Request(req)`, `fetch(req)`.
 *
 * It is a `Request` by prototype, and undici reads a request's state through symbol-keyed
 * properties (Node 20), which it answers from the built one, so undici's own getters and
 * methods, `new Request(req)` and `fetch(req)` take it as they take any. Where a runtime keeps
 * that state in private fields instead, {@link deferredRequestsWork} says no and the listener
 * builds every `Request` at once, as before.
 */

// The symbol-keyed slots of a real Request in this runtime (none where they are private).
const SLOTS: readonly symbol[] = Object.getOwnPropertySymbols(new Request('http://slots.invalid/'));

class DeferredRequest {
  readonly #url: string;
  readonly #method: string;
  readonly #headers: Headers;
  #built: Request | undefined;

  constructor(url: string, method: string, headers: Headers) {
    this.#url = url;
    this.#method = method;
    this.#headers = headers;
  }

  get url(): string {
    return this.#built?.url ?? this.#url;
  }

  get method(): string {
    return this.#built?.method ?? this.#method;
  }

  // Once built, the built request's: headers changed before are in it, changes after go to it.
  get headers(): Headers {
    return this.#built?.headers ?? this.#headers;
  }

  get body(): null {
    return null;
  }

  get bodyUsed(): boolean {
    return this.#built?.bodyUsed ?? false;
  }

  /** The undici request, made the first time: from the headers as they are by then. */
  built(): Request {
    this.#built ??= new Request(this.#url, { method: this.#method, headers: this.#headers });
    return this.#built;
  }
}

Object.setPrototypeOf(DeferredRequest.prototype, Request.prototype);
for (const slot of SLOTS) {
  Object.defineProperty(DeferredRequest.prototype, slot, {
    get(this: DeferredRequest) {
      return (this.built() as unknown as Record<symbol, unknown>)[slot];
    },
  });
}

/** A body-less `Request` for `url`, `method` and `headers` (see the module's note). */
export function deferredRequest(url: string, method: string, headers: Headers): Request {
  return new DeferredRequest(url, method, headers) as unknown as Request;
}

let works: boolean | undefined;

/**
 * Whether a deferred request passes for a real one in this runtime: undici's getters and
 * methods, `new Request()` and `clone()` all see its method, URL and headers. Asked once.
 */
export function deferredRequestsWork(): boolean {
  works ??= probe();
  return works;
}

function probe(): boolean {
  if (SLOTS.length === 0) return false;
  try {
    const url = 'http://probe.invalid/cards/x?q=1';
    const request = deferredRequest(url, 'DELETE', new Headers({ 'x-probe': '1' }));
    const same = (r: Request) =>
      r instanceof Request &&
      r.url === url &&
      r.method === 'DELETE' &&
      r.headers.get('x-probe') === '1' &&
      r.body === null;
    return (
      same(request) &&
      same(new Request(request)) &&
      same(request.clone()) &&
      request.signal instanceof AbortSignal &&
      Object.prototype.toString.call(request) === '[object Request]'
    );
  } catch {
    return false;
  }
}
