import type { KitWallet } from './kit-wallet';
import { sleep } from './sleep';

/** Deletes the adapter called done, and how many of those cards a fresh list still holds. */
export interface DeletedTally {
  deleted: number;
  stillListed: number;
}

// A call still running this long after its wallet is retired has no result to check.
const SETTLE_MS = 1000;

/**
 * Every card `wallet`'s adapter said it deleted (to the handler or to the kit), looked for in
 * a fresh list of its customer, before the next `makeProvider` reseeds the provider.
 */
export async function deletedIsGone(
  wallet: KitWallet,
  listed: (customerId: string) => Promise<string[] | null>,
  tally: DeletedTally,
): Promise<void> {
  const calls = wallet.provider.calls.filter((call) => call.operation === 'delete');
  await Promise.race([Promise.all(calls.map((call) => call.settled)), sleep(SETTLE_MS)]);
  for (const call of calls.filter((entry) => entry.result === 'deleted')) {
    tally.deleted += 1;
    const left = await listed(call.customerId);
    if (left === null || left.includes(call.cardId ?? '')) tally.stillListed += 1;
  }
}
