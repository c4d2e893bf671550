import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useRef } from 'react';
import type { WalletMessages } from '../core/messages';
import { useSlot } from './use-slot';

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
  const slot = useSlot();

  return (
    <AlertDialog.Root
      open={label !== null}
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
    >
      <AlertDialog.Portal>
        <AlertDialog.Overlay {...slot('dialog-overlay')} />
        <AlertDialog.Content {...slot('dialog')} onCloseAutoFocus={onCloseAutoFocus}>
          <AlertDialog.Title {...slot('dialog-title')}>
            {messages.confirmTitle(shown.current ?? '')}
          </AlertDialog.Title>
          <AlertDialog.Description {...slot('dialog-description', 'dialog-text')}>
            {messages.confirmDescription}
          </AlertDialog.Description>
          <div {...slot('dialog-actions')}>
            <AlertDialog.Cancel {...slot('dialog-cancel', 'button')} data-variant="secondary">
              {messages.cancel}
            </AlertDialog.Cancel>
            <AlertDialog.Action
              {...slot('dialog-confirm', 'button')}
              data-variant="danger"
              onClick={(event) => {
                // The list closes the dialog itself, after choosing where focus goes. A double
                // click reaches onConfirm twice; removeCard sends one request (DESIGN §5.4).
                event.preventDefault();
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
