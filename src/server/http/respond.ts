import type { CardLockReason } from '../../core/types';
import type { ServerErrorCode } from '../errors';
import { GENERIC_MESSAGES } from '../errors';

/** The JSON error envelope of docs/http-contract.md. */
export interface ErrorBody {
  error: { code: ServerErrorCode; message: string; reason?: CardLockReason };
}

// Every answer is uncacheable JSON that browsers must not sniff into something else.
const BASE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

export function jsonResponse(
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...BASE_HEADERS, ...headers } });
}

export function errorResponse(
  code: ServerErrorCode,
  status: number,
  message: string = GENERIC_MESSAGES[code],
  headers: Readonly<Record<string, string>> = {},
  reason?: CardLockReason,
): Response {
  const body: ErrorBody = {
    error: reason === undefined ? { code, message } : { code, message, reason },
  };
  return jsonResponse(status, body, headers);
}
