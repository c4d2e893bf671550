import type { Checks } from '../checks';
import type { KitRun } from '../run';
import { errorCode } from '../run';
import type { FaultKind } from '../types';

const IMPOSTORS: ReadonlyArray<[FaultKind, string]> = [
  ['not_found_page', 'an HTML 404 page'],
  ['error_in_ok', 'a 200 carrying the provider’s error object'],
  ['empty_body', 'a 200 with no body'],
];

/** Answers that only look like "gone" or "done" are provider errors, and the card stays. */
export async function notFoundImpostor(run: KitRun, c: Checks): Promise<void> {
  const { customerId } = run.fixture;
  for (const [kind, words] of IMPOSTORS) {
    const name = `${words} to a delete is a 502, never a success, and the card stays`;
    const wallet = await run.wallet();
    const ids = await run.ids(wallet, customerId);
    const target = ids?.[0];
    if (target === undefined) {
      c.expect(name, false, 'the customer’s cards could not be listed');
      continue;
    }
    if (!(await run.fault({ kind, operation: 'delete', customerId }))) {
      c.skip(name, `needs fixture.fault for '${kind}'`);
      continue;
    }
    const reply = await wallet.remove(customerId, target);
    const outcome = wallet.audit.at(-1)?.outcome;
    const left = await run.listed(wallet, customerId);
    c.expect(
      name,
      reply.status === 502 &&
        errorCode(reply.json) === 'provider_error' &&
        (outcome === 'provider_error' || outcome === 'unknown') &&
        left?.includes(target) === true,
      `answered ${reply.status}, audited ${outcome}`,
    );
  }
}
