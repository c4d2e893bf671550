import type { AuditSubject } from './audit-id';
import { auditedWrite } from './audited-write';
import type { HandlerConfig } from './config';
import { storedDefaultNow } from './default-store';
import { deleteConfirmed } from './delete-confirmed';
import { refuseLocked } from './guards/lock-reason';
import { ownedCard } from './guards/owned-card';
import { checkWriteRequest, type WriteRoute } from './guards/write-request';
import { jsonAnswer } from './http/respond';
import type { Target } from './http/routes';
import { moveDefault } from './move-default';
import type { DeleteResult } from './providers/card-provider';
import { type CustomerTurn, underCustomerLock } from './under-customer-lock';

/** `DELETE {base}/…`: any DELETE aimed at the wallet, whatever is wrong with it. One audit event each. */
export const deleteCardRoute: WriteRoute = (req, config, requestId, target) =>
  auditedWrite(
    config,
    requestId,
    target,
    { type: 'card.delete', operation: 'delete' },
    async (subject) => {
      const { id, result, defaultCardId } = await checkThenDelete(
        req,
        config,
        requestId,
        target,
        subject,
      );
      return {
        outcome: result === 'deleted' ? 'deleted' : 'already_deleted',
        // `defaultCardId` only when the default went: the card that is the default now, or null.
        answer: jsonAnswer(
          200,
          defaultCardId === undefined
            ? { deleted: true, id }
            : { deleted: true, id, defaultCardId },
        ),
      };
    },
  );

/**
 * The docs/server.md checks (guards/write-request.ts: session → same-origin → rate limit → path,
 * id and body), then, in the customer's turn (one at a time per customer, within the request's
 * budget): ownership → lock → provider delete. When the card removed was the default, the next
 * card is made the default in the same turn (move-default.ts) and named in the answer.
 */
async function checkThenDelete(
  req: Request,
  config: HandlerConfig,
  requestId: string,
  target: Target,
  subject: AuditSubject,
): Promise<{ id: string; result: DeleteResult; defaultCardId?: string | null }> {
  const { customerId, id } = await checkWriteRequest(
    req,
    config,
    { requestId, target, action: 'card.delete' },
    subject,
  );
  try {
    return await underCustomerLock(config, customerId, requestId, async (turn) => {
      const owned = await ownedCard(customerId, id, turn);
      // No hook and no `keepAtLeast`: nothing can lock the card, so nothing is waited for.
      if (config.lockReason !== undefined || config.keepAtLeast > 0) {
        const question = {
          card: owned.visible,
          customerId,
          requestId,
          // Counted only if the lock rules ask.
          get count() {
            return owned.count;
          },
        };
        await turn.budget.run(refuseLocked(config, question));
      }
      // With a store, the store says which card is the default; asked before the delete.
      let wasDefault = owned.visible.isDefault === true;
      if (config.defaultCards !== null) {
        const stored = storedOrNone(config, turn, customerId, requestId);
        wasDefault = (stored instanceof Promise ? await stored : stored) === id;
      }
      const result = await deleteConfirmed(turn, customerId, owned.card);
      if (!wasDefault) return { id, result };
      const defaultCardId = await moveDefault(config, turn, {
        customerId,
        removedId: id,
        listedBefore: owned.listed,
        requestId,
      });
      return { id, result, defaultCardId };
    });
  } finally {
    // The customer's turn came: the provider's list may have changed, whatever the answer.
    config.listCache?.forget(customerId);
  }
}

// A store that cannot be read must not stop the shopper's delete: the card is then taken as
// not the default (logged), and the default stays where the store has it. The kit's own store
// answers at once: the turn's budget is then asked at once too, as `budget.run` would.
function storedOrNone(
  config: HandlerConfig,
  { budget }: CustomerTurn,
  customerId: string,
  requestId: string,
): string | null | Promise<string | null> {
  const stored = storedDefaultNow(config, customerId);
  if (!(stored instanceof Promise)) {
    if (budget.stopped) throw budget.reason;
    return stored;
  }
  return budget.run(
    stored.catch(() => {
      config.logger.error('saved-card-kit: defaultCardStore failed, default left as it was', {
        requestId,
      });
      return null;
    }),
  );
}
