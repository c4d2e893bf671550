'use client';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useContext, useMemo, useRef, useState } from 'react';
import { createHttpWalletClient } from '../core/http-wallet-client';
import { mergeMessages, type WalletMessagesOverrides } from '../core/messages';
import type { Notify, WalletEvent } from '../core/notification';
import type { WalletClient } from '../core/wallet-client';
import { createAnnouncer } from './announcer';
import { createListHeadings, ListHeadingsContext } from './list-headings';
import { createNotifications } from './notifications';
import { createToastStore } from './toast-store';
import { useCrossTabRemovals } from './use-cross-tab-removals';
import { WalletContext, type WalletContextValue } from './wallet-context';

/** Props of the provider: every one has a default. */
export interface WalletStateProviderProps {
  /** The backend; default the kit's HTTP client for `baseUrl` (client-only: an object). */
  client?: WalletClient;
  /**
   * Where the merchant mounted the handler, when no `client` is given; default `/api/wallet`.
   * A string, so a Server Component can render the provider.
   */
  baseUrl?: string;
  /** The host's QueryClient; else the one already provided above; else the kit owns one. */
  queryClient?: QueryClient;
  messages?: WalletMessagesOverrides;
  /** BCP 47 locale for dates and numbers; default the browser's. */
  locale?: string;
  /**
   * The host's toaster: when given, the kit renders no toaster of its own. Return the toast's
   * close so the kit can close it (docs/browser-api.md, "Notifications").
   */
  notify?: Notify;
  onEvent?: (event: WalletEvent) => void;
  /** Hold each confirmed removal this long, offering "Undo" (docs/removal-rules.md rule 8); 0 (default) sends at once. */
  undoMs?: number;
  /** "Expires soon" covers this month and this many months after it; default 1 (docs/http-contract.md §1). */
  expiringSoonMonths?: number;
  children?: ReactNode;
}

/** The provider without markup: query client, messages, notifications, list headings, cross-tab sync. */
export function WalletStateProvider(props: WalletStateProviderProps) {
  const inherited = useContext(QueryClientContext);
  const [owned] = useState(() => (props.queryClient || inherited ? null : new QueryClient()));
  const queryClient = props.queryClient ?? inherited ?? (owned as QueryClient);

  const { client: hostClient, baseUrl } = props;
  // Made once per provider (again only if baseUrl changes), so the query keeps one fetcher.
  const client = useMemo(
    () => hostClient ?? createHttpWalletClient(baseUrl === undefined ? {} : { baseUrl }),
    [hostClient, baseUrl],
  );

  const [toasts] = useState(createToastStore);
  const [announcer] = useState(createAnnouncer);
  const [headings] = useState(createListHeadings);
  const onEvent = useRef(props.onEvent);
  onEvent.current = props.onEvent;
  const hostNotify = props.notify;
  const notifyNow = useRef(hostNotify);
  notifyNow.current = hostNotify;
  const [notifications] = useState(() =>
    createNotifications(() => notifyNow.current ?? toasts.show),
  );

  const value = useMemo<WalletContextValue>(
    () => ({
      client,
      messages: mergeMessages(props.messages),
      locale: props.locale,
      notify: notifications.show,
      closeNotification: notifications.close,
      emit: (event: WalletEvent) => onEvent.current?.(event),
      announcer,
      toasts: hostNotify ? null : toasts,
      undoMs: props.undoMs ?? 0,
      expiringSoonMonths: props.expiringSoonMonths ?? 1,
    }),
    [
      client,
      props.messages,
      props.locale,
      props.undoMs,
      props.expiringSoonMonths,
      hostNotify,
      notifications,
      toasts,
      announcer,
    ],
  );

  return (
    <QueryClientProvider client={queryClient}>
      <CrossTabSync />
      <WalletContext.Provider value={value}>
        <ListHeadingsContext.Provider value={headings}>
          {props.children}
        </ListHeadingsContext.Provider>
      </WalletContext.Provider>
    </QueryClientProvider>
  );
}

function CrossTabSync() {
  useCrossTabRemovals();
  return null;
}
