import type { ProviderError } from '../errors';
import type { CardProvider, DeleteResult, ProviderCallContext } from './card-provider';
import { remainingMs, untilAbortedAs } from './deadline';
import { reportHidden } from './listed-card';
import { providerFailure } from './provider-failure';
import { providerIdOf } from './public-card-id';
import { isDetached, parseStripeCustomer, parseStripePage, toStripeCard } from './stripe-cards';
import type { StripeCallOptions, StripeClient, StripeListParams } from './stripe-client';
import { isRetryableStripeFailure, isStripeNotFound, stripeFailure } from './stripe-failure';
import { sendGate } from './stripe-send-gate';
import { readStreamedAnswer, streamsAnswers } from './stripe-stream';

/** Options for {@link stripeProvider} (docs/server.md, docs/providers/stripe.md). */
export interface StripeProviderOptions {
  /**
   * The merchant's instance of the official `stripe` SDK (`new Stripe(secretKey)`); its key,
   * API version, account and proxy settings apply. Per call the adapter sets only the timeout,
   * retries, the detach's idempotency key, a gate around the instance's own authenticator and,
   * on stripe >= 18.1.1, a streamed answer (docs/providers/stripe.md).
   */
  stripe: StripeClient;
}

const PROVIDER = 'stripe';
// Stripe's largest page (Stripe API "Pagination"); a wallet never comes near the page cap.
const PAGE_SIZE = 100;
const MAX_PAGES = 20;
const MAX_IDEMPOTENCY_KEY = 255;

/**
 * Stripe saved cards: the card-type PaymentMethods attached to a `cus_…` customer. The card id
 * is the PaymentMethod id; the delete is a detach, which names no customer, so only a card the
 * handler found in this customer's own list is ever detached.
 */
export function stripeProvider(options: StripeProviderOptions): CardProvider {
  const stripe = options.stripe;
  if (
    typeof stripe?.customers?.listPaymentMethods !== 'function' ||
    typeof stripe.customers.retrieve !== 'function' ||
    typeof stripe.paymentMethods?.detach !== 'function'
  ) {
    throw new TypeError('stripeProvider: stripe must be an instance of the official stripe SDK');
  }

  // The SDK takes no AbortSignal: each call gets what is left of the handler's budget as its
  // timeout, and a gate on its authenticator that keeps any further attempt from leaving once
  // the budget is spent. With the gate the adapter stops waiting at the abort; without it the
  // SDK may still retry, so the call lasts until the SDK settles (the customer lock covers it).
  // Where the SDK can hand the answer over as a stream, the adapter reads it: capped, and cut
  // at the abort (stripe-stream.ts).
  const streamed = streamsAnswers(stripe);
  async function call(
    ctx: ProviderCallContext,
    operation: string,
    send: (options: StripeCallOptions) => PromiseLike<unknown>,
    tries: 1 | 2,
  ): Promise<unknown> {
    for (let attempt = 1; ; attempt += 1) {
      let failure: ProviderError;
      try {
        const timeout = remainingMs(PROVIDER, operation, ctx);
        // Retries are the adapter's: the SDK's own would go on after the handler answered.
        const options: StripeCallOptions = { maxNetworkRetries: 0 };
        if (timeout !== undefined) options.timeout = timeout;
        const gate = sendGate(stripe, ctx.signal);
        if (gate !== null) options.authenticator = gate;
        if (streamed) options.streaming = true;
        const sent = Promise.resolve(send(options)).then((answer) =>
          streamed ? readStreamedAnswer(answer, operation, ctx.signal) : answer,
        );
        return await (gate === null ? sent : untilAbortedAs(PROVIDER, operation, ctx.signal, sent));
      } catch (error) {
        failure = stripeFailure(error, operation, ctx.signal);
      }
      if (attempt >= tries || !isRetryableStripeFailure(failure) || ctx.signal.aborted) {
        throw failure;
      }
    }
  }

  async function listMethods(customerId: string, ctx: ProviderCallContext): Promise<unknown[]> {
    const methods: unknown[] = [];
    let startingAfter: string | undefined;
    // Page by page rather than the SDK's auto-pagination, so every page gets a fresh timeout.
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const params: StripeListParams = { type: 'card', limit: PAGE_SIZE };
      if (startingAfter !== undefined) params.starting_after = startingAfter;
      const raw = await call(
        ctx,
        'list',
        (o) => stripe.customers.listPaymentMethods(customerId, params, o),
        2,
      );
      const { methods: data, hasMore } = parseStripePage(raw);
      methods.push(...data);
      const last = data.at(-1);
      if (!hasMore) return methods;
      // `has_more` with nothing to continue from would page forever.
      if (
        typeof last !== 'object' ||
        last === null ||
        typeof (last as { id?: unknown }).id !== 'string'
      ) {
        throw providerFailure(PROVIDER, 'bad_response', 'list');
      }
      startingAfter = (last as { id: string }).id;
    }
    throw providerFailure(PROVIDER, 'bad_response', 'list');
  }

  return {
    async listCards(customerId, ctx) {
      const [customer, methods] = await Promise.allSettled([
        call(ctx, 'list', (o) => stripe.customers.retrieve(customerId, {}, o), 2),
        listMethods(customerId, ctx),
      ]);
      if (customer.status === 'rejected') throw customer.reason;
      const defaultId = parseStripeCustomer(customer.value, customerId);
      // A deleted customer has no cards (Stripe API "Retrieve a customer").
      if (defaultId === 'deleted') return [];
      if (methods.status === 'rejected') throw methods.reason;
      const now = new Date();
      const listed = await Promise.all(
        methods.value.map((raw) => toStripeCard(raw, customerId, defaultId, now)),
      );
      const cards = listed.filter((card) => card !== null);
      reportHidden(ctx.hidden, listed.length - cards.length);
      return cards;
    },

    async deleteCard(_customerId, card, ctx): Promise<DeleteResult> {
      // Our own key, so the one retry the SDK makes even at 0 (a connection closed mid-call),
      // when it goes out within the budget, replays the first answer instead of detaching twice.
      const methodId = providerIdOf(card);
      const key = `saved-card-kit:detach:${ctx.requestId}:${methodId}`;
      const idempotencyKey =
        key.length <= MAX_IDEMPOTENCY_KEY ? key : `saved-card-kit:detach:${crypto.randomUUID()}`;
      let detached: unknown;
      try {
        // Never retried by the adapter: a second detach after an unclear first one proves nothing.
        detached = await call(
          ctx,
          'delete',
          (o) => stripe.paymentMethods.detach(methodId, {}, { ...o, idempotencyKey }),
          1,
        );
      } catch (failure) {
        // `call` keeps the SDK's error as the cause; only Stripe's own not-found shapes count.
        if (isStripeNotFound((failure as ProviderError).cause)) return 'not_found';
        throw failure;
      }
      if (!isDetached(detached, methodId))
        throw providerFailure(PROVIDER, 'bad_response', 'delete', 200);
      return 'deleted';
    },

    async setDefaultCard(customerId, card, ctx) {
      const update = stripe.customers.update;
      if (typeof update !== 'function') {
        throw new TypeError('stripeProvider: setDefaultCard needs stripe.customers.update');
      }
      const methodId = providerIdOf(card);
      const params = { invoice_settings: { default_payment_method: methodId } };
      // Setting the same default twice does no harm: a lost answer may be asked again.
      const updated = await call(
        ctx,
        'set default',
        (o) => update.call(stripe.customers, customerId, params, o),
        2,
      );
      // The answer is the customer: it must be this one, now naming this card its default.
      if (parseStripeCustomer(updated, customerId, 'set default') !== methodId) {
        throw providerFailure(PROVIDER, 'bad_response', 'set default', 200);
      }
    },
  };
}
