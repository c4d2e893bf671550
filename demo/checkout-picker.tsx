import { type FormEvent, useId, useState } from 'react';
import { brandMarks } from '../src/brand-marks/index';
import {
  cardLabel,
  describeError,
  formatExpiry,
  type SavedCard,
  useSavedCards,
  useWalletContext,
  type WalletMessages,
} from '../src/index';

const ORDER_TOTAL = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR' }).format(
  1499,
);

// The shopper's pick if it is still there and usable, else the default, else the first usable.
function effectiveChoice(cards: SavedCard[], picked: string | null): SavedCard | undefined {
  const usable = cards.filter((card) => !card.expired);
  return (
    usable.find((card) => card.id === picked) ?? usable.find((card) => card.isDefault) ?? usable[0]
  );
}

/** A checkout's "Pay with" radio group, built headless from useSavedCards(). */
export function CheckoutPicker() {
  const { cards, status, error, refetch } = useSavedCards();
  // The kit's own wording, so the picker and the list name cards and errors alike.
  const { messages } = useWalletContext();
  const [picked, setPicked] = useState<string | null>(null);
  const [receipt, setReceipt] = useState('');
  const hintId = useId();
  const choice = cards ? effectiveChoice(cards, picked) : undefined;

  const pay = (event: FormEvent) => {
    event.preventDefault();
    if (choice) {
      setReceipt(
        `Demo only, nothing was charged: ${ORDER_TOTAL} with ${cardLabel(choice, messages)}.`,
      );
    }
  };

  return (
    <section className="demo-panel" aria-labelledby="checkout-title">
      <h2 id="checkout-title" lang="en">
        Checkout
      </h2>
      <p className="demo-hint" id={hintId} lang="en">
        Built with the headless hook; expired cards cannot be chosen.
      </p>
      {status === 'pending' ? <p lang="en">Loading your cards…</p> : null}
      {status === 'error' && error ? (
        <p>
          {describeError(error, messages)}{' '}
          {/* Asking again cannot fix a missing session; signing in can. */}
          {error.code === 'unauthenticated' ? null : (
            <button type="button" className="demo-button" onClick={refetch}>
              {messages.retry}
            </button>
          )}
        </p>
      ) : null}
      {cards && cards.length === 0 ? (
        <p lang="en">No saved cards. You can add one at payment.</p>
      ) : null}
      {cards && cards.length > 0 ? (
        <form onSubmit={pay}>
          <fieldset className="demo-picker" aria-describedby={hintId}>
            <legend lang="en">Pay with</legend>
            {cards.map((card) => (
              <PickerOption
                key={card.id}
                card={card}
                messages={messages}
                checked={choice?.id === card.id}
                onPick={() => setPicked(card.id)}
              />
            ))}
          </fieldset>
          <button
            type="submit"
            className="demo-button demo-button-primary"
            disabled={!choice}
            lang="en"
          >
            Pay {ORDER_TOTAL}
          </button>
        </form>
      ) : null}
      <p role="status" className="demo-hint">
        {receipt}
      </p>
    </section>
  );
}

interface PickerOptionProps {
  card: SavedCard;
  messages: WalletMessages;
  checked: boolean;
  onPick: () => void;
}

function PickerOption({ card, messages, checked, onPick }: PickerOptionProps) {
  const expiry = formatExpiry(card);
  const Mark = brandMarks[card.brand];
  return (
    <label className="demo-option" data-disabled={card.expired || undefined}>
      <input
        type="radio"
        name="pay-with"
        value={card.id}
        checked={checked}
        disabled={card.expired}
        onChange={onPick}
      />
      {/* Decorative: the label below names the brand. */}
      <Mark className="demo-option-mark" />
      <span className="demo-option-text">
        <span>
          {cardLabel(card, messages)}
          {/* A space before the badge: the radio's name reads "… 4444 Default", not "4444Default". */}
          {card.isDefault ? (
            <>
              {' '}
              <span className="demo-badge" lang="en">
                Default
              </span>
            </>
          ) : null}
        </span>
        {/* Shopper-typed: React renders it as text, never as markup. */}
        {card.nickname ? <bdi className="demo-nickname">{card.nickname}</bdi> : null}
        <span className="demo-hint">
          {card.expired ? messages.expired(expiry) : messages.expires(expiry)}
        </span>
      </span>
    </label>
  );
}
