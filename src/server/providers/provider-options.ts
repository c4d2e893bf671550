import type { ProviderCard } from './card-provider';

/** `baseUrl` without trailing slashes; a TypeError when it is not an http(s) URL. */
export function normalizeBaseUrl(provider: string, baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(`${provider}Provider: baseUrl is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`${provider}Provider: baseUrl must be http(s)`);
  }
  return baseUrl.replace(/\/+$/, '');
}

/** A TypeError naming `field` (never its value) unless `value` is a non-empty string. */
export function requireText(provider: string, field: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new TypeError(`${provider}Provider: ${field} is required`);
  }
  return value;
}

/** The card's string `providerRef`, as the adapter's own list set it; a TypeError otherwise. */
export function requireRef(provider: string, card: ProviderCard): string {
  const ref = card.providerRef;
  if (typeof ref !== 'string' || ref === '') {
    throw new TypeError(`${provider}Provider: deleteCard needs the card as listCards returned it`);
  }
  return ref;
}
