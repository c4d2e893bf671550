import { useEffect, useId, useRef, useState } from 'react';
import {
  cardLabel,
  formatExpiry,
  useCardRemoval,
  useSavedCards,
  useWalletContext,
} from '../../src/index';

/**
 * A checkout "Pay with" picker built from the hooks alone (no `<SavedCardList>`): radios to
 * choose a card, and per card a remove button with an inline confirm. `useCardRemoval()` gives
 * the remove behaviour as props (the confirm target, the focus rules, the 429 cooldown);
 * successes are announced by the provider's live region, failures toasted.
 */
export function CustomCardPicker() {
  const { messages, locale } = useWalletContext();
  const { cards, status, error, refetch, isFetching } = useSavedCards();
  const { getRemoveButtonProps, dialogProps, headingProps, cooldown } = useCardRemoval();
  const [selected, setSelected] = useState<string | null>(null);
  const groupId = headingProps.id;
  const chosen = cards?.find((card) => card.id === selected) ?? cards?.find((c) => c.isDefault);

  return (
    <section data-slot="card-picker" className="wallet-root">
      <h2 {...headingProps} className="wallet-heading">
        Pay with
      </h2>
      {cooldown ? <p data-slot="cooldown">{cooldown.message}</p> : null}
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
        <div role="radiogroup" aria-labelledby={groupId}>
          {cards.map((card) => {
            const label = cardLabel(card, messages);
            const expiry = formatExpiry(card, locale);
            return (
              <div key={card.id} data-slot="picker-card" className="wallet-card">
                <div className="wallet-card-details">
                  <input
                    type="radio"
                    id={`${groupId}-${card.id}`}
                    name={`${groupId}-card`}
                    value={card.id}
                    checked={chosen?.id === card.id}
                    onChange={() => setSelected(card.id)}
                    aria-describedby={`${groupId}-${card.id}-expiry`}
                  />{' '}
                  <label htmlFor={`${groupId}-${card.id}`} className="wallet-card-label">
                    {label}
                  </label>{' '}
                  <span id={`${groupId}-${card.id}-expiry`} className="wallet-card-meta">
                    {card.expired ? messages.expired(expiry) : messages.expires(expiry)}
                  </span>
                </div>
                {dialogProps.target?.kind === 'card' && dialogProps.target.card.id === card.id ? (
                  <InlineConfirm
                    title={messages.confirmTitle(dialogProps.label)}
                    cancelLabel={messages.cancel}
                    confirmLabel={messages.confirm}
                    onCancel={dialogProps.onCancel}
                    onConfirm={dialogProps.onConfirm}
                  />
                ) : (
                  // Name, click, focus ref and aria-disabled (during a 429) come from the hook.
                  <button
                    {...getRemoveButtonProps(card)}
                    className="wallet-button"
                    data-variant="danger-ghost"
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
      {/* A second click finds the row gone, and the removal ignores a repeat anyway (§5.4). */}
      <button type="button" className="wallet-button" data-variant="danger" onClick={onConfirm}>
        {confirmLabel}
      </button>
    </fieldset>
  );
}
