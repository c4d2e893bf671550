import type { Checks } from '../checks';
import type { KitRun } from '../run';
import { errorCode, isDeleteAnswer } from '../run';

/** A delete removes exactly that card; the same delete again is `card_not_found`, sending nothing. */
export async function idempotentDelete(run: KitRun, c: Checks): Promise<void> {
  const { customerId, otherCustomerId } = run.fixture;
  const wallet = await run.wallet();
  const ids = await run.ids(wallet, customerId);
  const target = ids?.[0];
  if (!c.expect('the customer’s cards can be listed', target !== undefined)) return;
  const first = await wallet.remove(customerId, target as string);
  c.expect(
    'DELETE answers 200 {"deleted": true, "id": …} (and "defaultCardId" when the default went)',
    first.status === 200 && isDeleteAnswer(first.json, target as string),
    `answered ${first.status}`,
  );
  const sent = wallet.provider.calls.filter((call) => call.operation === 'delete').length;
  const again = await wallet.remove(customerId, target as string);
  c.expect(
    'the same DELETE again answers 404 card_not_found (the browser counts it as removed)',
    again.status === 404 && errorCode(again.json) === 'card_not_found',
    `answered ${again.status}`,
  );
  const resent = wallet.provider.calls.filter((call) => call.operation === 'delete').length - sent;
  c.expect('the second DELETE sent no delete to the adapter', resent === 0);
  const left = await run.listed(wallet, customerId);
  c.expect(
    'the card is gone and every other card stayed',
    left !== null &&
      !left.includes(target as string) &&
      (ids ?? []).slice(1).every((id) => left.includes(id)),
  );
  const theirs = await run.ids(wallet, otherCustomerId);
  c.expect('the other customer’s cards are untouched', theirs !== null);
  c.expect(
    'audited deleted, then not_found',
    wallet.audit.map((event) => event.outcome).join() === 'deleted,not_found',
  );
}
