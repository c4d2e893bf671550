import type { Checks } from '../checks';
import type { KitWallet } from '../kit-wallet';
import { describeRequests, requestsAfter } from '../request-log';
import type { KitRun } from '../run';
import { ABORT_GRACE_MS, ABORT_WINDOW_MS, errorCode, NEEDS_TAP, settleAfterAbort } from '../run';
import { sleep } from '../sleep';

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
    await nothingAfterAbort(lister, 'list', c);
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
  await nothingAfterAbort(deleter, 'delete', c);
}

// Watched for the abort window, while the kit itself sends nothing.
async function nothingAfterAbort(
  wallet: KitWallet,
  operation: 'list' | 'delete',
  c: Checks,
): Promise<void> {
  const name = `no request reaches the provider ${ABORT_GRACE_MS} ms after the ${operation} was aborted`;
  const abortedAt = wallet.provider.calls.find((call) => call.operation === operation)?.abortedAt;
  if (wallet.requests === null) {
    c.skip(name, NEEDS_TAP);
    return;
  }
  if (abortedAt === undefined) {
    c.expect(name, false, 'the handler never aborted the call');
    return;
  }
  await sleep(Math.max(0, abortedAt + ABORT_WINDOW_MS - Date.now()));
  const late = requestsAfter(wallet.requests, abortedAt, ABORT_GRACE_MS);
  c.expect(name, late.length === 0, `${describeRequests(late)} after the abort`);
}
