import type { Checks } from '../checks';
import type { KitRun } from '../run';
import { liveContext } from '../run';

async function outcome(promise: Promise<string>): Promise<string> {
  return promise.then(
    (result) => `said ${result}`,
    (error: unknown) => `threw ${error instanceof Error ? error.name : typeof error}`,
  );
}

/**
 * Straight to the adapter: a delete of a held card says `deleted`; the same card again, no
 * longer held, says `not_found`, never `deleted` (the handler trusts `deleted` without a list).
 */
export async function staleDelete(run: KitRun, c: Checks): Promise<void> {
  const { customerId } = run.fixture;
  const wallet = await run.wallet();
  const ids = await run.ids(wallet, customerId);
  const card = (await run.providerCards(wallet, customerId)).find((x) => x.id === ids?.[0]);
  if (!c.expect('the customer’s cards can be listed', card !== undefined) || card === undefined) {
    return;
  }
  const first = await outcome(wallet.provider.deleteCard(customerId, card, liveContext('stale-1')));
  c.expect('deleteCard of a card the customer holds says deleted', first === 'said deleted', first);
  const again = await outcome(wallet.provider.deleteCard(customerId, card, liveContext('stale-2')));
  c.expect(
    'deleteCard of a card the customer no longer holds says not_found, never deleted',
    again === 'said not_found',
    again,
  );
}
