import { declaresMoreThan, readCappedBytes } from './read-capped';
import { transportFacts } from './transport';

/** A request body read under a size cap. */
export type BodyResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'too_large' | 'unreadable' };

/** The largest DELETE body accepted; the contract needs none, so this is generous. */
export const MAX_BODY_BYTES = 1024;

/** Reads at most `maxBytes` of the body, cancelling the stream as soon as it is exceeded. */
async function readCappedBody(
  req: Request,
  maxBytes: number = MAX_BODY_BYTES,
): Promise<BodyResult> {
  // The Node adapter already refused it: over its transport cap, or cut off.
  const refusal = transportFacts(req)?.refusal;
  if (refusal === 'body_too_large') return { ok: false, reason: 'too_large' };
  if (refusal === 'body_unreadable') return { ok: false, reason: 'unreadable' };
  if (req.body === null) return { ok: true, text: '' };
  if (declaresMoreThan(req.headers.get('Content-Length'), maxBytes)) {
    await req.body.cancel().catch(() => undefined);
    return { ok: false, reason: 'too_large' };
  }
  let bytes: Uint8Array | null;
  try {
    bytes = await readCappedBytes(req.body, maxBytes);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  if (bytes === null) return { ok: false, reason: 'too_large' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}

/** An empty body or valid JSON; the handler reads nothing from it (the customer comes from the session). */
function isAcceptableJsonBody(text: string): boolean {
  if (text.trim() === '') return true;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Why a DELETE's body is refused, or null: too big, cut off, not UTF-8 or not JSON is
 * `invalid_request`; a body with no Content-Type at all is as suspect as a text/plain one.
 */
export function bodyRefusal(req: Request): Promise<'invalid_request' | 'forbidden' | null> | null {
  // No body and nothing refused on the way in (most DELETEs): nothing to read or wait for.
  if (req.body === null && transportFacts(req)?.refusal === undefined) return null;
  return judgedBody(req);
}

async function judgedBody(req: Request): Promise<'invalid_request' | 'forbidden' | null> {
  const body = await readCappedBody(req);
  if (!body.ok) return 'invalid_request';
  if (body.text !== '' && req.headers.get('Content-Type') === null) return 'forbidden';
  return isAcceptableJsonBody(body.text) ? null : 'invalid_request';
}
