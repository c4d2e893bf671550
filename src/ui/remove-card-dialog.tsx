import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useRef } from 'react';
import type { WalletMessages } from '../core/messages';

interface RemoveCardDialogProps {
  /** The card's name ("Visa ending in 4242"), or null when closed. */
  label: string | null;
  messages: WalletMessages;
  onConfirm: () => void;
  onCancel: () => void;
  /** Radix's hook for where focus goes on close; the list takes it over after a removal. */
  onCloseAutoFocus: (event: Event) => void;
}

/** The confirm step: modal, Cancel focused first, no close on an outside click. */
export function RemoveCardDialog({
  label,
  messages,
  onConfirm,
  onCancel,
  onCloseAutoFocus,
}: RemoveCardDialogProps) {
  // Keeps the last name on screen while the dialog animates closed.
  const shown = useRef(label);
  if (label) shown.current = label;
  const confirmed = useRef(false);
  if (!label) confirmed.current = false;

  return (
    <AlertDialog.Root
      open={label !== null}
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
    >
      <AlertDialog.Portal>
        <AlertDialog.Overlay data-slot="dialog-overlay" className="wallet-dialog-overlay" />
        <AlertDialog.Content
          data-slot="dialog"
          className="wallet-dialog"
          onCloseAutoFocus={onCloseAutoFocus}
        >
          <AlertDialog.Title data-slot="dialog-title" className="wallet-dialog-title">
            {messages.confirmTitle(shown.current ?? '')}
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
                // DESIGN §5.4: a double click confirms once.
                event.preventDefault();
                if (confirmed.current) return;
                confirmed.current = true;
                onConfirm();
              }}
            >
              {messages.confirm}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
