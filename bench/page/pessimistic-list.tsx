import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useQueryClient } from '@tanstack/react-query';
import { memo, useState } from 'react';
import {
  BrandMark,
  cardLabel,
  formatExpiry,
  type SavedCard,
  useSavedCards,
  useWalletContext,
  type WalletMessages,
  walletKeys,
} from '../../src/index';

interface BaselineRowProps {
  card: SavedCard;
  messages: WalletMessages;
  busy: boolean;
  onRemove: (card: SavedCard) => void;
}

// The kit's row markup, memoised like CardRow, so only the removal strategy differs.
const BaselineRow = memo(function BaselineRow({
  card,
  messages,
  busy,
  onRemove,
}: BaselineRowProps) {
  const label = cardLabel(card, messages);
  const expiry = formatExpiry(card);
  return (
    <li data-slot="card" data-brand={card.brand} className="wallet-card" aria-busy={busy}>
      <BrandMark brand={card.brand} />
      <div data-slot="card-details" className="wallet-card-details">
        {card.nickname ? (
          <span data-slot="card-nickname" className="wallet-card-nickname">
            <bdi>{card.nickname}</bdi>
          </span>
        ) : null}
        <span data-slot="card-label" className="wallet-card-label">
          {label}
        </span>
        <span data-slot="card-meta" className="wallet-card-meta">
          <span data-slot="card-expiry">
            {card.expired ? messages.expired(expiry) : messages.expires(expiry)}
          </span>
        </span>
      </div>
      <button
        type="button"
        data-slot="remove-button"
        className="wallet-button"
        data-variant="danger-ghost"
        aria-label={messages.removeButton(label)}
        onClick={() => onRemove(card)}
      >
        {messages.remove}
      </button>
    </li>
  );
});

/** Baseline: the same list and dialog, but a card leaves only after the backend answers. */
export function PessimisticList() {
  const { client, messages } = useWalletContext();
  const queryClient = useQueryClient();
  const { cards } = useSavedCards();
  const [target, setTarget] = useState<SavedCard | null>(null);
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());

  const confirm = async (card: SavedCard) => {
    setTarget(null);
    setBusy((ids) => new Set(ids).add(card.id));
    await client.deleteCard(card.id);
    queryClient.setQueryData<SavedCard[]>(walletKeys.cards(), (list) =>
      list?.filter((c) => c.id !== card.id),
    );
    void queryClient.invalidateQueries({ queryKey: walletKeys.cards() });
  };

  return (
    <section data-slot="saved-card-list" className="wallet-root">
      <h2 data-slot="heading" className="wallet-heading">
        {messages.listHeading}
      </h2>
      <ul data-slot="list" className="wallet-list" aria-label={messages.listHeading}>
        {cards?.map((card) => (
          <BaselineRow
            key={card.id}
            card={card}
            messages={messages}
            busy={busy.has(card.id)}
            onRemove={setTarget}
          />
        ))}
      </ul>
      <AlertDialog.Root
        open={target !== null}
        onOpenChange={(open) => {
          if (!open) setTarget(null);
        }}
      >
        <AlertDialog.Portal>
          <AlertDialog.Overlay data-slot="dialog-overlay" className="wallet-dialog-overlay" />
          <AlertDialog.Content
            data-slot="dialog"
            className="wallet-dialog"
            onCloseAutoFocus={(event) => event.preventDefault()}
          >
            <AlertDialog.Title data-slot="dialog-title" className="wallet-dialog-title">
              {target ? messages.confirmTitle(cardLabel(target, messages)) : ''}
            </AlertDialog.Title>
            <AlertDialog.Description data-slot="dialog-description" className="wallet-dialog-text">
              {messages.confirmDescription}
            </AlertDialog.Description>
            <div data-slot="dialog-actions" className="wallet-dialog-actions">
              <AlertDialog.Cancel className="wallet-button" data-variant="secondary">
                {messages.cancel}
              </AlertDialog.Cancel>
              <AlertDialog.Action
                className="wallet-button"
                data-variant="danger"
                onClick={(event) => {
                  event.preventDefault();
                  if (target) void confirm(target);
                }}
              >
                {messages.confirm}
              </AlertDialog.Action>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
    </section>
  );
}
