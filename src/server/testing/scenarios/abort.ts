import type { ProviderCallContext } from '../../providers/card-provider';
import type { Checks } from '../checks';
import type { KitRun } from '../run';

const PROMPT_MS = 1000;

async function rejectsPromptly(promise: Promise<unknown>): Promise<boolean> {
  const outcome = await Promise.race([
    promise.then(
      () => 'resolved',
      () => 'rejected',
    ),
    new Promise<string>((resolve) => setTimeout(() => resolve('pending'), PROMPT_MS)),
  ]);
  return outcome === 'rejected';
}

/** With the budget already spent (an aborted `ctx.signal`), the adapter fails fast and deletes nothing. */
export async function abort(run: KitRun, c: Checks): Promise<void> {
  const { customerId } = run.fixture;
  const wallet = await run.wallet();
  const controller = new AbortController();
  controller.abort();
  const spent: ProviderCallContext = {
    signal: controller.signal,
    deadline: Date.now(),
    requestId: 'conformance-aborted',
  };
  c.expect(
    'listCards with an aborted signal rejects at once',
    await rejectsPromptly(wallet.provider.listCards(customerId, spent)),
  );
  const live: ProviderCallContext = {
    signal: new AbortController().signal,
    requestId: 'conformance-live',
  };
  const ids = await run.ids(wallet, customerId);
  const card = (await wallet.provider.listCards(customerId, live)).find((x) => x.id === ids?.[0]);
  if (!c.expect('the customer’s cards can be listed', card !== undefined)) return;
  c.expect(
    'deleteCard with an aborted signal rejects at once',
    await rejectsPromptly(wallet.provider.deleteCard(customerId, card as never, spent)),
  );
  const left = await run.listed(wallet, customerId);
  c.expect('and the card is still there', left?.includes(card?.id ?? '') === true);
}
