import { deleteCardRoute } from './delete-card';
import { WalletHttpError } from './errors';
import { toFailure } from './failure';
import { listCardsRoute } from './list-cards';
import type { HandlerConfig, WalletHandler, WalletHandlerOptions } from './options';
import { resolveOptions } from './options';
import { requestIdFrom } from './request-id';
import { ALLOWED_METHODS, matchRoute } from './routes';

/**
 * The merchant-side wallet API of DESIGN §3/§6 as a Fetch-API handler: runs in Node ≥ 20 and
 * any Fetch runtime. Every answer is JSON and carries `X-Request-Id`.
 */
export function createWalletHandler(options: WalletHandlerOptions): WalletHandler {
  const config = resolveOptions(options);
  const handle = async (req: Request): Promise<Response> => {
    const requestId = requestIdFrom(req);
    let response: Response;
    try {
      response = await dispatch(req, config, requestId);
    } catch (error) {
      response = toFailure(error, config, { requestId, operation: 'request' }).response;
    }
    response.headers.set('X-Request-Id', requestId);
    return response;
  };
  return Object.assign(handle, { basePath: config.basePath });
}

function dispatch(req: Request, config: HandlerConfig, requestId: string): Promise<Response> {
  const route = matchRoute(new URL(req.url).pathname, config.basePath);
  const method = req.method.toUpperCase();
  switch (route.kind) {
    case 'cards':
      if (method !== 'GET') throw wrongMethod(ALLOWED_METHODS.cards);
      return listCardsRoute(req, config, requestId);
    case 'card':
      if (method !== 'DELETE') throw wrongMethod(ALLOWED_METHODS.card);
      return deleteCardRoute(req, config, requestId, route.rawId);
    default:
      // Only the §3 codes exist, so an unknown route is a malformed request, not a 404.
      throw new WalletHttpError('invalid_request');
  }
}

function wrongMethod(allow: string): WalletHttpError {
  return new WalletHttpError('invalid_request', undefined, { headers: { Allow: allow } });
}
