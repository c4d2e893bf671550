import type { SavedCard } from '../../src/core/types';
import type { AuditEvent, CardProvider, WalletHandler } from '../../src/server/index';
import { createWalletHandler, ProviderError } from '../../src/server/index';
import type { Fault, Rules } from './fuzz-oracle';
import { ALLOWED_ORIGIN, sessionFrom } from './fuzz-requests';

/** Full card numbers hidden in the seeds; no run of 5+ of their digits may ever leave. */
export const PANS = ['4539148803436467', '5105105105105100', '378282246310005'] as const;
/** Values standing in for provider secrets and provider wording. */
export const FUZZ_SECRET = 'jp_live_FUZZ_SECRET_7d1c';
export const FUZZ_TOKEN = 'tok_FUZZ_SECRET_TOKEN';
export const PROVIDER_MESSAGE = 'Juspay says: merchant key rejected (FUZZ_PROVIDER_TEXT)';

/** The fixed clock: audit times and rate-limit windows never move during a run. */
export const NOW = Date.parse('2026-01-15T10:00:00Z');

export const RULES: Rules = {
  rateLimitMax: 3,
  inUse: new Set(['card_b2']),
  keepAtLeast: 1,
  allowedOrigins: [ALLOWED_ORIGIN],
};

// Extra fields a careless adapter might keep: the handler must copy §2 fields only.
function withSecrets(card: SavedCard, pan: string): SavedCard {
  return Object.assign({ ...card }, { number: pan, token: FUZZ_TOKEN, apiKey: FUZZ_SECRET });
}

/** Two customers with two cards each; names and nicknames hold digits, some a whole PAN. */
export function memorySeed(): Record<string, SavedCard[]> {
  const base = { expiryMonth: 7, expiryYear: 2031, expired: false } as const;
  return {
    alice: [
      withSecrets(
        {
          ...base,
          id: 'card_a1',
          brand: 'visa',
          last4: '6467',
          holderName: `Asha ${PANS[0]}`,
          nickname: 'Flat 12',
        },
        PANS[0],
      ),
      withSecrets(
        {
          ...base,
          id: 'card_a2',
          brand: 'mastercard',
          last4: '5100',
          nickname: '5105 1051 0510 5100',
          isDefault: true,
        },
        PANS[1],
      ),
    ],
    bob: [
      withSecrets(
        { ...base, id: 'card_b1', brand: 'visa', last4: '6467', holderName: 'Bob 2nd' },
        PANS[0],
      ),
      withSecrets(
        {
          ...base,
          id: 'card_b2',
          brand: 'amex',
          last4: '0005',
          issuer: `AMEX-${PANS[2]}`,
          expiryYear: 2024,
        },
        PANS[2],
      ),
    ],
  };
}

// The status a provider would have answered with; a timeout never got an answer.
const FAULT_STATUS: Readonly<Record<Exclude<Fault['kind'], 'crash'>, number | undefined>> = {
  unavailable: 503,
  timeout: undefined,
  bad_response: 200,
  unauthorized: 401,
  not_found: 404,
};

/** Wraps a provider so one request at a time can be made to fail like a provider would. */
export function faulty(inner: CardProvider): {
  provider: CardProvider;
  arm(fault: Fault | null): void;
} {
  let armed: Fault | null = null;
  const take = (on: Fault['on']): Fault | null => {
    if (armed?.on !== on) return null;
    const fault = armed;
    armed = null;
    return fault;
  };
  const raise = (fault: Fault): never => {
    // Provider text and secrets ride on `cause`/`message`, as a sloppy adapter might. No PAN
    // in the crash message: the logger would redact the whole value, hiding a leak of the rest.
    if (fault.kind === 'crash') throw new Error(`${PROVIDER_MESSAGE} ${FUZZ_SECRET}`);
    throw new ProviderError(fault.kind, 'injected', {
      provider: 'fuzz',
      status: FAULT_STATUS[fault.kind],
      cause: `${PROVIDER_MESSAGE} ${FUZZ_SECRET} ${PANS[0]}`,
    });
  };
  return {
    provider: {
      async listCards(customerId, ctx) {
        const fault = take('list');
        if (fault !== null) raise(fault);
        return inner.listCards(customerId, ctx);
      },
      async deleteCard(customerId, card, ctx) {
        const fault = take('delete');
        if (fault?.kind === 'not_found') {
          // Deleted elsewhere between the ownership check and this call.
          await inner.deleteCard(customerId, card, ctx);
        }
        if (fault !== null) raise(fault);
        return inner.deleteCard(customerId, card, ctx);
      },
    },
    arm(fault) {
      armed = fault;
    },
  };
}

/** A handler as the fuzzer drives it: session from a cookie, audit and logs kept. */
export interface FuzzWallet {
  handler: WalletHandler;
  audit: AuditEvent[];
  logs: Array<{ message: string; meta: Record<string, unknown> }>;
}

export function fuzzWallet(provider: CardProvider): FuzzWallet {
  const audit: AuditEvent[] = [];
  const logs: FuzzWallet['logs'] = [];
  const handler = createWalletHandler({
    provider,
    getCustomerId: (req) => sessionFrom(req.headers.get('Cookie')),
    allowedOrigins: [...RULES.allowedOrigins],
    rateLimit: { max: RULES.rateLimitMax, windowMs: 60_000 },
    lockReason: (card) => (RULES.inUse.has(card.id) ? 'subscription' : null),
    keepAtLeast: RULES.keepAtLeast,
    audit: (event) => {
      audit.push(event);
    },
    logger: { error: (message, meta) => logs.push({ message, meta }) },
    now: () => NOW,
  });
  return { handler, audit, logs };
}
