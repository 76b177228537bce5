/**
 * The metrics listener: a small HTTP server of its own, bound to loopback by
 * default, so counters are read by whoever runs the server and by no one who
 * merely reaches the app.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { sendErrorResponse } from './lib/error-reply';

export interface MetricsListener {
  port: number;
  close(): Promise<void>;
}

export async function listenForMetrics(
  registry: Registry,
  where: { host: string; port: number },
): Promise<MetricsListener> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/metrics')
      return sendErrorResponse(res, 404, 'not_found', 'Only /metrics is here.');
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendErrorResponse(res, 405, 'method_not_allowed', 'Use GET.');
    registry.metrics().then(
      (text) => {
        res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : text);
      },
      () => sendErrorResponse(res, 500, 'internal_error', 'Metrics could not be collected.'),
    );
  });
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  server.maxConnections = 32;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(where.port, where.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
