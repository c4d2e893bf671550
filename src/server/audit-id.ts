import { INVALID_CARD_ID } from './audit';
import { parseCardId } from './ids';

/** Turns a raw URL id segment into what the audit may hold (DESIGN §6). */
export type AuditIds = (rawId: string) => Promise<string>;

// One random key per process by default: digests of the same token match within a process
// (and across handlers in it), and mean nothing to anyone who reads only the trail.
let processKey: Uint8Array<ArrayBuffer> | undefined;
const encoder = new TextEncoder();

/**
 * The audit's view of card ids: the decoded id as it is, or (when the adapter's ids are
 * provider tokens) `hmac:` + base64url HMAC-SHA-256 under `key`. A refused id is a fixed
 * marker, never the raw segment.
 */
export function auditIds(key: string | Uint8Array | undefined, idsAreTokens: boolean): AuditIds {
  let hmacKey: Promise<CryptoKey> | undefined;
  const digestKey = () => {
    hmacKey ??= crypto.subtle.importKey(
      'raw',
      keyBytes(key),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    return hmacKey;
  };
  return async (rawId) => {
    const id = parseCardId(rawId);
    if (id === null) return INVALID_CARD_ID;
    if (!idsAreTokens) return id;
    const mac = await crypto.subtle.sign('HMAC', await digestKey(), encoder.encode(id));
    return `hmac:${base64url(new Uint8Array(mac))}`;
  };
}

function keyBytes(key: string | Uint8Array | undefined): Uint8Array<ArrayBuffer> {
  if (typeof key === 'string') return encoder.encode(key);
  if (key !== undefined) return new Uint8Array(key);
  processKey ??= crypto.getRandomValues(new Uint8Array(32));
  return processKey;
}

// base64url, not hex: a hex digest has runs of 12 digits often enough to look like a PAN.
function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
