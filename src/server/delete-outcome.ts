import { isBudgetAbort } from './budget';
import { isProviderError } from './errors';

/** A provider delete that may or may not have happened; audited `unknown`, answered 502. */
export class OutcomeUnknownError extends Error {
  override readonly name = 'OutcomeUnknownError';
}

/**
 * True when a failed `deleteCard` leaves us not knowing whether the card is gone: the budget
 * ran out, the call timed out or got no answer at all, the provider said 2xx in a shape we
 * cannot read (or about another card), or a foreign error says nothing. A provider that
 * answered with an error status refused the delete: that is a plain provider error.
 */
export function isOutcomeUnknown(error: unknown, budget: AbortSignal): boolean {
  if (isBudgetAbort(error, budget)) return true;
  if (!isProviderError(error)) return true;
  const { kind, status } = error;
  return kind === 'timeout' || status === undefined || (status >= 200 && status < 300);
}
