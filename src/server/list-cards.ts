import { startBudget } from './budget';
import type { HandlerConfig } from './config';
import { mergeStoredDefault } from './default-store';
import { crossSiteBucket } from './guards/cross-site-key';
import { crossSiteCheck, seenBy } from './guards/csrf';
import type { ScreenedField } from './guards/public-card';
import { toPublicCard } from './guards/public-card';
import { enforceRateLimit } from './guards/rate-limit';
import { requireCustomer } from './guards/session';
import type { Answer } from './http/respond';
import { jsonAnswer } from './http/respond';
import { type FingerprintedCard, markDuplicates } from './mark-duplicates';
import type { ProviderCard } from './providers/card-provider';
import { finishList } from './public-list';
import { withBudgetSignal } from './until-aborted';

/**
 * `GET {base}/cards`: the session customer's cards, projected to docs/http-contract.md §1. Each
 * customer's lists are rate-limited, and (with `listCacheMs`) served from this process's cache,
 * so a busy page cannot spend the merchant's provider quota. Locks are judged on every list.
 */
export async function listCardsRoute(
  req: Request,
  config: HandlerConfig,
  requestId: string,
): Promise<Answer> {
  const found = requireCustomer(req, config);
  const customerId = typeof found === 'string' ? found : await found;
  // With no list limit there is no bucket to name: the key is not worked out at all.
  if (config.listRateLimit !== null) {
    await enforceRateLimit(config.listRateLimit, await listKey(req, config, customerId), config);
  }
  const fetch = () => visibleCards(config, customerId, requestId);
  const listed = await (config.listCache?.get(customerId, fetch) ?? fetch());
  // Merged after the cache: a default chosen meanwhile shows at once. Repeats are marked once
  // the default is known, since the default is the card kept.
  const shown = listed.map((entry) => entry.card);
  const merged = mergeStoredDefault(config, shown, customerId, requestId);
  const withDefault = merged instanceof Promise ? await merged : merged;
  // Nothing stored (the list comes back as it went in): the listed entries are the cards.
  const cards = markDuplicates(
    withDefault === shown
      ? listed
      : withDefault.map((card, i) => ({ card, fingerprint: listed[i]?.fingerprint })),
  );
  const finished = finishList(config, cards, customerId, requestId);
  return jsonAnswer(200, { cards: finished instanceof Promise ? await finished : finished });
}

/**
 * The shopper's own bucket, unless another site's page sent the list (an `<img>` or a prefetch
 * carries the shopper's cookie): that counts on its cross-site key, as a refused DELETE does,
 * so a luring page cannot leave the shopper's wallet at 429. It is still answered: the page
 * cannot read it.
 */
async function listKey(req: Request, config: HandlerConfig, customerId: string): Promise<string> {
  const check = crossSiteCheck(seenBy(req, config), config);
  if (check === null || config.listRateLimit === null) return `card.list:${customerId}`;
  return `card.list.cross-site:${await crossSiteBucket(req, { customerId, check }, config)}`;
}

async function visibleCards(
  config: HandlerConfig,
  customerId: string,
  requestId: string,
): Promise<FingerprintedCard[]> {
  const budget = startBudget(config.providerTimeoutMs, config.budgetClock);
  let cards: ProviderCard[];
  let hidden = 0;
  try {
    cards = await budget.run(
      config.provider.listCards(
        customerId,
        // Read only if the adapter asks: the budget builds its signal on demand.
        withBudgetSignal(
          {
            deadline: budget.deadline,
            requestId,
            hidden: (count: number) => {
              hidden += count;
            },
          },
          budget,
        ),
      ),
    );
  } finally {
    budget.end();
  }
  const out: FingerprintedCard[] = [];
  let dropped = 0;
  // Made only when a card has a field screened out (most lists have none).
  let screened: Set<ScreenedField> | undefined;
  let screenedCards = 0;
  let idScreened = false;
  // One listener for the whole list, not one per card.
  const onScreened = (fields: ScreenedField[]) => {
    screenedCards += 1;
    screened ??= new Set();
    for (const field of fields) screened.add(field);
    idScreened = fields.includes('id');
  };
  for (const card of cards) {
    idScreened = false;
    const visible = toPublicCard(card, onScreened);
    if (visible !== null) out.push({ card: visible, fingerprint: card.fingerprint });
    else if (!idScreened) dropped += 1;
  }
  // Text that may hold a card number is left out, never silently: one line per list names
  // the kinds of field and how many cards, never the text (docs/security.md).
  if (screened !== undefined) {
    config.logger.error('saved-card-kit: card text that may hold a card number left out', {
      requestId,
      operation: 'list',
      fields: [...screened].sort(),
      cards: screenedCards,
    });
  }
  // One bad card must not blank the whole wallet, nor vanish unseen: one line per list says
  // how many the adapter hid and how many broke the contract, never which or what they held.
  if (dropped > 0 || hidden > 0) {
    config.logger.error('saved-card-kit: cards left out of the list', {
      requestId,
      operation: 'list',
      hidden,
      dropped,
    });
  }
  return out;
}
