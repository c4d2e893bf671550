// Runs in Node (a browser command, vite.config.ts): the "server" half of the locale hydration
// test renders with Node's ICU, so a count Node writes differently from Chromium shows.
import { dehydrate, QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { cardsQueryOptions } from '../../src/index';
import { localeMessages, localePage, stubClient } from './locale-page';

export async function renderLocaleOnServer(tag: string) {
  const client = stubClient();
  const server = new QueryClient();
  await server.prefetchQuery(cardsQueryOptions(client, server));
  const state = JSON.parse(JSON.stringify(dehydrate(server)));
  const html = renderToString(localePage(tag, await localeMessages(tag), client, state));
  return { html, state, icu: process.versions.icu };
}
