import type { CardProvider } from '../../src/server/index';
import { ProviderError } from '../../src/server/index';
import type { VaultConfig } from './vault-adapter';
import {
  cardPath,
  deleteResult,
  listPath,
  vaultCards,
  vaultClient,
  vaultFailure,
  vaultProvider,
} from './vault-adapter';

/**
 * The five adapters of issue 18's review that an earlier conformance kit passed, each the
 * vault adapter with one mistake: the kit must fail every one.
 */
export type BrokenAdapter =
  | 'says-deleted-when-not-held'
  | 'ignores-customer'
  | 'ignores-abort'
  | 'html-404-is-deleted'
  | 'logs-encoded-secret'
  | 'lists-encoded-secret';

export function brokenAdapter(flaw: BrokenAdapter, config: VaultConfig): CardProvider {
  const honest = vaultProvider(config);
  const client = vaultClient(config);
  switch (flaw) {
    // (a) "Already gone is gone": the vault's not-found becomes `deleted`.
    case 'says-deleted-when-not-held':
      return {
        ...honest,
        async deleteCard(_customerId, card, ctx) {
          const answer = await client.send('DELETE', cardPath(card), ctx.signal);
          return answer.status === 404 ? 'deleted' : deleteResult(answer);
        },
      };
    // (b) Deletes the first card with those last four of any customer.
    case 'ignores-customer':
      return {
        ...honest,
        async deleteCard(_customerId, card, ctx) {
          const found = await client.send('GET', `/cards?last4=${card.last4}`, ctx.signal);
          const [first] = vaultCards(found);
          if (first === undefined) return 'not_found';
          return deleteResult(await client.send('DELETE', cardPath(first), ctx.signal));
        },
      };
    // (c) Lets go of the promise on abort, but the delete still goes 150 ms later, even for a
    // signal aborted before the call.
    case 'ignores-abort':
      return {
        ...honest,
        deleteCard(_customerId, card, ctx) {
          const work = new Promise<void>((resolve) => setTimeout(resolve, 150)).then(() =>
            client.send('DELETE', cardPath(card)),
          );
          return new Promise((resolve, reject) => {
            const giveUp = () => reject(new ProviderError('timeout', 'vault call aborted'));
            if (ctx.signal.aborted) giveUp();
            ctx.signal.addEventListener('abort', giveUp, { once: true });
            work.then((answer) => resolve(deleteResult(answer))).catch(reject);
          });
        },
      };
    // (d) A 404 it cannot read must mean the card is gone.
    case 'html-404-is-deleted':
      return {
        ...honest,
        async deleteCard(_customerId, card, ctx) {
          const answer = await client.send('DELETE', cardPath(card), ctx.signal);
          return answer.status === 404 && answer.json === undefined
            ? 'deleted'
            : deleteResult(answer);
        },
      };
    // (e) Puts the credentials it sent into the error it throws: base64 of `shop_1:<key>`.
    case 'logs-encoded-secret':
      return {
        ...honest,
        async listCards(customerId, ctx) {
          const answer = await client.send('GET', listPath(customerId), ctx.signal);
          if (answer.status === 401) {
            throw vaultFailure(answer, `vault refused ${client.authorization}`);
          }
          return vaultCards(answer);
        },
      };
    // (e) Lists a card-art link signed with the key, URL-encoded, as the issuer.
    case 'lists-encoded-secret':
      return {
        ...honest,
        listCards: async (customerId, ctx) =>
          (await honest.listCards(customerId, ctx)).map((card) => ({
            ...card,
            issuer: `art?key=${encodeURIComponent(config.secret)}`,
          })),
      };
  }
}
