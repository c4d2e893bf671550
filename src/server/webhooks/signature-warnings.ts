import { REFUSAL_LOG_WINDOW_MS } from '../refusal-log';
import type { WalletLogger } from '../safe-logger';
import type { WebhookSignatureFailure } from './card-update-source';

/** Says a signature was refused: at most once a minute per (provider, reason). */
export type SignatureWarnings = (
  provider: string,
  reason: WebhookSignatureFailure,
  requestId: string,
) => void;

/**
 * The webhook route is public: anyone can post forgeries to it as fast as they like. The audit
 * gets every one; the log only the first of each kind a minute, as the wallet's refusals do
 * (docs/server.md "Refusals in the log"). The keys are the handler's own providers times three
 * reasons, so the map stays small.
 */
export function signatureWarnings(
  logger: Required<WalletLogger>,
  now: () => number,
): SignatureWarnings {
  const lastLogged = new Map<string, number>();
  return (provider, reason, requestId) => {
    const at = now();
    const key = `${provider}\n${reason}`;
    const last = lastLogged.get(key);
    if (last !== undefined && at - last < REFUSAL_LOG_WINDOW_MS) return;
    lastLogged.set(key, at);
    logger.warn('saved-card-kit: webhook signature refused', { requestId, provider, reason });
  };
}
