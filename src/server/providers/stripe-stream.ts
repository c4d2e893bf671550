import { isProviderError } from '../errors';
import { providerFailure } from './provider-failure';

const PROVIDER = 'stripe';
// The fetch adapters' cap (provider-http.ts): far above any card list.
const MAX_RESPONSE_BYTES = 1024 * 1024;
// stripe-node takes `streaming` as a request option from 18.1.1 (stripe-node#2308); an older SDK
// ignores it with a warning on every call, so it is only asked of SDKs that know it.
const FIRST_STREAMING_VERSION = [18, 1, 1] as const;

/** True when this SDK instance hands a successful answer over as a stream when asked. */
export function streamsAnswers(stripe: object): boolean {
  const version = (stripe as { VERSION?: unknown }).VERSION;
  if (typeof version !== 'string') return false;
  const parts = version.split(/[.+-]/).slice(0, 3).map(Number);
  for (const [i, least] of FIRST_STREAMING_VERSION.entries()) {
    const part = parts[i] ?? Number.NaN;
    if (!Number.isInteger(part)) return false;
    if (part !== least) return part > least;
  }
  return true;
}

interface Chunks {
  next(): Promise<{ done?: boolean; value?: unknown }>;
  /** Drops the rest unread and closes the connection. */
  cancel(): void;
}

/**
 * A streamed SDK answer (Node's `IncomingMessage` from its Node client, a web `ReadableStream`
 * from its fetch client) read as JSON by the adapter itself: capped at 1 MiB like the fetch
 * adapters, and cut the moment `signal` aborts, so a trickling answer cannot keep its
 * connection open after the handler answered (the SDK's `timeout` only ends an idle socket).
 */
export async function readStreamedAnswer(
  stream: unknown,
  operation: string,
  signal: AbortSignal,
): Promise<unknown> {
  const chunks = chunksOf(stream);
  if (chunks === null) throw providerFailure(PROVIDER, 'bad_response', operation);
  const cancel = () => chunks.cancel();
  signal.addEventListener('abort', cancel, { once: true });
  const parts: Uint8Array[] = [];
  let size = 0;
  try {
    if (signal.aborted) throw providerFailure(PROVIDER, 'timeout', operation);
    for (;;) {
      const { done, value } = await chunks.next();
      if (done === true) break;
      const bytes = typeof value === 'string' ? new TextEncoder().encode(value) : value;
      if (!(bytes instanceof Uint8Array))
        throw providerFailure(PROVIDER, 'bad_response', operation);
      size += bytes.byteLength;
      if (size > MAX_RESPONSE_BYTES) throw providerFailure(PROVIDER, 'bad_response', operation);
      parts.push(bytes);
    }
  } catch (error) {
    cancel();
    if (signal.aborted) throw providerFailure(PROVIDER, 'timeout', operation, undefined, error);
    if (isProviderError(error)) throw error;
    throw providerFailure(PROVIDER, 'unavailable', operation, undefined, error);
  } finally {
    signal.removeEventListener('abort', cancel);
  }
  const text = new TextDecoder().decode(concat(parts, size));
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw providerFailure(PROVIDER, 'bad_response', operation, undefined, error);
  }
}

function chunksOf(stream: unknown): Chunks | null {
  if (typeof stream !== 'object' || stream === null) return null;
  const web = stream as Partial<ReadableStream<Uint8Array>>;
  if (typeof web.getReader === 'function') {
    const reader = web.getReader.call(stream) as ReadableStreamDefaultReader<Uint8Array>;
    return {
      next: () => reader.read(),
      cancel: () => void reader.cancel().catch(() => undefined),
    };
  }
  const node = stream as { destroy?: unknown; [Symbol.asyncIterator]?: unknown };
  if (typeof node.destroy === 'function' && typeof node[Symbol.asyncIterator] === 'function') {
    const iterator = (node[Symbol.asyncIterator] as () => AsyncIterator<unknown>).call(stream);
    return {
      next: () => iterator.next(),
      cancel: () => (node.destroy as () => void).call(stream),
    };
  }
  return null;
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  const all = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.byteLength;
  }
  return all;
}
