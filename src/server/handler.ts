import { deleteCardRoute } from './delete-card';
import { WalletHttpError } from './errors';
import { toFailure } from './failure';
import { listCardsRoute } from './list-cards';
import type { HandlerConfig, WalletHandler, WalletHandlerOptions } from './options';
import { resolveOptions } from './options';
import { newRequestId } from './request-id';
import { ALLOWED_METHODS, matchRoute } from './routes';

/**
 * The merchant-side wallet API of DESIGN §3/§6 as a Fetch-API handler: runs in Node ≥ 20 and
 * any Fetch runtime. Every answer is JSON and carries `X-Request-Id`.
 */
export function createWalletHandler(options: WalletHandlerOptions): WalletHandler {
  const config = resolveOptions(options);
  const handle = async (req: Request): Promise<Response> => {
    const requestId = newRequestId();
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
      // DESIGN §3: no such route is a 404, still in the contract's `invalid_request` envelope.
      throw new WalletHttpError('invalid_request', 'No such route.', { status: 404 });
  }
}

function wrongMethod(allow: string): WalletHttpError {
  return new WalletHttpError('invalid_request', 'Method not allowed.', {
    status: 405,
    headers: { Allow: allow },
  });
}
