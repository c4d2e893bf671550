import type { ProviderCallContext, ProviderCard } from '../../providers/card-provider';
import type { Checks } from '../checks';
import type { KitWallet } from '../kit-wallet';
import { describeRequests, requestsAfter } from '../request-log';
import type { KitRun } from '../run';
import { ABORT_GRACE_MS, ABORT_WINDOW_MS, NEEDS_TAP } from '../run';
import { sleep } from '../sleep';

const PROMPT_MS = 1000;
// A call aborted midway: at its first request, or after this long if it sends none sooner.
const MIDWAY_MS = 20;

async function settlesPromptly(
  promise: Promise<unknown>,
): Promise<'resolved' | 'rejected' | 'pending'> {
  return Promise.race([
    promise.then(
      () => 'resolved' as const,
      () => 'rejected' as const,
    ),
    new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), PROMPT_MS)),
  ]);
}

const spent = (): ProviderCallContext => {
  const controller = new AbortController();
  controller.abort();
  return { signal: controller.signal, deadline: Date.now(), requestId: 'conformance-aborted' };
};

/**
 * An aborted signal stops the adapter: with the budget already spent it fails fast and sends
 * nothing, not even later (the card is still there after the abort window); aborted midway,
 * it sends nothing more.
 */
export async function abort(run: KitRun, c: Checks): Promise<void> {
  const { customerId } = run.fixture;
  const wallet = await run.wallet();
  const ids = await run.ids(wallet, customerId);
  const card = (await run.providerCards(wallet, customerId)).find((x) => x.id === ids?.[0]);
  if (!c.expect('the customer’s cards can be listed', card !== undefined)) return;
  const target = card as ProviderCard;

  // Counted, not timed: the list just before may have reached the provider in this millisecond.
  const before = wallet.requests?.length ?? 0;
  const list = await settlesPromptly(wallet.provider.listCards(customerId, spent()));
  c.expect('listCards with an aborted signal rejects at once', list === 'rejected', list);
  const remove = await settlesPromptly(wallet.provider.deleteCard(customerId, target, spent()));
  c.expect('deleteCard with an aborted signal rejects at once', remove === 'rejected', remove);
  await sleep(ABORT_WINDOW_MS);
  const sent = wallet.requests?.slice(before) ?? null;
  const aheadName = 'no request reaches the provider for a call with an aborted signal';
  if (sent === null) c.skip(aheadName, NEEDS_TAP);
  else c.expect(aheadName, sent.length === 0, `${describeRequests(sent)} reached it`);
  const left = await run.listed(wallet, customerId);
  c.expect(
    `the card is still there ${ABORT_WINDOW_MS} ms after that delete`,
    left?.includes(target.id) === true,
  );

  await midway(run, wallet, c);
}

// The only check that needs the tap to mean anything: when the abort lands is up to the kit.
async function midway(run: KitRun, wallet: KitWallet, c: Checks): Promise<void> {
  const name = `a delete aborted midway settles at once and sends nothing ${ABORT_GRACE_MS} ms after the abort`;
  if (wallet.requests === null) {
    c.skip(name, NEEDS_TAP);
    return;
  }
  const { customerId } = run.fixture;
  const card = (await run.providerCards(wallet, customerId))[0];
  if (card === undefined) {
    c.expect(name, false, 'the customer’s cards could not be listed');
    return;
  }
  const controller = new AbortController();
  const call = wallet.provider.deleteCard(customerId, card, {
    signal: controller.signal,
    requestId: 'conformance-midway',
  });
  call.catch(() => {});
  await wallet.nextRequest(MIDWAY_MS);
  controller.abort();
  const abortedAt = Date.now();
  const settled = await settlesPromptly(call);
  await sleep(Math.max(0, abortedAt + ABORT_WINDOW_MS - Date.now()));
  const late = requestsAfter(wallet.requests, abortedAt, ABORT_GRACE_MS);
  c.expect(
    name,
    settled !== 'pending' && late.length === 0,
    settled === 'pending' ? 'still running after 1 s' : `${describeRequests(late)} after the abort`,
  );
}
