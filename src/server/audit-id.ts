import { INVALID_CARD_ID, NO_CARD_ID } from './audit';
import { base64url } from './base64url';
import type { Target } from './http/routes';

/** Turns a card id that passed `parseCardId` into what the audit may hold (docs/server.md). */
export type AuditIds = (id: string) => Promise<string>;

// One random key per process by default: digests of the same token match within a process
// (and across handlers in it), and mean nothing to anyone who reads only the trail.
let processKey: Uint8Array<ArrayBuffer> | undefined;
const encoder = new TextEncoder();

/**
 * The audit's view of card ids: the decoded id as it is, or (when the adapter's ids are
 * provider tokens) `hmac:` + base64url HMAC-SHA-256 under `key`.
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
  return async (id) => {
    if (!idsAreTokens) return id;
    const mac = await crypto.subtle.sign('HMAC', await digestKey(), encoder.encode(id));
    // base64url, not hex: a hex digest has runs of 12 digits often enough to look like a PAN.
    return `hmac:${base64url(new Uint8Array(mac))}`;
  };
}

/**
 * The card an attempt at `target` names in the audit, judged before any check so that even an
 * attempt refused at its first check names its card safely. A refused id is a fixed marker,
 * never the raw segment.
 */
/** Who tried which card, filled in as a write's checks pass: what its audit event names. */
export interface AuditSubject {
  customerId: string | null;
  cardId: string;
}

/** A write's audit subject before any check: no customer yet, the card as the audit keeps it. */
export async function auditSubject(ids: AuditIds, target: Target): Promise<AuditSubject> {
  return { customerId: null, cardId: await auditedCardId(ids, target) };
}

export function auditedCardId(ids: AuditIds, target: Target): Promise<string> | string {
  if (target.route.kind !== 'card' && target.route.kind !== 'default') return NO_CARD_ID;
  return target.cardId === null ? INVALID_CARD_ID : ids(target.cardId);
}

function keyBytes(key: string | Uint8Array | undefined): Uint8Array<ArrayBuffer> {
  if (typeof key === 'string') return encoder.encode(key);
  if (key !== undefined) return new Uint8Array(key);
  processKey ??= crypto.getRandomValues(new Uint8Array(32));
  return processKey;
}
