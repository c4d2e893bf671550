import type { ProviderErrorKind } from '../errors';
import { ProviderError } from '../errors';

/**
 * A ProviderError whose message names only the adapter, the operation and the HTTP status:
 * provider text, tokens and secrets go to `cause`, which the handler never logs.
 */
export function providerFailure(
  provider: string,
  kind: ProviderErrorKind,
  operation: string,
  status?: number,
  cause?: unknown,
): ProviderError {
  return new ProviderError(kind, `${provider}: ${operation} ${describe(kind, status)}`, {
    provider,
    status,
    cause,
  });
}

function describe(kind: ProviderErrorKind, status?: number): string {
  const http = status === undefined ? '' : ` (HTTP ${status})`;
  switch (kind) {
    case 'timeout':
      return 'timed out';
    case 'unauthorized':
      return `was refused: check the credentials${http}`;
    case 'bad_response':
      return `answered outside its documented shape${http}`;
    case 'not_found':
      return `found nothing${http}`;
    default:
      return `failed${http}`;
  }
}
