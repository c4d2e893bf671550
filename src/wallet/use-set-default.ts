'use client';
import { useInsertionEffect, useMemo, useRef } from 'react';
import { cardLabel } from '../core/card-label';
import { describeError } from '../core/describe-error';
import { sentences } from '../core/sentences';
import type { SavedCard } from '../core/types';
import { RETRYABLE_CODES } from '../core/wallet-error';
import { failure } from '../query/failure-notification';
import { useWalletController } from '../query/use-wallet-controller';
import { useWalletContext, type WalletContextValue } from '../query/wallet-context';
import type { CommandReport, WalletController } from '../query/wallet-controller';
import { settingDefault } from './default-command';
import { withActions } from './with-actions';

/** Making a card the default (docs/removal-rules.md "The default card"). */
export interface SetDefaultApi {
  /** False when the provider's client has no `setDefaultCard`: offer nothing. */
  available: boolean;
  /**
   * Shows the card as the default at once and asks the backend; true when the request left.
   * Nothing is sent for the default card, an expired or locked one, while another default change
   * is in flight, or during a rate-limit cooldown.
   */
  setDefaultCard: (card: SavedCard) => boolean;
}

export function useSetDefaultCard(): SetDefaultApi {
  const wallet = useWalletContext();
  const controller = useWalletController();
  const latest = useRef(wallet);
  // After each commit, not during render: a report acts on today's provider.
  useInsertionEffect(() => {
    latest.current = wallet;
  });
  const api = useMemo(() => setDefaultApi(controller, () => latest.current), [controller]);
  const available = typeof wallet.client.setDefaultCard === 'function';
  return useMemo(() => ({ ...api, available }), [api, available]);
}

/** What the controller reports becomes an announcement, a toast and events. */
function setDefaultApi(
  controller: WalletController,
  latest: () => WalletContextValue,
): Omit<SetDefaultApi, 'available'> {
  const report: CommandReport = {
    sent(card) {
      // A failure toast of this card no longer holds once it is tried again.
      latest().closeNotification(failureId(card));
    },
    succeeded(card) {
      const w = latest();
      // The badge moved at the click; this says the server agreed.
      w.announcer.announce(withActions(w.messages).defaultSet(cardLabel(card, w.messages)));
      w.emit({ type: 'card_default_set', cardId: card.id });
    },
    failed(card, error) {
      const w = latest();
      // provider_error's own sentence speaks of removing; the title says what failed here.
      const reason =
        error.code === 'provider_error' ? undefined : describeError(error, w.messages, w.locale);
      w.notify(
        failure(
          w.messages,
          failureId(card),
          withActions(w.messages).defaultFailed,
          sentences([cardLabel(card, w.messages), reason], w.messages),
          RETRYABLE_CODES.has(error.code)
            ? { label: w.messages.retry, onAction: () => void run(card) }
            : undefined,
          error.code,
        ),
      );
      w.emit({ type: 'card_default_failed', cardId: card.id, code: error.code });
    },
  };
  const run = (card: SavedCard) =>
    controller.run({ kind: settingDefault, card, client: latest().client, report });
  return { setDefaultCard: run };
}

const failureId = (card: SavedCard) => `default-card:${card.id}`;
