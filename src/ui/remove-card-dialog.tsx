'use client';
import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { VisuallyHidden } from '@radix-ui/react-visually-hidden';
import type { WalletMessages } from '../core/messages';
import { fullStop } from '../core/sentences';
import type { RemovalDialogProps } from '../query/use-card-removal';
import { useSlot } from './use-slot';

/** The confirm step: modal, Cancel focused first, no close on an outside click. */
export function RemoveCardDialog({
  open,
  title,
  names,
  description,
  nextDefault,
  messages,
  onConfirm,
  onCancel,
  onCloseAutoFocus,
}: RemovalDialogProps & { messages: WalletMessages }) {
  const slot = useSlot();
  return (
    <AlertDialog.Root
      open={open}
      onOpenChange={(next) => {
        if (!next) onCancel();
      }}
    >
      <AlertDialog.Portal>
        <AlertDialog.Overlay {...slot('dialog-overlay')} />
        <AlertDialog.Content {...slot('dialog')} onCloseAutoFocus={onCloseAutoFocus}>
          <AlertDialog.Title {...slot('dialog-title')}>{title}</AlertDialog.Title>
          {/* A bulk confirm names each card before saying it can't be undone (docs/browser-api.md). */}
          <AlertDialog.Description asChild {...slot('dialog-description', 'dialog-text')}>
            <div>
              {names.length ? (
                <ul {...slot('dialog-cards')}>
                  {/* By place: two repeats of one card share a name. */}
                  {names.map((name, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the names never reorder while shown
                    <li key={index}>
                      {name}
                      {/* The description is said as one string: "…1234. American Express…". */}
                      <VisuallyHidden>{fullStop(messages)}</VisuallyHidden>
                    </li>
                  ))}
                </ul>
              ) : null}
              {/* Removing the default card says which card takes its place (docs/removal-rules.md). */}
              {nextDefault ? <p>{nextDefault}</p> : null}
              <p>{description}</p>
            </div>
          </AlertDialog.Description>
          <div {...slot('dialog-actions')}>
            <AlertDialog.Cancel {...slot('dialog-cancel', 'button')} data-variant="secondary">
              {messages.cancel}
            </AlertDialog.Cancel>
            <AlertDialog.Action
              {...slot('dialog-confirm', 'button')}
              data-variant="danger"
              onClick={(event) => {
                // The removal closes the dialog itself, after choosing where focus goes. A double
                // click reaches onConfirm twice; removeCard sends one request (docs/removal-rules.md rule 4).
                event.preventDefault();
                onConfirm();
              }}
            >
              {/* "Remove cards" for two or more; a lone duplicate is "Remove card". */}
              {names.length > 1 ? messages.removeExpiredConfirm : messages.confirm}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
