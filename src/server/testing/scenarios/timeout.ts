import type { Checks } from '../checks';
import type { KitRun } from '../run';
import { errorCode, settleAfterAbort } from '../run';

// Slack on top of the budget: the handler answers at once, the adapter stops soon after.
const SLACK_MS = 1000;

/** A provider that never answers: 502 at the handler's budget, and the adapter stops on abort. */
export async function timeout(run: KitRun, c: Checks): Promise<void> {
  const { customerId } = run.fixture;
  const budget = run.fixture.timeoutBudgetMs ?? 500;

  const listName = 'a list that hangs is a 502 at the budget, and the adapter stops on abort';
  const lister = await run.wallet(budget);
  if (!(await run.fault({ kind: 'hang', operation: 'list', customerId }))) {
    c.skip(listName, "needs fixture.fault for 'hang'");
  } else {
    const reply = await lister.list(customerId);
    const stopped = await settleAfterAbort(lister.provider.calls[0], SLACK_MS);
    c.expect(
      listName,
      reply.status === 502 &&
        errorCode(reply.json) === 'provider_error' &&
        reply.ms < budget + SLACK_MS &&
        stopped !== null,
      `answered ${reply.status} after ${reply.ms} ms; adapter ${stopped === null ? 'still running' : `stopped ${stopped} ms after abort`}`,
    );
  }

  const deleteName = 'a delete that hangs is a 502 audited unknown, and the adapter stops on abort';
  const deleter = await run.wallet(budget);
  const ids = await run.ids(deleter, customerId);
  if (ids?.[0] === undefined) {
    c.expect(deleteName, false, 'the customer’s cards could not be listed');
    return;
  }
  if (!(await run.fault({ kind: 'hang', operation: 'delete', customerId }))) {
    c.skip(deleteName, "needs fixture.fault for 'hang'");
    return;
  }
  const reply = await deleter.remove(customerId, ids[0]);
  const call = deleter.provider.calls.find((entry) => entry.operation === 'delete');
  const stopped = await settleAfterAbort(call, SLACK_MS);
  const outcome = deleter.audit.at(-1)?.outcome;
  c.expect(
    deleteName,
    reply.status === 502 &&
      outcome === 'unknown' &&
      reply.ms < budget + SLACK_MS &&
      stopped !== null,
    `answered ${reply.status} after ${reply.ms} ms, audited ${outcome}; adapter ${stopped === null ? 'still running' : 'stopped'}`,
  );
}
