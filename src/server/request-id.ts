const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's `X-Request-Id` when it is short and inert, else a fresh UUID. */
export function requestIdFrom(req: Request): string {
  const given = req.headers.get('X-Request-Id');
  if (given !== null && SANE_REQUEST_ID.test(given)) return given;
  return crypto.randomUUID();
}
