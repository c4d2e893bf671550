import type { NodeRequest } from './node-types';
import type { ChunkSource } from './read-capped';
import { declaresMoreThan, readCappedChunks } from './read-capped';

/** What reading a Node request's body gave: the bytes (null when empty), or why not. */
export type NodeBodyRead = Uint8Array<ArrayBuffer> | null | 'too_large' | 'unreadable';

/**
 * A Node request's body read under `maxBytes` by the one capped reader: the bytes (null when
 * empty), or why it can't be handed over. Over the cap, the rest is drained unread. Known at
 * once (no body framed, one declared too large, one a parser already read) it is answered at
 * once, not a promise: most DELETEs have no body, and a promise would cost them a turn.
 */
export function readNodeBody(
  req: NodeRequest,
  maxBytes: number,
): NodeBodyRead | Promise<NodeBodyRead> {
  // A body parser mounted earlier (express.json()) has read the stream already: waiting
  // for 'end' would hang, so take what it parsed.
  if (req.readableEnded) return parsedBody(req, maxBytes);
  const length = contentLength(req);
  if (hasNoBody(req, length)) {
    req.resume();
    return null;
  }
  if (declaresMoreThan(length, maxBytes)) {
    req.resume();
    return 'too_large';
  }
  return readChunks(req, maxBytes);
}

async function readChunks(req: NodeRequest, maxBytes: number): Promise<NodeBodyRead> {
  let bytes: Uint8Array<ArrayBuffer> | null;
  try {
    bytes = await readCappedChunks(bodyChunks(req), maxBytes);
  } catch {
    return 'unreadable';
  }
  if (bytes === null) return 'too_large';
  return bytes.byteLength === 0 ? null : bytes;
}

// The body's chunks for the one capped reader, straight from Node's events: no web stream
// to build for a body that is most often empty. Cancelling drains the rest unread rather
// than destroying the socket, so the refusal can still be answered on it.
function bodyChunks(req: NodeRequest): ChunkSource {
  const queue: Uint8Array[] = [];
  let ended = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const onData = (chunk: Buffer) => {
    queue.push(new Uint8Array(chunk));
    wake?.();
  };
  // 'end', 'error' and 'aborted' may all fire: only the first one settles the body.
  const settle = (error?: Error) => () => {
    if (ended || failure !== undefined) return;
    if (error === undefined) ended = true;
    else failure = error;
    req.off('data', onData);
    wake?.();
  };
  const cutOff = settle(new Error('request body cut off'));
  req.on('data', onData);
  req.once('end', settle());
  req.once('error', cutOff);
  req.once('aborted', cutOff);
  return {
    async next() {
      for (;;) {
        const chunk = queue.shift();
        if (chunk !== undefined) return { value: chunk };
        if (failure !== undefined) throw failure;
        if (ended) return { done: true };
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = undefined;
      }
    },
    cancel() {
      ended = true;
      queue.length = 0;
      req.off('data', onData);
      req.resume();
    },
  };
}

function parsedBody(
  req: NodeRequest,
  maxBytes: number,
): Uint8Array<ArrayBuffer> | null | 'too_large' {
  const parsed = (req as NodeRequest & { body?: unknown }).body;
  if (parsed === undefined || parsed === null) return null;
  const bytes =
    parsed instanceof Uint8Array
      ? new Uint8Array(parsed)
      : new TextEncoder().encode(typeof parsed === 'string' ? parsed : JSON.stringify(parsed));
  if (bytes.byteLength > maxBytes) return 'too_large';
  return bytes.byteLength === 0 ? null : bytes;
}

// HTTP/1.x frames a request body only by Content-Length or Transfer-Encoding (RFC 9112
// §6.3): with neither, or a length of 0, there is none to wait for, and Node's parser agrees.
// HTTP/2 needs neither, so there the body is always read.
function hasNoBody(req: NodeRequest, length: string | null): boolean {
  if (req.httpVersionMajor >= 2 || req.headers['transfer-encoding'] !== undefined) return false;
  return length === null || length.trim() === '0';
}

function contentLength(req: NodeRequest): string | null {
  const value = req.headers['content-length'];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}
