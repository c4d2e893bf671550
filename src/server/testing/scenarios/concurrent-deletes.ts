import type { Checks } from '../checks';
import type { KitRun } from '../run';

/** Two removals in flight for one shopper (docs/removal-rules.md rule 2 allows it): both succeed. */
export async function concurrentDeletes(run: KitRun, c: Checks): Promise<void> {
  const { customerId, cards } = run.fixture;
  const name = 'two cards of one shopper deleted at once both answer 200 and both go';
  if ((cards[customerId] ?? []).length < 2) {
    c.skip(name, 'needs two cards for fixture.customerId');
    return;
  }
  const wallet = await run.wallet();
  const ids = await run.ids(wallet, customerId);
  const [a, b] = ids ?? [];
  if (!c.expect('the customer’s cards can be listed', a !== undefined && b !== undefined)) return;
  const replies = await Promise.all([
    wallet.remove(customerId, a as string),
    wallet.remove(customerId, b as string),
  ]);
  const left = await run.listed(wallet, customerId);
  c.expect(
    name,
    replies.every((reply) => reply.status === 200) &&
      left !== null &&
      !left.includes(a as string) &&
      !left.includes(b as string),
    `answered ${replies.map((reply) => reply.status).join(' and ')}`,
  );
  c.expect(
    'every other card stayed',
    left !== null && (ids ?? []).slice(2).every((id) => left.includes(id)),
  );
}
