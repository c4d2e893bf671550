import type { WalletError } from '../../src/index';

/** The WalletError a client call rejects with; throws if the call succeeded. */
export async function failure(promise: Promise<unknown>): Promise<WalletError> {
  try {
    await promise;
  } catch (error) {
    return error as WalletError;
  }
  throw new Error('expected the call to fail');
}
