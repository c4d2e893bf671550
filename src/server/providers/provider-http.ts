import * as v from 'valibot';
import type { ProviderErrorKind } from '../errors';
import { ProviderError } from '../errors';
import { readCappedText } from '../http/read-capped';
import { durationOption } from '../option-rules';
import { providerFailure } from './provider-failure';

/** Transport settings shared by the HTTP adapters. */
export interface ProviderHttpOptions {
  /** Adapter name for errors, e.g. `juspay`. */
  provider: string;
  /** Origin (and optional path prefix) of the provider API, without a trailing slash. */
  baseUrl: string;
  /** Headers sent on every call (credentials, merchant id). */
  headers: Record<string, string>;
  /**
   * Fetch implementation; must honour `init.signal` until the answer's headers arrive (the body
   * is cancelled by the adapter itself). Default the global `fetch`.
   */
  fetch?: typeof fetch;
  /** Per-attempt limit, including reading the body; default 8000 ms. */
  timeoutMs?: number;
}

/** One provider call. */
export interface ProviderCall {
  /** Short, provider-free label for error messages, e.g. `list`. */
  operation: string;
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: string;
  /** Safe to send twice: retried once on a network error or a 5xx. */
  idempotent?: boolean;
  /** The handler's budget (`ctx.signal`): once aborted, nothing more is sent. */
  signal?: AbortSignal;
}

/** The list call: an idempotent GET, so it is retried once on a network error or a 5xx. */
export function listCall(
  path: string,
  signal: AbortSignal,
  extra: Pick<ProviderCall, 'query' | 'headers'> = {},
): ProviderCall {
  return { operation: 'list', method: 'GET', path, ...extra, idempotent: true, signal };
}

/** A provider answer that was neither 401/403 nor 5xx; `json` is undefined when not JSON. */
export interface ProviderReply {
  status: number;
  json: unknown;
  text: string;
}

/** Sends one call and classifies transport failures as ProviderErrors. */
export type ProviderHttp = (call: ProviderCall) => Promise<ProviderReply>;

export const DEFAULT_PROVIDER_TIMEOUT_MS = 8000;
// Far above any real card list; a larger body is a broken or hostile upstream.
export const MAX_RESPONSE_BYTES = 1024 * 1024;

export function createProviderHttp(options: ProviderHttpOptions): ProviderHttp {
  const timeoutMs = durationOption(
    `${options.provider}Provider`,
    'timeoutMs',
    options.timeoutMs,
    DEFAULT_PROVIDER_TIMEOUT_MS,
  );
  const doFetch = options.fetch ?? globalThis.fetch;
  const fail = (kind: ProviderErrorKind, call: ProviderCall, status?: number, cause?: unknown) =>
    providerFailure(options.provider, kind, call.operation, status, cause);

  async function attempt(call: ProviderCall): Promise<ProviderReply> {
    // Checked here, not left to `fetch`: a merchant's fetch may not honour the signal.
    if (call.signal?.aborted === true) throw fail('timeout', call, undefined, call.signal.reason);
    const url = new URL(`${options.baseUrl}${call.path}`);
    for (const [name, value] of Object.entries(call.query ?? {})) {
      url.searchParams.set(name, value);
    }
    const perAttempt = AbortSignal.timeout(timeoutMs);
    const signal = call.signal ? AbortSignal.any([call.signal, perAttempt]) : perAttempt;
    try {
      const response = await doFetch(url, {
        method: call.method,
        headers: { ...options.headers, ...call.headers },
        body: call.body,
        signal,
        // A redirect would carry the credential headers to wherever it points.
        redirect: 'error',
      });
      const text = await readCappedText(response, MAX_RESPONSE_BYTES, signal);
      if (text === null) throw fail('bad_response', call, response.status);
      return { status: response.status, json: parseJson(text), text };
    } catch (error) {
      if (error instanceof ProviderError) throw error;
      if (signal.aborted) throw fail('timeout', call, undefined, error);
      throw fail('unavailable', call, undefined, error);
    }
  }

  return async (call) => {
    const tries = call.idempotent === true ? 2 : 1;
    for (let n = 1; ; n += 1) {
      let error: ProviderError;
      try {
        const reply = await attempt(call);
        if (reply.status === 401 || reply.status === 403) {
          throw fail('unauthorized', call, reply.status, reply.text);
        }
        if (reply.status < 500) return reply;
        error = fail('unavailable', call, reply.status, reply.text);
      } catch (caught) {
        if (!(caught instanceof ProviderError)) throw caught;
        error = caught;
      }
      // A timeout is not retried: a second wait would outlast the handler's own limit.
      const retryable = error.kind === 'unavailable' && call.signal?.aborted !== true;
      if (!retryable || n >= tries) throw error;
    }
  };
}

/** The reply's JSON as `schema` describes it, or a `bad_response` ProviderError. */
export function parseReply<S extends v.GenericSchema>(
  provider: string,
  operation: string,
  reply: ProviderReply,
  schema: S,
): v.InferOutput<S> {
  const result = v.safeParse(schema, reply.json);
  if (result.success) return result.output;
  throw providerFailure(provider, 'bad_response', operation, reply.status, {
    issues: result.issues,
    text: reply.text,
  });
}

/** True for a 2xx reply. */
export function isSuccess(reply: ProviderReply): boolean {
  return reply.status >= 200 && reply.status < 300;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
