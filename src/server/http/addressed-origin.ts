/** Reads one request header by lower-case name; undefined when absent. */
export type HeaderReader = (name: string) => string | undefined;

/** What a request says about the origin the browser addressed. */
export type AddressedOrigin =
  | { ok: true; origin: string }
  | { ok: false; reason: 'missing' | 'invalid' };

// A host and optional port: no userinfo, path, query or whitespace can ride along.
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The origin the browser addressed: the `Host` header with `scheme` (the connection's or the
 * request URL's). With `trustProxy`, the merchant's own proxy speaks for the browser: the
 * first `Forwarded` element's `host`/`proto` (RFC 7239), else `X-Forwarded-Host`/`-Proto`,
 * else the above. A value that is not a bare host is refused, never repaired.
 */
export function addressedOrigin(
  header: HeaderReader,
  scheme: 'http' | 'https',
  trustProxy: boolean,
): AddressedOrigin {
  let host = header('host');
  let proto: string | undefined;
  if (trustProxy) {
    const forwarded = firstForwarded(header('forwarded'));
    host = forwarded.host ?? firstValue(header('x-forwarded-host')) ?? host;
    proto = forwarded.proto ?? firstValue(header('x-forwarded-proto'));
  }
  if (host === undefined || host === '') return { ok: false, reason: 'missing' };
  const protocol = proto?.toLowerCase();
  const chosen = protocol === 'http' || protocol === 'https' ? protocol : scheme;
  // A server is addressed by the same host request after request: the last verdict stands.
  if (host === last.host && chosen === last.scheme) return last.verdict;
  const verdict = judgeOrigin(chosen, host);
  last = { host, scheme: chosen, verdict };
  return verdict;
}

// The last host judged, by scheme: its verdict depends on nothing else.
let last: { host: string; scheme: string; verdict: AddressedOrigin } = {
  host: '',
  scheme: '',
  verdict: { ok: false, reason: 'missing' },
};

function judgeOrigin(scheme: string, host: string): AddressedOrigin {
  if (!HOST.test(host)) return { ok: false, reason: 'invalid' };
  try {
    // Normalises case and drops a default port, as browsers do in `Origin`.
    return { ok: true, origin: new URL(`${scheme}://${host}`).origin };
  } catch {
    // A port above 65535, say.
    return { ok: false, reason: 'invalid' };
  }
}

/** The first of a comma-joined header's values (the one the client-facing proxy wrote). */
function firstValue(value: string | undefined): string | undefined {
  return value?.split(',')[0]?.trim() || undefined;
}

/** `host` and `proto` of the first element of a `Forwarded` header (RFC 7239 §4). */
function firstForwarded(value: string | undefined): { host?: string; proto?: string } {
  const out: { host?: string; proto?: string } = {};
  if (value === undefined) return out;
  for (const pair of firstElement(value).split(';')) {
    const at = pair.indexOf('=');
    if (at < 0) continue;
    const name = pair.slice(0, at).trim().toLowerCase();
    const raw = pair.slice(at + 1).trim();
    // A quoted-string (needed for `host="shop.example:8443"`) loses its quotes and escapes.
    const text =
      raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2
        ? raw.slice(1, -1).replace(/\\(.)/g, '$1')
        : raw;
    if ((name === 'host' || name === 'proto') && out[name] === undefined) out[name] = text;
  }
  return out;
}

// Up to the first comma outside a quoted-string.
function firstElement(value: string): string {
  let quoted = false;
  for (let i = 0; i < value.length; i += 1) {
    const char = value[i];
    if (char === '\\' && quoted) i += 1;
    else if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) return value.slice(0, i);
  }
  return value;
}
