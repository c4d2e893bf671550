import {
  type CardProvider,
  type ProviderCallContext,
  type ProviderCard,
  ProviderError,
} from '../../src/server/index';

/** A provider wrapper whose next delete can be made to fail, and un-made, from the demo UI. */
export interface FailureSwitch {
  provider: CardProvider;
  armed(): boolean;
  setArmed(on: boolean): void;
}

/**
 * Wraps any provider (the sandbox or a real one). A refused request (CSRF, rate limit,
 * someone else's card) never reaches the provider, so the switch fires only when a delete
 * really does, and until then it can be switched off again.
 */
export function failureSwitch(inner: CardProvider): FailureSwitch {
  let armed = false;
  const { setDefaultCard } = inner;
  return {
    provider: {
      listCards: (customerId, ctx) => inner.listCards(customerId, ctx),
      // Passed on where the provider keeps a default (the sandbox, Stripe, Hyperswitch): left
      // out, the handler would keep the choice in a store of its own that "Reset cards" and
      // the provider never see.
      ...(setDefaultCard
        ? {
            setDefaultCard: (customerId: string, card: ProviderCard, ctx: ProviderCallContext) =>
              setDefaultCard.call(inner, customerId, card, ctx),
          }
        : {}),
      deleteCard: async (customerId, card, ctx) => {
        if (armed) {
          armed = false;
          throw new ProviderError('unavailable', 'demo: removal failed on request', {
            provider: 'demo',
            status: 503,
          });
        }
        return inner.deleteCard(customerId, card, ctx);
      },
    },
    armed: () => armed,
    setArmed: (on) => {
      armed = on;
    },
  };
}
