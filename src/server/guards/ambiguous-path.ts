// Dot segments, encoded dots and backslashes are resolved by the WHATWG URL parser but not by
// routers that match the raw path (Express): `/x/../api/wallet` would skip
// `app.use('/api/wallet', guard)` and still reach the handler. `//` likewise splits the two.
const DOT_SEGMENT = /(?:^|\/)\.{1,2}(?:\/|$)/;
const ENCODED_DOT_OR_BACKSLASH = /%2e|%5c|\\/i;
const EMPTY_SEGMENT = /\/\//;

/** True when `path` may mean one route to a framework router and another to the handler. */
export function isAmbiguousPath(path: string): boolean {
  return DOT_SEGMENT.test(path) || ENCODED_DOT_OR_BACKSLASH.test(path) || EMPTY_SEGMENT.test(path);
}

/** `path` with runs of `/` collapsed: how a lenient router would file it, for routing refusals. */
export function collapseSlashes(path: string): string {
  return path.replace(/\/{2,}/g, '/');
}
