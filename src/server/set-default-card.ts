import type { SavedCard } from '../core/types';
import { auditedWrite } from './audited-write';
import type { HandlerConfig } from './config';
import { storeDefault } from './default-store';
import { ProviderError, WalletHttpError } from './errors';
import { ownedCard } from './guards/owned-card';
import { checkWriteRequest, type WriteRoute } from './guards/write-request';
import { jsonAnswer } from './http/respond';
import { finishList, shownCards } from './public-list';
import type { CustomerTurn } from './under-customer-lock';
import { underCustomerLock } from './under-customer-lock';

/**
 * `PUT {base}/cards/{id}/default`: makes one of the session customer's cards their default and
 * answers `200 {"cards": [...]}`, the list as it is now. The same checks as a DELETE
 * (guards/write-request.ts), then, in the customer's turn: ownership (404), expiry (409
 * `card_expired`), and the provider's own default (`setDefaultCard`) or the handler's
 * `defaultCardStore`. One audit event each, allowed or refused.
 */
export const setDefaultRoute: WriteRoute = (req, config, requestId, target) =>
  auditedWrite(
    config,
    requestId,
    target,
    { type: 'card.default', operation: 'set_default' },
    async (subject) => {
      const { customerId, id } = await checkWriteRequest(
        req,
        config,
        { requestId, target, action: 'card.default' },
        subject,
      );
      try {
        const cards = await underCustomerLock(config, customerId, requestId, async (turn) => {
          const now = await makeDefault(config, turn, customerId, id);
          return turn.budget.run(Promise.resolve(finishList(config, now, customerId, requestId)));
        });
        return { outcome: 'default_set', answer: jsonAnswer(200, { cards }) };
      } finally {
        // The customer's turn came: the list may have changed, whatever the answer.
        config.listCache?.forget(customerId);
      }
    },
  );

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
    // The list was a read; this is the turn's write, so the lock is checked before it.
    await provider.fenced(() => storeDefault(config, customerId, id));
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
