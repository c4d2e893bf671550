import type { AuditEvent, AuditOutcome } from './audit';
import { emitAudit, OUTCOME_BY_CODE } from './audit';
import { type AuditSubject, auditSubject } from './audit-id';
import type { HandlerConfig } from './config';
import { OutcomeUnknownError } from './delete-confirmed';
import { toFailure } from './http/failure';
import type { Answer } from './http/respond';
import type { Target } from './http/routes';

/** How a write ended: what the audit records and what the shopper gets. */
export interface WriteResult {
  outcome: AuditOutcome;
  answer: Answer;
}

/**
 * One write (a DELETE, a set-default) with its one audit event, however it ends: `attempt`
 * fills in the subject as its checks pass and says how it went; a refusal or failure it throws
 * becomes its typed answer and outcome (`unknown` when the provider may have acted).
 */
export async function auditedWrite(
  config: HandlerConfig,
  requestId: string,
  target: Target,
  action: { type: AuditEvent['type']; operation: string },
  attempt: (subject: AuditSubject) => Promise<WriteResult>,
): Promise<Answer> {
  const subject = await auditSubject(config.auditIds, target);
  let result: WriteResult;
  try {
    result = await attempt(subject);
  } catch (error) {
    const unknown = error instanceof OutcomeUnknownError;
    const failure = toFailure(unknown ? error.cause : error, config, {
      requestId,
      operation: action.operation,
    });
    result = {
      outcome: unknown ? 'unknown' : OUTCOME_BY_CODE[failure.code],
      answer: failure.answer,
    };
  }
  const at = new Date(config.now()).toISOString();
  await emitAudit(config, {
    type: action.type,
    ...subject,
    outcome: result.outcome,
    requestId,
    at,
  });
  return result.answer;
}
