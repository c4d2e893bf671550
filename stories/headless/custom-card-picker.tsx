import { useEffect, useId, useRef, useState } from 'react';
import {
  cardLabel,
  formatExpiry,
  type SavedCard,
  useRemovalCooldown,
  useRemoveCard,
  useSavedCards,
  useWalletContext,
} from '../../src/index';

/**
 * A checkout "Pay with" picker built from the hooks alone (no `<SavedCardList>`): radios to
 * choose a card, and per card a remove button with an inline confirm. Removal is the kit's
 * optimistic one; successes are announced by the provider's live region, failures toasted.
 */
export function CustomCardPicker() {
  const { messages, locale } = useWalletContext();
  const { cards, status, error, refetch, isFetching } = useSavedCards();
  const { removeCard } = useRemoveCard();
  const cooldown = useRemovalCooldown();
  const legendId = useId();
  const [selected, setSelected] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const legendRef = useRef<HTMLHeadingElement>(null);
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  // Where focus goes once the list re-renders (DESIGN §5.7): a card id, 'heading', or nothing.
  const focusTarget = useRef<string | null>(null);

  useEffect(() => {
    const target = focusTarget.current;
    if (target === null) return;
    focusTarget.current = null;
    (removeButtons.current.get(target) ?? legendRef.current)?.focus();
  });

  const chosen = cards?.find((card) => card.id === selected) ?? cards?.find((c) => c.isDefault);

  const confirm = (card: SavedCard) => {
    const list = cards ?? [];
    const index = list.findIndex((c) => c.id === card.id);
    // Next card's remove button, else the previous one's, else the heading.
    focusTarget.current = (list[index + 1] ?? list[index - 1])?.id ?? 'heading';
    setConfirming(null);
    removeCard(card);
  };

  const cancel = (card: SavedCard) => {
    focusTarget.current = card.id;
    setConfirming(null);
  };

  return (
    <section data-slot="card-picker" className="wallet-root">
      <h2 id={legendId} ref={legendRef} tabIndex={-1} className="wallet-heading">
        Pay with
      </h2>
      {cooldown > 0 ? (
        <p>{messages.rateLimited(cooldown, cooldown.toLocaleString(locale))}</p>
      ) : null}
      {status === 'pending' ? (
        <p aria-busy="true">{messages.loading}</p>
      ) : error && !cards ? (
        <div role="alert">
          <p>
            {error.code === 'unauthenticated'
              ? messages.errors.unauthenticated
              : messages.loadFailed}
          </p>
          <button type="button" className="wallet-button" disabled={isFetching} onClick={refetch}>
            {messages.retry}
          </button>
        </div>
      ) : cards && cards.length > 0 ? (
        <div role="radiogroup" aria-labelledby={legendId}>
          {cards.map((card) => {
            const label = cardLabel(card, messages);
            const expiry = formatExpiry(card, locale);
            return (
              <div key={card.id} data-slot="picker-card" className="wallet-card">
                <div className="wallet-card-details">
                  {/* The radio on its label's line (the details are a one-column grid). */}
                  <div style={{ display: 'flex', alignItems: 'center', gap: '0.5rem' }}>
                    <input
                      type="radio"
                      id={`${legendId}-${card.id}`}
                      name={`${legendId}-card`}
                      value={card.id}
                      checked={chosen?.id === card.id}
                      onChange={() => setSelected(card.id)}
                      aria-describedby={`${legendId}-${card.id}-expiry`}
                      style={{ margin: 0, flex: 'none' }}
                    />
                    <label htmlFor={`${legendId}-${card.id}`} className="wallet-card-label">
                      {label}
                    </label>
                  </div>
                  <span id={`${legendId}-${card.id}-expiry`} className="wallet-card-meta">
                    {card.expired ? messages.expired(expiry) : messages.expires(expiry)}
                  </span>
                </div>
                {confirming === card.id ? (
                  <InlineConfirm
                    title={messages.confirmTitle(label)}
                    cancelLabel={messages.cancel}
                    confirmLabel={messages.confirm}
                    onCancel={() => cancel(card)}
                    onConfirm={() => confirm(card)}
                  />
                ) : (
                  <button
                    type="button"
                    className="wallet-button"
                    data-variant="danger-ghost"
                    ref={(el) => {
                      if (el) removeButtons.current.set(card.id, el);
                      else removeButtons.current.delete(card.id);
                    }}
                    aria-label={messages.removeButton(label)}
                    // aria-disabled, not disabled: the button keeps focus during a 429 cooldown.
                    aria-disabled={cooldown > 0 || undefined}
                    onClick={() => cooldown === 0 && setConfirming(card.id)}
                  >
                    {messages.remove}
                  </button>
                )}
              </div>
            );
          })}
        </div>
      ) : (
        <p>{messages.empty}</p>
      )}
    </section>
  );
}

interface InlineConfirmProps {
  title: string;
  cancelLabel: string;
  confirmLabel: string;
  onCancel: () => void;
  onConfirm: () => void;
}

/** "Remove Visa ending in 4242? Cancel / Remove card" in place of the remove button. */
function InlineConfirm({
  title,
  cancelLabel,
  confirmLabel,
  onCancel,
  onConfirm,
}: InlineConfirmProps) {
  const titleId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Cancel takes focus, as in the kit's dialog: the safe default for a destructive action.
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <fieldset
      aria-labelledby={titleId}
      data-slot="inline-confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <span id={titleId}>{title}</span>{' '}
      <button type="button" ref={cancelRef} className="wallet-button" onClick={onCancel}>
        {cancelLabel}
      </button>{' '}
      {/* A second click finds the row gone, and useRemoveCard ignores a repeat anyway (§5.4). */}
      <button type="button" className="wallet-button" data-variant="danger" onClick={onConfirm}>
        {confirmLabel}
      </button>
    </fieldset>
  );
}
