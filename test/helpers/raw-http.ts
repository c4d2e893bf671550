import { request } from 'node:http';

/** What came back to a raw request. */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * Sends the request line exactly as given (`fetch` would normalise `/x/../y` first), the way
 * a hostile client or a misconfigured proxy can.
 */
export function rawRequest(
  url: string,
  init: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  // Node frames a DELETE body by nothing unless told: say its length, as a browser would.
  const headers =
    init.body === undefined
      ? init.headers
      : { 'Content-Length': String(Buffer.byteLength(init.body)), ...init.headers };
  return new Promise((resolve, reject) => {
    const req = request(
      { host: hostname, port, method: init.method ?? 'GET', path: init.path, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}
