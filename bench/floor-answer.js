// How the bench's floors answer: the kit's status, headers and JSON, and nothing else.
import { randomUUID } from 'node:crypto';

export function sendJson(res, status, body) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'x-request-id': randomUUID(),
  });
  res.end(JSON.stringify(body));
}
