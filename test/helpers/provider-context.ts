import type { ProviderCallContext } from '../../src/server/index';

/** A call context for calling an adapter directly, as the handler would (no budget unless given). */
export function testCtx(signal: AbortSignal = new AbortController().signal): ProviderCallContext {
  return { signal, requestId: 'test-request' };
}
