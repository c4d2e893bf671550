import { adyenCardId } from '../providers/adyen-cards';
import type { CardUpdateEvent, CardUpdateSource } from './card-update-source';
import { eventTime, WebhookSignatureError } from './card-update-source';

/** Options for {@link adyenCardUpdates}. */
export interface AdyenCardUpdatesOptions {
  /**
   * The webhook's HMAC key as the Customer Area shows it (hex), for the Tokenization webhook's
   * endpoint; server-side only.
   */
  hmacKey: string;
  /** When set, events for another merchant account are acknowledged and ignored. */
  merchantAccount?: string;
}

const EVENT = 'recurring.token.updated';
const HEX = /^(?:[0-9a-fA-F]{2})+$/;

/**
 * Adyen's card updater: the Tokenization webhook `recurring.token.updated`
 * (docs/providers/adyen.md "Card updates"). Its HMAC-SHA256 signature, base64, comes in the
 * `HmacSignature` header over the exact bytes received, under the hex key; checked with Web
 * Crypto's `verify`, which compares in constant time. The customer is the `shopperReference`;
 * the card is the stored payment method, by the public id the list gives it. Adyen does not
 * say which details changed.
 */
export function adyenCardUpdates(options: AdyenCardUpdatesOptions): CardUpdateSource {
  const hex = options.hmacKey;
  if (typeof hex !== 'string' || !HEX.test(hex)) {
    throw new TypeError(
      'adyenCardUpdates: hmacKey must be the HMAC key in hex, as the Customer Area shows it',
    );
  }
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i += 1)
    bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  let key: Promise<CryptoKey> | undefined;
  const hmacKey = () => {
    key ??= crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, [
      'verify',
    ]);
    return key;
  };
  const merchantAccount = options.merchantAccount;
  return {
    provider: 'adyen',
    async verify(body, headers, now) {
      const header = headers.get('HmacSignature')?.trim() ?? '';
      if (header === '') throw new WebhookSignatureError('missing');
      const signature = fromBase64(header);
      if (signature === null) throw new WebhookSignatureError('mismatch');
      const ok = await crypto.subtle.verify(
        'HMAC',
        await hmacKey(),
        signature,
        new Uint8Array(body),
      );
      if (!ok) throw new WebhookSignatureError('mismatch');
      return readEvent(JSON.parse(new TextDecoder().decode(body)), merchantAccount, now);
    },
  };
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return null;
  try {
    const binary = atob(text);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

async function readEvent(
  event: unknown,
  merchantAccount: string | undefined,
  now: number,
): Promise<CardUpdateEvent> {
  const { eventId, type, createdAt, data } = (event ?? {}) as Record<string, unknown>;
  if (typeof eventId !== 'string' || eventId === '')
    throw new TypeError('adyen event without an eventId');
  if (type !== EVENT) return { eventId, update: null };
  const token = (data ?? {}) as Record<string, unknown>;
  const { shopperReference, storedPaymentMethodId } = token;
  if (
    typeof shopperReference !== 'string' ||
    shopperReference === '' ||
    typeof storedPaymentMethodId !== 'string' ||
    storedPaymentMethodId === '' ||
    (merchantAccount !== undefined && token.merchantAccount !== merchantAccount)
  ) {
    return { eventId, update: null };
  }
  return {
    eventId,
    update: {
      customerId: shopperReference,
      cardId: await adyenCardId(storedPaymentMethodId),
      at: eventTime(typeof createdAt === 'string' ? Date.parse(createdAt) : Number.NaN, now),
      fields: [],
    },
  };
}
