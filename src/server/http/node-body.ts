import type { NodeRequest } from './node-types';
import { declaresMoreThan, readCappedBytes } from './read-capped';

/**
 * A Node request's body read under `maxBytes` by the one capped reader: the bytes (null when
 * empty), or why it can't be handed over. Over the cap, the rest is drained unread.
 */
export async function readNodeBody(
  req: NodeRequest,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | null | 'too_large' | 'unreadable'> {
  // A body parser mounted earlier (express.json()) has read the stream already: waiting
  // for 'end' would hang, so take what it parsed.
  if (req.readableEnded) return parsedBody(req, maxBytes);
  if (declaresMoreThan(contentLength(req), maxBytes)) {
    req.resume();
    return 'too_large';
  }
  let bytes: Uint8Array<ArrayBuffer> | null;
  try {
    bytes = await readCappedBytes(bodyStream(req), maxBytes);
  } catch {
    return 'unreadable';
  }
  if (bytes === null) return 'too_large';
  return bytes.byteLength === 0 ? null : bytes;
}

// The body as a web stream for the one capped reader. Cancelling it drains the rest unread
// rather than destroying the socket, so the refusal can still be answered on it.
function bodyStream(req: NodeRequest): ReadableStream<Uint8Array> {
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  let open = true;
  const onData = (chunk: Buffer) => {
    if (open) controller?.enqueue(new Uint8Array(chunk));
  };
  // 'end', 'error' and 'aborted' may all fire: only the first one settles the stream.
  const settle = (end: (c: ReadableStreamDefaultController<Uint8Array>) => void) => () => {
    if (!open || controller === undefined) return;
    open = false;
    end(controller);
  };
  return new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
      req.on('data', onData);
      req.once(
        'end',
        settle((c) => c.close()),
      );
      const cutOff = settle((c) => c.error(new Error('request body cut off')));
      req.once('error', cutOff);
      req.once('aborted', cutOff);
    },
    cancel() {
      open = false;
      req.off('data', onData);
      req.resume();
    },
  });
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

function contentLength(req: NodeRequest): string | null {
  const value = req.headers['content-length'];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}
