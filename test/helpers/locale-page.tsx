import { type DehydratedState, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { localeExport } from '../../scripts/locales.mjs';
import {
  SavedCardList,
  type WalletClient,
  type WalletMessages,
  WalletProvider,
} from '../../src/index';
import { card, sampleCards } from './cards';

/** sampleCards and two more expired ones: three expired, so the bulk button shows a count. */
export function localeCards() {
  return [
    ...sampleCards(),
    card({ id: 'card_old_1', last4: '1111', expiryMonth: 1, expiryYear: 2023, expired: true }),
    card({ id: 'card_old_2', last4: '2222', expiryMonth: 2, expiryYear: 2022, expired: true }),
  ];
}

export function stubClient(): WalletClient {
  return { listCards: async () => localeCards(), deleteCard: async () => {} };
}

/** A locale entry's set, loaded the way a host imports it (one entry per locale). */
export async function localeMessages(tag: string): Promise<WalletMessages> {
  // A path Vite can glob: src/locales/<tag, lower case>.ts (localeSource).
  const module = (await import(`../../src/locales/${tag.toLowerCase()}.ts`)) as Record<
    string,
    WalletMessages
  >;
  return module[localeExport(tag)] as WalletMessages;
}

/** One locale's page, as a host's server renders it and its browser hydrates it. */
export function localePage(
  tag: string,
  messages: WalletMessages,
  client: WalletClient,
  state: DehydratedState,
) {
  return (
    <WalletProvider
      client={client}
      queryClient={new QueryClient()}
      locale={tag}
      messages={messages}
    >
      <div lang={tag} dir={tag === 'ar' ? 'rtl' : 'ltr'}>
        <HydrationBoundary state={state}>
          <SavedCardList />
        </HydrationBoundary>
      </div>
    </WalletProvider>
  );
}
