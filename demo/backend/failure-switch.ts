import type { CardProvider, MemoryProvider } from '../../src/server/index';

/** A provider wrapper whose next delete can be made to fail, and un-made, from the demo UI. */
export interface FailureSwitch {
  provider: CardProvider;
  armed(): boolean;
  setArmed(on: boolean): void;
}

/**
 * memoryProvider.failNextDelete() cannot be taken back, and a refused request (CSRF, rate
 * limit, someone else's card) never reaches the provider; so the switch is only passed on
 * to the sandbox at the moment a delete really reaches it.
 */
export function failureSwitch(memory: MemoryProvider): FailureSwitch {
  let armed = false;
  return {
    provider: {
      listCards: (customerId) => memory.listCards(customerId),
      deleteCard: (customerId, id) => {
        if (armed) {
          armed = false;
          memory.failNextDelete();
        }
        return memory.deleteCard(customerId, id);
      },
    },
    armed: () => armed,
    setArmed: (on) => {
      armed = on;
    },
  };
}
