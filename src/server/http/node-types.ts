import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Http2ServerRequest, Http2ServerResponse } from 'node:http2';

/** A request from `node:http` or the `node:http2` compatibility API. */
export type NodeRequest = IncomingMessage | Http2ServerRequest;

/** A response from `node:http` or the `node:http2` compatibility API. */
export type NodeResponse = ServerResponse | Http2ServerResponse;
