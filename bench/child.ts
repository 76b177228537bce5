import type { FastifyInstance } from 'fastify';

/** Shared by the bench servers: stop when run.ts goes away, so no server outlives a killed bench. */
export function stopWithParent(stop: () => void): void {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop();
  }, 1000).unref();
}

/**
 * A reference server's life (hello-world, the floor): listens on a free loopback
 * port and prints `PORT=<n>`; on SIGTERM, SIGINT or the bench going away, closes
 * the app, then `after` (what else it holds), then exits.
 */
export async function serveReference(
  app: FastifyInstance,
  after: () => void | Promise<void> = () => {},
): Promise<void> {
  const stop = async (): Promise<void> => {
    await app.close();
    await after();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  stopWithParent(() => void stop());
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  process.stdout.write(`PORT=${address.port}\n`);
}
