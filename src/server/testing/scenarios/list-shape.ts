import { mayHoldCardNumber } from '../../guards/may-hold-card-number';
import { cardProblem, matchCards } from '../card-shape';
import type { Checks } from '../checks';
import type { KitRun } from '../run';
import { cardsOf } from '../run';

/** The list through the handler: docs/http-contract.md §1 shape, the fixture's cards, no one else's. */
export async function listShape(run: KitRun, c: Checks): Promise<void> {
  const { customerId, otherCustomerId, cards } = run.fixture;
  const wallet = await run.wallet();
  const mine = await wallet.list(customerId);
  if (!c.expect('GET /cards answers 200', mine.status === 200, `answered ${mine.status}`)) return;
  // A tap that sees nothing would let every check that relies on it pass.
  if (wallet.requests !== null) {
    c.expect(
      'fixture.requestTap saw the list’s requests to the provider',
      wallet.requests.length > 0,
      'it saw none: the adapter does not send through it',
    );
  }
  c.expect(
    'the list is never cached (Cache-Control: no-store)',
    /no-store/.test(mine.headers.get('cache-control') ?? ''),
  );
  const listed = cardsOf(mine.json);
  if (!c.expect('the body is {"cards": [...]}', listed !== null)) return;
  const now = new Date();
  const problem = (listed ?? []).map((card) => cardProblem(card, now)).find((p) => p !== null);
  c.expect(
    "every card has the card contract's shape, expired month-inclusive",
    !problem,
    problem ?? '',
  );
  const match = matchCards(listed ?? [], cards[customerId] ?? []);
  c.expect('the list holds exactly the fixture’s cards', match.ok, match.ok ? '' : match.detail);
  c.expect('nothing in the answer may be a card number', !mayHoldCardNumber(mine.text));

  const theirs = await wallet.list(otherCustomerId);
  const other = cardsOf(theirs.json) ?? [];
  const mineIds = new Set((listed ?? []).map((card) => card.id));
  c.expect(
    'another customer’s list holds their cards and none of this customer’s',
    theirs.status === 200 &&
      matchCards(other, cards[otherCustomerId] ?? []).ok &&
      other.every((card) => !mineIds.has(card.id)),
  );
}
