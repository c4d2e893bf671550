// A reverse proxy of the shop's own on loopback: the public name is shop.example (the browser
// maps it here). Like nginx's default proxy_pass, it sends the upstream's own name as `Host`
// and the public one in X-Forwarded-Host, so the app sees it only when it trusts the proxy.
import { createServer, request } from 'node:http';

export const PROXY_HOST = 'shop.example';

/** Starts the proxy in front of `target` (http://127.0.0.1:port); resolves with its port. */
export function startProxy(target) {
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    const forwarded = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: {
          ...req.headers,
          host: upstream.host,
          'x-forwarded-host': PROXY_HOST,
          'x-forwarded-proto': 'http',
          'x-forwarded-for': req.socket.remoteAddress,
        },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forwarded.on('error', () => res.writeHead(502).end());
    req.pipe(forwarded);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ port: server.address().port, close: () => server.close() }),
    ),
  );
}
