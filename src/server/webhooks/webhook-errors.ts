import type { Answer } from '../http/respond';
import { jsonAnswer } from '../http/respond';

/** What a webhook refusal says (the `error.code` of its JSON body). */
export type WebhookErrorCode =
  | 'invalid_signature'
  | 'invalid_request'
  | 'payload_too_large'
  | 'unknown_provider'
  | 'store_unavailable'
  | 'body_already_parsed';

const STATUS: Readonly<Record<WebhookErrorCode, number>> = {
  invalid_signature: 400,
  invalid_request: 400,
  payload_too_large: 413,
  unknown_provider: 404,
  store_unavailable: 500,
  body_already_parsed: 500,
};

const MESSAGES: Readonly<Record<WebhookErrorCode, string>> = {
  invalid_signature: 'The webhook signature did not check out.',
  invalid_request: 'The request was not valid.',
  payload_too_large: 'The webhook body is too large.',
  unknown_provider: 'No webhook for this provider.',
  store_unavailable: 'The update could not be stored; deliver it again.',
  body_already_parsed: 'The webhook route is mounted after a body parser.',
};

/** The JSON refusal for `code`: `{ error: { code, message } }` at its status. */
export function refusal(code: WebhookErrorCode, headers: Record<string, string> = {}): Answer {
  return jsonAnswer(STATUS[code], { error: { code, message: MESSAGES[code] } }, headers);
}
