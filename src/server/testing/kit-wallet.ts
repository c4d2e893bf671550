import type { AuditEvent } from '../audit';
import { createWalletHandler } from '../handler';
import type { CardProvider } from '../providers/card-provider';
import type { RecordingProvider } from './recording-provider';
import { recordingProvider } from './recording-provider';
import type { RequestLog } from './request-log';
import type { ProviderRequest } from './types';

/** One thing that left the handler, for the leak scan. */
export interface TranscriptEntry {
  where: 'an answer' | 'a log line' | 'an audit event';
  text: string;
}

/** One answer of the handler, read. */
export interface KitReply {
  status: number;
  headers: Headers;
  text: string;
  /** Undefined when the body is not JSON. */
  json: unknown;
  /** How long the handler took. */
  ms: number;
}

/** The adapter behind a real wallet handler, as a merchant would mount it. */
export interface KitWallet {
  provider: RecordingProvider;
  audit: AuditEvent[];
  /** The adapter's requests to its provider so far; null without a request tap. */
  requests: ProviderRequest[] | null;
  /** Resolves at the adapter's next request to its provider, or after `ms`. */
  nextRequest(ms: number): Promise<void>;
  list(customerId: string): Promise<KitReply>;
  remove(customerId: string, cardId: string): Promise<KitReply>;
  /** `PUT {base}/cards/{id}/default` as the kit's browser client sends it. */
  makeDefault(customerId: string, cardId: string): Promise<KitReply>;
}

const ORIGIN = 'https://conformance.invalid';
const CUSTOMER = 'X-Conformance-Customer';

/**
 * A handler on `adapter` whose session is whoever the kit names, with the given budget. Every
 * answer, log line and audit event goes into `transcript`, for the leak scan.
 */
export function kitWallet(
  adapter: CardProvider,
  budgetMs: number,
  transcript: TranscriptEntry[],
  requestLog: Pick<RequestLog, 'requests' | 'next'>,
): KitWallet {
  const provider = recordingProvider(adapter);
  const audit: AuditEvent[] = [];
  const log = (message: string, meta?: Record<string, unknown>) =>
    transcript.push({
      where: 'a log line',
      text: JSON.stringify({ message, ...meta, requestId: undefined }),
    });
  const handler = createWalletHandler({
    provider,
    getCustomerId: (req) => req.headers.get(CUSTOMER),
    rateLimit: false,
    providerTimeoutMs: budgetMs,
    audit: (event) => {
      audit.push(event);
      // The request id is the handler's own random UUID, not data: left out of the scan.
      transcript.push({
        where: 'an audit event',
        text: JSON.stringify({ ...event, requestId: undefined }),
      });
    },
    logger: { error: log, warn: log },
  });

  async function send(
    customerId: string,
    method: 'GET' | 'DELETE' | 'PUT',
    path: string,
  ): Promise<KitReply> {
    const headers = new Headers({ [CUSTOMER]: customerId });
    if (method !== 'GET') {
      headers.set('X-Wallet-Client', '1');
      headers.set('Origin', ORIGIN);
      headers.set('Sec-Fetch-Site', 'same-origin');
    }
    const started = Date.now();
    const response = await handler(new Request(`${ORIGIN}/api/wallet${path}`, { method, headers }));
    const text = await response.text();
    const ms = Date.now() - started;
    transcript.push({ where: 'an answer', text });
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json, ms };
  }

  return {
    provider,
    audit,
    requests: requestLog.requests,
    nextRequest: requestLog.next,
    list: (customerId) => send(customerId, 'GET', '/cards'),
    remove: (customerId, cardId) =>
      send(customerId, 'DELETE', `/cards/${encodeURIComponent(cardId)}`),
    makeDefault: (customerId, cardId) =>
      send(customerId, 'PUT', `/cards/${encodeURIComponent(cardId)}/default`),
  };
}
