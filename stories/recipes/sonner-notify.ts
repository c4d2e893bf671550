import { toast } from 'sonner';
import type { Notify } from '../../src/index';

/**
 * The kit's notifications in sonner: `<Toaster />` once in the page, and
 * `<WalletProvider notify={sonnerNotify}>`. A failure is sonner's error toast, the undo toast
 * its success toast, each for the kit's `duration`; the same `id` updates a toast in place, so
 * one card's repeated failures never stack.
 */
export const sonnerNotify: Notify = (n) => {
  const show = n.tone === 'error' ? toast.error : toast.success;
  const { action } = n;
  const id = show(n.title, {
    id: n.id,
    description: n.description,
    duration: n.duration,
    action: action && {
      label: action.label,
      onClick: (event) => {
        // sonner would close the toast now, and a retry that fails fast would then update a
        // toast on its way out, which vanishes. Kept open, it updates in place; the kit closes
        // it when the retry succeeded, or at once on Undo.
        event.preventDefault();
        action.onAction();
      },
    },
  });
  // sonner pauses every toast on hover and focus. The kit calls this at an unpausable toast's
  // deadline (`pausable: false`: the undo toast, as its DELETE goes), so Undo is never offered
  // once it can no longer work, and once a failure no longer holds.
  return () => toast.dismiss(id);
};
