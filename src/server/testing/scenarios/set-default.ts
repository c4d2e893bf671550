import { nextDefaultCard } from '../../../core/next-default';
import type { SavedCard } from '../../../core/types';
import type { Checks } from '../checks';
import type { KitRun } from '../run';
import { cardsOf, errorCode } from '../run';

const defaultOf = (cards: readonly SavedCard[] | null) =>
  cards?.filter((card) => card.isDefault === true).map((card) => card.id) ?? null;

/**
 * `PUT …/cards/{id}/default` through the handler: the card becomes the only default, in the
 * answer and in a fresh list; the adapter's `setDefaultCard` is asked once, or, for a provider
 * that says it has no default of its own (no `setDefaultCard`), the handler's store keeps it.
 * Another customer's card is 404 and reaches no adapter; an expired card (when the fixture
 * has one) is 409 `card_expired`. Removing that default then moves it to the next card by the
 * shared rule, named in the DELETE's answer.
 */
export async function setDefault(run: KitRun, c: Checks): Promise<void> {
  const { customerId, otherCustomerId } = run.fixture;
  const wallet = await run.wallet();
  const keepsDefault = typeof wallet.provider.setDefaultCard === 'function';
  const before = cardsOf((await wallet.list(customerId)).json);
  const theirsBefore = defaultOf(cardsOf((await wallet.list(otherCustomerId)).json));
  const target = before?.find((card) => !card.expired && card.isDefault !== true);
  if (
    !c.expect(
      'the customer has a card that is neither expired nor the default',
      target !== undefined,
      'the fixture needs one',
    )
  ) {
    return;
  }
  const id = (target as SavedCard).id;
  const calls = () => wallet.provider.calls.filter((call) => call.operation === 'set default');

  const answer = await wallet.makeDefault(customerId, id);
  c.expect(
    'PUT …/default answers 200 {"cards": [...]} with that card the only default',
    answer.status === 200 && defaultOf(cardsOf(answer.json))?.join() === id,
    `answered ${answer.status}`,
  );
  const after = cardsOf((await wallet.list(customerId)).json);
  c.expect('a fresh list shows it as the only default', defaultOf(after)?.join() === id);
  if (keepsDefault) {
    c.expect(
      'the adapter’s setDefaultCard was asked once, for that card',
      calls().length === 1 && calls()[0]?.cardId === id,
      `${calls().length} calls`,
    );
  } else {
    c.expect(
      'the adapter says it keeps no default (no setDefaultCard): the handler’s store keeps it',
      calls().length === 0,
    );
  }
  c.expect(
    'the other customer’s default is untouched',
    defaultOf(cardsOf((await wallet.list(otherCustomerId)).json))?.join() === theirsBefore?.join(),
  );

  const sent = calls().length;
  const foreignId = cardsOf((await wallet.list(otherCustomerId)).json)?.[0]?.id;
  if (foreignId !== undefined) {
    const foreign = await wallet.makeDefault(customerId, foreignId);
    c.expect(
      'another customer’s card answers 404 card_not_found',
      foreign.status === 404 && errorCode(foreign.json) === 'card_not_found',
      `answered ${foreign.status}`,
    );
  }
  const expired = before?.find((card) => card.expired);
  if (expired !== undefined) {
    const refused = await wallet.makeDefault(customerId, expired.id);
    c.expect(
      'an expired card answers 409 card_expired',
      refused.status === 409 && errorCode(refused.json) === 'card_expired',
      `answered ${refused.status}`,
    );
  }
  c.expect('no refused attempt reached the adapter', calls().length === sent);
  const audited = wallet.audit.filter((event) => event.type === 'card.default');
  const outcomes = ['default_set'];
  if (foreignId !== undefined) outcomes.push('not_found');
  if (expired !== undefined) outcomes.push('expired');
  c.expect(
    'each attempt is audited card.default with its outcome',
    audited.map((event) => event.outcome).join() === outcomes.join(),
    audited.map((event) => event.outcome).join(),
  );

  // Removing the default: the next card by the shared rule, in the answer and the list.
  const want = nextDefaultCard(after ?? [], id)?.id ?? null;
  const removed = await wallet.remove(customerId, id);
  const named = (removed.json as { defaultCardId?: unknown } | undefined)?.defaultCardId;
  c.expect(
    'removing the default names the next one (first non-expired, unlocked, in list order)',
    removed.status === 200 && named === want,
    `answered ${removed.status}`,
  );
  const left = cardsOf((await wallet.list(customerId)).json);
  c.expect('a fresh list shows that card as the default', defaultOf(left)?.join() === (want ?? ''));
}
