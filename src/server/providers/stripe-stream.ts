import { isProviderError } from '../errors';
import type { ChunkSource } from '../http/read-capped';
import { readCappedChunks } from '../http/read-capped';
import { providerFailure } from './provider-failure';
import { MAX_RESPONSE_BYTES } from './provider-http';

const PROVIDER = 'stripe';
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

/**
 * A streamed SDK answer (Node's `IncomingMessage` from its Node client, a web `ReadableStream`
 * from its fetch client) read as JSON by the adapter itself: capped like the fetch adapters'
 * answers, and cut the moment `signal` aborts, so a trickling answer cannot keep its
 * connection open after the handler answered (the SDK's `timeout` only ends an idle socket).
 */
export async function readStreamedAnswer(
  stream: unknown,
  operation: string,
  signal: AbortSignal,
): Promise<unknown> {
  const source = chunksOf(stream, operation);
  if (source === null) throw providerFailure(PROVIDER, 'bad_response', operation);
  const cancel = () => void Promise.resolve(source.cancel()).catch(() => undefined);
  signal.addEventListener('abort', cancel, { once: true });
  let bytes: Uint8Array<ArrayBuffer> | null;
  try {
    if (signal.aborted) throw providerFailure(PROVIDER, 'timeout', operation);
    bytes = await readCappedChunks(source, MAX_RESPONSE_BYTES);
  } catch (error) {
    cancel();
    if (signal.aborted) throw providerFailure(PROVIDER, 'timeout', operation, undefined, error);
    if (isProviderError(error)) throw error;
    throw providerFailure(PROVIDER, 'unavailable', operation, undefined, error);
  } finally {
    signal.removeEventListener('abort', cancel);
  }
  if (bytes === null) throw providerFailure(PROVIDER, 'bad_response', operation);
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch (error) {
    throw providerFailure(PROVIDER, 'bad_response', operation, undefined, error);
  }
}

// Either stream kind as chunks of bytes; a chunk that is neither bytes nor text is a bad answer.
function chunksOf(stream: unknown, operation: string): ChunkSource | null {
  const raw = rawChunksOf(stream);
  if (raw === null) return null;
  return {
    async next() {
      const { done, value } = await raw.next();
      if (done === true) return { done: true };
      if (typeof value === 'string') return { value: new TextEncoder().encode(value) };
      if (value instanceof Uint8Array) return { value };
      throw providerFailure(PROVIDER, 'bad_response', operation);
    },
    cancel: raw.cancel,
  };
}

function rawChunksOf(
  stream: unknown,
): { next(): Promise<{ done?: boolean; value?: unknown }>; cancel(): Promise<void> | void } | null {
  if (typeof stream !== 'object' || stream === null) return null;
  const web = stream as Partial<ReadableStream<Uint8Array>>;
  if (typeof web.getReader === 'function') {
    const reader = web.getReader.call(stream) as ReadableStreamDefaultReader<Uint8Array>;
    return { next: () => reader.read(), cancel: () => reader.cancel() };
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
