import type { Checks } from '../checks';
import type { KitRun } from '../run';
import { isDeleteAnswer } from '../run';

/**
 * A card deleted elsewhere between the ownership list and the delete: the provider's genuine
 * not-found answer counts as already deleted (the kit deletes it first, through the adapter).
 */
export async function notFoundHonest(run: KitRun, c: Checks): Promise<void> {
  const { customerId } = run.fixture;
  const wallet = await run.wallet();
  const ids = await run.ids(wallet, customerId);
  const target = ids?.[0];
  if (!c.expect('the customer’s cards can be listed', target !== undefined)) return;
  wallet.provider.deleteElsewhereFirst(target as string);
  const reply = await wallet.remove(customerId, target as string);
  c.expect(
    'the provider’s own not-found answers 200 {"deleted": true}',
    reply.status === 200 && isDeleteAnswer(reply.json, target as string),
    `answered ${reply.status}`,
  );
  c.expect(
    'audited already_deleted',
    wallet.audit.at(-1)?.outcome === 'already_deleted',
    `audited ${wallet.audit.at(-1)?.outcome}`,
  );
  const left = await run.listed(wallet, customerId);
  c.expect('the card is gone', left !== null && !left.includes(target as string));
}
