import { emitAudit } from '../audit';
import { callHook } from '../hooks';
import { declaresMoreThan, readCappedBytes } from '../http/read-capped';
import { newRequestId } from '../http/request-id';
import type { Answer } from '../http/respond';
import { jsonAnswer, toResponse } from '../http/respond';
import { isUnderBase } from '../http/routes';
import { requestUrl, transportFacts } from '../http/transport';
import type { CardUpdateEvent } from './card-update-source';
import { isWebhookSignatureError } from './card-update-source';
import type { WebhookAuditEvent } from './webhook-audit';
import { refusal } from './webhook-errors';
import type { WalletWebhookHandlerOptions, WebhookConfig } from './webhook-options';
import { resolveWebhookOptions } from './webhook-options';

/** A Fetch-API webhook handler; `basePath` and `maxBodyBytes` tell `toNodeListener` its routes and cap. */
export interface WalletWebhookHandler {
  (req: Request): Promise<Response>;
  /** `{basePath}/webhooks`: the only URLs it answers. */
  readonly basePath: string;
  readonly maxBodyBytes: number;
}

/**
 * Card-updater webhooks (docs/server.md "Card updates"): a handler of its own, apart from the
 * wallet's, because nothing about it is the shopper's. No session, no Origin, no CSRF: only
 * the provider's signature over the exact bytes received lets an event in. Each delivery is
 * audited; a replayed event id changes nothing.
 */
export function createWalletWebhookHandler(
  options: WalletWebhookHandlerOptions,
): WalletWebhookHandler {
  const config = resolveWebhookOptions(options);
  const handle = async (req: Request): Promise<Response> => {
    const requestId = newRequestId();
    const answer = await dispatch(req, config, requestId);
    answer.headers['X-Request-Id'] = requestId;
    return toResponse(answer);
  };
  // Its own routes only: `toNodeListener` as middleware hands it `{base}/webhooks/…` and passes
  // the wallet's `{base}/cards` on, whichever is mounted first.
  return Object.assign(handle, {
    basePath: `${config.basePath}/webhooks`,
    maxBodyBytes: config.maxBodyBytes,
  });
}

async function dispatch(req: Request, config: WebhookConfig, requestId: string): Promise<Answer> {
  const name = providerOf(req, config.basePath);
  if (name === null) return { ...refusal('invalid_request'), status: 404 };
  if (req.method.toUpperCase() !== 'POST') {
    return { ...refusal('invalid_request', { Allow: 'POST' }), status: 405 };
  }
  const at = config.now();
  const source = config.sources.get(name);
  const audit = (fields: Partial<WebhookAuditEvent> & Pick<WebhookAuditEvent, 'outcome'>) =>
    emitAudit(config, {
      type: 'card.update',
      provider: source?.provider ?? null,
      eventId: null,
      customerId: null,
      cardId: null,
      requestId,
      at: new Date(at).toISOString(),
      ...fields,
    });
  if (source === undefined) {
    await req.body?.cancel().catch(() => undefined);
    await audit({ outcome: 'unknown_provider' });
    return refusal('unknown_provider');
  }
  if (transportFacts(req)?.reserialized === true) {
    // No signature can match bytes parsed and written again: say so, and let the provider
    // deliver the event again once the route is mounted first (docs/server.md).
    config.logger.error(
      'saved-card-kit: webhook body was parsed before the webhook handler; mount it before any body parser',
      { requestId, provider: source.provider },
    );
    await audit({ outcome: 'invalid_request' });
    return refusal('body_already_parsed');
  }
  const body = await rawBody(req, config.maxBodyBytes);
  if (typeof body === 'string') {
    await audit({ outcome: 'invalid_request' });
    return refusal(body);
  }
  let event: CardUpdateEvent;
  try {
    event = await source.verify(body, req.headers, at);
  } catch (error) {
    if (isWebhookSignatureError(error)) {
      // A forged or misrouted delivery is worth a look, its bytes are not.
      config.warnSignature(source.provider, error.reason, requestId);
      await audit({ outcome: 'bad_signature', reason: error.reason });
      return refusal('invalid_signature');
    }
    await audit({ outcome: 'invalid_request' });
    return refusal('invalid_request');
  }
  const { eventId, update } = event;
  if (update === null) {
    await audit({ outcome: 'ignored', eventId });
    return jsonAnswer(200, { received: true });
  }
  const named = { eventId, customerId: update.customerId, cardId: update.cardId };
  let recorded: 'recorded' | 'replay';
  try {
    recorded = await callHook('cardUpdateStore', config.hookTimeoutMs, () =>
      config.store.record({ ...update, eventId, provider: source.provider }),
    );
  } catch {
    config.logger.error('saved-card-kit: card update not stored', {
      requestId,
      provider: source.provider,
    });
    await audit({ outcome: 'store_error', ...named });
    return refusal('store_unavailable');
  }
  await audit({ outcome: recorded === 'replay' ? 'replayed' : 'accepted', ...named });
  return jsonAnswer(200, { received: true });
}

/** The `{provider}` of `POST {base}/webhooks/{provider}`, or null for any other path. */
function providerOf(req: Request, basePath: string): string | null {
  // The path as sent: a provider posts to the URL it was given, never one that needs normalising.
  const rawPath = transportFacts(req)?.rawPath ?? requestUrl(req).pathname;
  if (!isUnderBase(rawPath, basePath)) return null;
  const match = /^\/webhooks\/([^/]+)$/.exec(rawPath.slice(basePath.length));
  return match?.[1] ?? null;
}

/** The exact bytes received, or why not: over the cap, or cut off. */
async function rawBody(
  req: Request,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | 'payload_too_large' | 'invalid_request'> {
  const refused = transportFacts(req)?.refusal;
  if (refused === 'body_too_large') return 'payload_too_large';
  if (refused !== undefined) return 'invalid_request';
  if (req.body === null) return new Uint8Array(0);
  if (declaresMoreThan(req.headers.get('Content-Length'), maxBytes)) {
    await req.body.cancel().catch(() => undefined);
    return 'payload_too_large';
  }
  try {
    return (await readCappedBytes(req.body, maxBytes)) ?? 'payload_too_large';
  } catch {
    return 'invalid_request';
  }
}
