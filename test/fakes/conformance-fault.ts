import type { FaultHook, FaultKind } from '../../src/server/testing/index';
import type { FailureMode, FakeServer, RecordedRequest } from './fake-server';

const MODES: Readonly<Record<FaultKind, FailureMode>> = {
  hang: 'hang',
  unavailable: '500',
  unauthorized: '401',
  not_found_page: 'html404',
  error_in_ok: 'error200',
  empty_body: 'empty',
};

/**
 * The conformance kit's fault hook for a loopback fake: the next delete (or every list call
 * of the next list, retries included: `listCalls`) gets the matching failure mode.
 */
export function fakeFault(
  current: () => FakeServer,
  isDelete: (req: RecordedRequest) => boolean,
  listCalls = 2,
): FaultHook {
  return ({ kind, operation }) => {
    if (operation === 'delete') current().failNext(MODES[kind], 1, isDelete);
    else current().failNext(MODES[kind], listCalls, (req) => !isDelete(req));
    return true;
  };
}
