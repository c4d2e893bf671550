import type { Checks } from '../checks';
import type { KitRun } from '../run';
import { errorCode } from '../run';

/** A foreign id is `card_not_found`, exactly like an unknown one, and no delete reaches the adapter. */
export async function ownership(run: KitRun, c: Checks): Promise<void> {
  const { customerId, otherCustomerId } = run.fixture;
  const wallet = await run.wallet();
  const theirs = await run.ids(wallet, otherCustomerId);
  const foreign = theirs?.[0];
  if (!c.expect('the other customer’s cards can be listed', foreign !== undefined)) return;
  const attempt = await wallet.remove(customerId, foreign as string);
  c.expect(
    'deleting another customer’s card answers 404 card_not_found',
    attempt.status === 404 && errorCode(attempt.json) === 'card_not_found',
    `answered ${attempt.status}`,
  );
  const unknown = await wallet.remove(customerId, 'conformance-no-such-card');
  c.expect(
    'an unknown id answers exactly like a foreign one (ids cannot be probed)',
    unknown.status === attempt.status && unknown.text === attempt.text,
  );
  const deletes = wallet.provider.calls.filter((call) => call.operation === 'delete');
  c.expect('no delete reached the adapter', deletes.length === 0, `${deletes.length} deletes`);
  const after = await run.listed(wallet, otherCustomerId);
  c.expect('the other customer still has the card', after?.includes(foreign as string) === true);
  c.expect(
    'both attempts are audited not_found',
    wallet.audit.map((event) => event.outcome).join() === 'not_found,not_found',
  );
}
