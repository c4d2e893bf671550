import type { Checks } from '../checks';
import type { KitRun } from '../run';
import type { ConformanceFixture } from '../types';

/** The first pair of cards, one per customer, that the fixture gives the same `last4`. */
function twins(
  fixture: ConformanceFixture,
): { mine: number; theirs: number; last4: string } | null {
  const mine = fixture.cards[fixture.customerId] ?? [];
  const theirs = fixture.cards[fixture.otherCustomerId] ?? [];
  for (const [i, card] of mine.entries()) {
    const j = theirs.findIndex((other) => card.last4 !== undefined && other.last4 === card.last4);
    if (j >= 0) return { mine: i, theirs: j, last4: card.last4 as string };
  }
  return null;
}

/**
 * Ownership at the provider: a customer's delete removes their card and leaves another
 * customer's card with the same last four, in both directions (an adapter that deletes "the
 * first card ending 4242" anywhere is right for one of the two by luck).
 */
export async function sameLastFour(run: KitRun, c: Checks): Promise<void> {
  const { customerId, otherCustomerId } = run.fixture;
  const pair = twins(run.fixture);
  if (pair === null) {
    c.skip(
      'a delete leaves the other customer’s card with the same last four',
      'needs a card of each customer with the same last4 in fixture.cards',
    );
    return;
  }
  const directions = [
    {
      who: 'customerId',
      deleter: customerId,
      owner: otherCustomerId,
      at: pair.mine,
      twin: pair.theirs,
    },
    {
      who: 'otherCustomerId',
      deleter: otherCustomerId,
      owner: customerId,
      at: pair.theirs,
      twin: pair.mine,
    },
  ];
  for (const { who, deleter, owner, at, twin } of directions) {
    const name = `fixture.${who}’s delete of their card ending ${pair.last4} removes it and leaves the other customer’s`;
    const wallet = await run.wallet();
    const mine = await run.ids(wallet, deleter);
    const theirs = await run.ids(wallet, owner);
    const target = mine?.[at];
    const kept = theirs?.[twin];
    if (target === undefined || kept === undefined) {
      c.expect(name, false, 'the customers’ cards could not be listed');
      continue;
    }
    const reply = await wallet.remove(deleter, target);
    const left = await run.listed(wallet, deleter);
    const leftTheirs = await run.listed(wallet, owner);
    const gone = left !== null && !left.includes(target);
    const stays = leftTheirs?.includes(kept) === true;
    c.expect(
      name,
      reply.status === 200 && gone && stays && leftTheirs?.length === theirs?.length,
      `answered ${reply.status}; their card ${gone ? 'is gone' : 'is still listed'}; the other customer’s ${stays ? 'stays' : 'is gone'}`,
    );
  }
}
