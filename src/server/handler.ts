import type { HandlerConfig } from './config';
import { resolveOptions } from './config';
import { deleteCardRoute } from './delete-card';
import { WalletHttpError } from './errors';
import { collapseSlashes, isAmbiguousPath } from './guards/ambiguous-path';
import { parseCardId } from './guards/card-id';
import { withAnswerer } from './http/answerer';
import { toFailure } from './http/failure';
import { newRequestId } from './http/request-id';
import type { Answer } from './http/respond';
import { toResponse } from './http/respond';
import type { Target } from './http/routes';
import { ALLOWED_METHODS, isUnderBase, matchRoute, noRoute, wrongMethod } from './http/routes';
import { requestUrl, transportFacts } from './http/transport';
import { listCardsRoute } from './list-cards';
import type { WalletHandler, WalletHandlerOptions } from './options';
import { setDefaultRoute } from './set-default-card';

/**
 * The merchant-side wallet API of docs/http-contract.md, docs/server.md as a Fetch-API handler: runs in Node ≥ 20 and
 * any Fetch runtime. Every answer is JSON and carries `X-Request-Id`.
 */
export function createWalletHandler(options: WalletHandlerOptions): WalletHandler {
  const config = resolveOptions(options);
  const answer = async (req: Request): Promise<Answer> => {
    const requestId = newRequestId();
    let answered: Answer;
    try {
      answered = await dispatch(req, config, requestId);
    } catch (error) {
      answered = toFailure(error, config, { requestId, operation: 'request' }).answer;
    }
    answered.headers['X-Request-Id'] = requestId;
    return answered;
  };
  const handle = async (req: Request): Promise<Response> => toResponse(await answer(req));
  // toNodeListener takes the answer as it is: a Response would only be read back into bytes.
  return withAnswerer(Object.assign(handle, { basePath: config.basePath }), answer);
}

function dispatch(req: Request, config: HandlerConfig, requestId: string): Promise<Answer> {
  const { pathname } = requestUrl(req);
  const facts = transportFacts(req);
  const rawPath = facts?.rawPath ?? pathname;
  const route = matchRoute(collapseSlashes(pathname), config.basePath);
  // The path a framework routed on must be the one we route on (docs/server.md).
  const refused =
    isAmbiguousPath(rawPath) ||
    isAmbiguousPath(pathname) ||
    facts?.refusal === 'bad_host' ||
    facts?.refusal === 'bad_target';
  const target: Target = {
    route,
    refused,
    // Parsed once, here: the audit and the delete read the same id.
    cardId:
      (route.kind === 'card' || route.kind === 'default') && !refused
        ? parseCardId(route.rawId)
        : null,
  };
  const method = req.method.toUpperCase();
  // Every DELETE aimed at the wallet is an attempt: audited and counted whatever is wrong with it.
  const aimed =
    target.route.kind !== 'outside' || isUnderBase(collapseSlashes(rawPath), config.basePath);
  if (method === 'DELETE' && aimed) {
    return deleteCardRoute(req, config, requestId, target);
  }
  // Every PUT aimed at a card's default is an attempt too: audited whatever is wrong with it.
  if (method === 'PUT' && target.route.kind === 'default') {
    return setDefaultRoute(req, config, requestId, target);
  }
  if (target.refused || facts?.refusal !== undefined) throw new WalletHttpError('invalid_request');
  switch (target.route.kind) {
    case 'cards':
      if (method !== 'GET') throw wrongMethod(ALLOWED_METHODS.cards);
      return listCardsRoute(req, config, requestId);
    case 'card':
      throw wrongMethod(ALLOWED_METHODS.card);
    case 'default':
      throw wrongMethod(ALLOWED_METHODS.default);
    default:
      // docs/http-contract.md: no such route is a 404, still in the contract's `invalid_request` envelope.
      throw noRoute();
  }
}
