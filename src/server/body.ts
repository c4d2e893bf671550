/** A request body read under a size cap. */
export type BodyResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'too_large' | 'unreadable' };

/** The largest DELETE body accepted; the contract needs none, so this is generous. */
export const MAX_BODY_BYTES = 1024;

/** Reads at most `maxBytes` of the body, cancelling the stream as soon as it is exceeded. */
export async function readCappedBody(
  req: Request,
  maxBytes: number = MAX_BODY_BYTES,
): Promise<BodyResult> {
  if (req.body === null) return { ok: true, text: '' };
  const declared = Number(req.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await req.body.cancel().catch(() => undefined);
    return { ok: false, reason: 'too_large' };
  }
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'too_large' };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}

/** An empty body or valid JSON; the handler reads nothing from it (the customer comes from the session). */
export function isAcceptableJsonBody(text: string): boolean {
  if (text.trim() === '') return true;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
