import type { Notify } from '../core/notification';

/** The toaster as the kit uses it: show a notification, and later close it by its id. */
export interface Notifications {
  show: Notify;
  /** Closes the notification last shown with this id, if its toaster said how; else nothing. */
  close(id: string): void;
}

/**
 * Remembers each notification's close, so the kit closes what it opened (docs/browser-api.md,
 * "Notifications"). `notify` is read at each call: a host may pass a new function every render.
 */
export function createNotifications(notify: () => Notify): Notifications {
  const open = new Map<string, () => void>();
  return {
    show(notification) {
      const close = notify()(notification);
      // A plain-JS host may return its toaster's id: only a function closes anything.
      if (typeof close === 'function') open.set(notification.id, close);
      else open.delete(notification.id);
      return close;
    },
    close(id) {
      const close = open.get(id);
      open.delete(id);
      close?.();
    },
  };
}
