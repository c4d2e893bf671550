import type { ServerErrorCode } from '../errors';
import { isProviderError, isWalletHttpError } from '../errors';
import { HookFailure } from '../hooks';
import type { WalletLogger } from '../safe-logger';
import type { Answer } from './respond';
import { errorAnswer } from './respond';

/** A failure turned into what the browser sees, plus its code for the audit trail. */
export interface Failure {
  code: ServerErrorCode;
  answer: Answer;
}

/**
 * Refusals keep their code; anything else (provider, session store, merchant hook) is a
 * generic 502. Only safe fields are logged: adapters keep raw provider text on `cause`.
 */
export function toFailure(
  error: unknown,
  config: { logger: Pick<WalletLogger, 'error'> },
  meta: { requestId: string; operation: string },
): Failure {
  if (isWalletHttpError(error)) {
    return {
      code: error.code,
      answer: errorAnswer(error.code, error.status, error.message, error.headers, error.reason),
    };
  }
  if (error instanceof HookFailure) {
    // The hook's own error is the merchant's and may hold anything: its name and why only.
    config.logger.error('saved-card-kit: hook failed', {
      ...meta,
      hook: error.hook,
      reason: error.reason,
    });
  } else if (isProviderError(error)) {
    config.logger.error('saved-card-kit: provider call failed', {
      ...meta,
      kind: error.kind,
      provider: error.provider,
      status: error.status,
      message: error.message,
    });
  } else {
    // Not its message: a custom provider's error may carry the provider's own text or a
    // token (docs/server.md); the operation and error name say where to look.
    config.logger.error('saved-card-kit: unexpected error', {
      ...meta,
      name: error instanceof Error ? error.name : typeof error,
    });
  }
  return { code: 'provider_error', answer: errorAnswer('provider_error', 502) };
}
