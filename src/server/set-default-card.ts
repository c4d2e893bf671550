import type { SavedCard } from '../core/types';
import type { AuditOutcome } from './audit';
import { emitAudit, OUTCOME_BY_CODE } from './audit';
import { auditSubject } from './audit-id';
import type { HandlerConfig } from './config';
import { storeDefault } from './default-store';
import { ProviderError, WalletHttpError } from './errors';
import { markLocked } from './guards/lock-reason';
import { ownedCard } from './guards/owned-card';
import { checkWriteRequest, type WriteRoute } from './guards/write-request';
import { toFailure } from './http/failure';
import { type Answer, jsonAnswer } from './http/respond';
import { shownCards } from './public-list';
import type { CustomerTurn } from './under-customer-lock';
import { underCustomerLock } from './under-customer-lock';

/**
 * `PUT {base}/cards/{id}/default`: makes one of the session customer's cards their default and
 * answers `200 {"cards": [...]}`, the list as it is now. The same checks as a DELETE
 * (guards/write-request.ts), then, in the customer's turn: ownership (404), expiry (409
 * `card_expired`), and the provider's own default (`setDefaultCard`) or the handler's
 * `defaultCardStore`. One audit event each, allowed or refused.
 */
export const setDefaultRoute: WriteRoute = async (req, config, requestId, target) => {
  const subject = await auditSubject(config.auditIds, target);
  // What the audit says and what the shopper gets, whichever way the attempt ends.
  let answer: Answer;
  let outcome: AuditOutcome;
  try {
    const { customerId, id } = await checkWriteRequest(
      req,
      config,
      { requestId, target, action: 'card.default' },
      subject,
    );
    let cards: SavedCard[];
    try {
      cards = await underCustomerLock(config, customerId, requestId, async (turn) => {
        const now = await makeDefault(config, turn, customerId, id);
        return turn.budget.run(markLocked(config, now, customerId, requestId));
      });
    } finally {
      // The customer's turn came: the list may have changed, whatever the answer.
      config.listCache?.forget(customerId);
    }
    outcome = 'default_set';
    answer = jsonAnswer(200, { cards });
  } catch (error) {
    const failure = toFailure(error, config, { requestId, operation: 'set_default' });
    outcome = OUTCOME_BY_CODE[failure.code];
    answer = failure.answer;
  }
  const at = new Date(config.now()).toISOString();
  await emitAudit(config, { type: 'card.default', ...subject, outcome, requestId, at });
  return answer;
};

/**
 * Card `id` made the default within the turn; the customer's public cards afterwards. A card
 * already the default changes nothing and calls nothing more. A provider that keeps the
 * default is asked to set it, then listed once more: the answer is what it holds now, and a
 * provider that answered yes but still shows another default is a provider error.
 */
async function makeDefault(
  config: HandlerConfig,
  turn: CustomerTurn,
  customerId: string,
  id: string,
): Promise<SavedCard[]> {
  const { budget, ctx, provider } = turn;
  const owned = await ownedCard(customerId, id, turn);
  // An expired card cannot pay: it must not be the one every later payment reaches for.
  if (owned.visible.expired) throw new WalletHttpError('card_expired');
  if (config.defaultCards !== null) {
    await storeDefault(config, customerId, id);
    return shownCards(owned.listed, id);
  }
  if (owned.visible.isDefault === true) return shownCards(owned.listed);
  if (provider.setDefaultCard === undefined) {
    throw new TypeError('the provider lost its setDefaultCard');
  }
  await budget.run(provider.setDefaultCard(customerId, owned.card, ctx));
  const now = shownCards(await budget.run(provider.listCards(customerId, ctx)));
  if (!now.some((card) => card.id === id && card.isDefault === true)) {
    throw new ProviderError('bad_response', 'The provider does not list the card as the default');
  }
  return now;
}
