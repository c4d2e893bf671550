/**
 * A fresh id for every request. The caller's `X-Request-Id` is never taken over: two
 * customers could send the same one, and the audit trail must tell their attempts apart.
 */
export function newRequestId(): string {
  return crypto.randomUUID();
}
