import type { CardLockReason } from '../../core/types';
import type { ServerErrorCode } from '../errors';
import { GENERIC_MESSAGES } from '../errors';

/** The JSON error envelope of docs/http-contract.md. */
export interface ErrorBody {
  error: { code: ServerErrorCode; message: string; reason?: CardLockReason };
}

/**
 * An answer before it is a Fetch `Response`: the Node listener writes it straight to the
 * socket, so a Node request never pays for a `Response` and reading its body back.
 */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  /** The JSON text. */
  body: string;
}

export function jsonAnswer(
  status: number,
  body: unknown,
  headers?: Readonly<Record<string, string>>,
): Answer {
  // Every answer is uncacheable JSON that browsers must not sniff into something else. A
  // literal, not a copy of a shared constant: V8 gives a spread copy a shape that the next key
  // added (the handler adds `X-Request-Id` to every answer) moves to the old generation, where
  // each answer's headers then waited for a full collection (docs/performance.md).
  const all: Record<string, string> = {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  };
  if (headers !== undefined) Object.assign(all, headers);
  return { status, headers: all, body: JSON.stringify(body) };
}

export function errorAnswer(
  code: ServerErrorCode,
  status: number,
  message: string = GENERIC_MESSAGES[code],
  headers: Readonly<Record<string, string>> = {},
  reason?: CardLockReason,
): Answer {
  const body: ErrorBody = {
    error: reason === undefined ? { code, message } : { code, message, reason },
  };
  return jsonAnswer(status, body, headers);
}

/** The answer as Fetch runtimes take it. */
export function toResponse({ status, headers, body }: Answer): Response {
  return new Response(body, { status, headers });
}
