/**
 * True when a Content-Length header declares more than `maxBytes`. Anything but plain digits
 * (`0x500`, `1e9`) declares nothing: the read itself is capped either way.
 */
export function declaresMoreThan(contentLength: string | null, maxBytes: number): boolean {
  const text = contentLength?.trim() ?? '';
  return /^\d{1,15}$/.test(text) && Number(text) > maxBytes;
}

/** Chunks read one at a time (a web stream's reader, a Node stream's iterator). */
export interface ChunkSource {
  next(): Promise<{ done?: boolean; value?: Uint8Array }>;
  /** Drops the rest unread (and with it the connection). */
  cancel(): Promise<void> | void;
}

/**
 * The chunks' bytes, or null once they pass `maxBytes` (the rest is cancelled unread). Reads
 * chunk by chunk so a runaway sender cannot fill the merchant server's memory; a failed read
 * throws.
 */
export async function readCappedChunks(
  source: ChunkSource,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await source.next();
    if (done === true || value === undefined) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await Promise.resolve(source.cancel()).catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * A web stream's bytes, or null once they pass `maxBytes` (see {@link readCappedChunks}). Once
 * `signal` aborts, the stream is cancelled and the read throws its reason: a fetch's own abort
 * may not reach a body already being read (Node 20's undici holds the request's controller
 * through a WeakRef, which a garbage collection may clear), and a provider trickling its
 * answer would keep the connection for as long as it liked.
 */
export async function readCappedBytes(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
  signal?: AbortSignal,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = stream.getReader();
  const stop = () => void reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const bytes = await readCappedChunks(
      { next: () => reader.read(), cancel: () => reader.cancel() },
      maxBytes,
    );
    // A cancelled read ends as if the body had: what came before the abort is not the answer.
    signal?.throwIfAborted();
    return bytes;
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}

/** The response body as text, or null once it passes `maxBytes`; a failed or aborted read throws. */
export async function readCappedText(
  response: Response,
  maxBytes: number,
  signal?: AbortSignal,
): Promise<string | null> {
  if (response.body === null) return '';
  const bytes = await readCappedBytes(response.body, maxBytes, signal);
  // Not fatal: an upstream's stray bytes become U+FFFD and the JSON check judges the rest.
  return bytes === null ? null : new TextDecoder().decode(bytes);
}
