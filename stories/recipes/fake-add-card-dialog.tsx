import { type FormEvent, type RefObject, useId } from 'react';

/**
 * A host's add-card dialog, as a merchant would build it around their provider's element
 * (Stripe Payment Element, Adyen Card component). Here the element is a stand-in box: no field
 * takes a card number, and the kit never sees this dialog at all. A native `<dialog>` shown
 * with `showModal()`, which hands focus back to "Add a card" when it closes.
 */
export function FakeAddCardDialog({
  dialog,
  onDone,
}: {
  dialog: RefObject<HTMLDialogElement | null>;
  /** `true` once "the provider" saved the card; `false` when the shopper closed the dialog. */
  onDone: (saved: boolean) => void;
}) {
  const titleId = useId();
  const save = (event: FormEvent) => {
    event.preventDefault();
    onDone(true);
  };
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      // Escape closes it as "not saved".
      onCancel={() => onDone(false)}
      style={{
        border: '1px solid var(--wallet-border)',
        borderRadius: 'var(--wallet-radius)',
        background: 'var(--wallet-background)',
        boxShadow: 'var(--wallet-shadow)',
        color: 'var(--wallet-foreground)',
        colorScheme: 'var(--wallet-color-scheme)',
        font: '1rem/1.4 var(--wallet-font)',
        // Its padding inside the width: on a 360 px phone it keeps 1 rem clear of each edge.
        boxSizing: 'border-box',
        inlineSize: 'min(26rem, calc(100vw - 2rem))',
        padding: '1.25rem',
      }}
    >
      <form onSubmit={save} style={{ display: 'grid', gap: '0.75rem' }}>
        <h2 id={titleId} style={{ margin: 0, fontSize: '1.125rem' }}>
          New card
        </h2>
        {/* Where the provider's iframe goes: it takes the number, expiry and CVC itself. */}
        <div
          role="img"
          aria-label="Card details, in your provider's secure field"
          style={{
            border: '1px dashed var(--wallet-border)',
            borderRadius: 'var(--wallet-radius)',
            padding: '0.75rem',
            color: 'var(--wallet-muted-foreground)',
          }}
        >
          Your provider's card field
        </div>
        <label style={{ display: 'grid', gap: '0.25rem' }}>
          Name on card
          <input
            name="holder"
            autoComplete="cc-name"
            defaultValue="Asha Rao"
            style={{
              boxSizing: 'border-box',
              font: 'inherit',
              padding: '0.5rem',
              minBlockSize: '2.5rem',
            }}
          />
        </label>
        <div style={{ display: 'flex', gap: '0.5rem', justifyContent: 'flex-end' }}>
          <button
            type="button"
            className="wallet-button"
            data-variant="secondary"
            onClick={() => onDone(false)}
          >
            Cancel
          </button>
          <button type="submit" className="wallet-button">
            Save card
          </button>
        </div>
      </form>
    </dialog>
  );
}
