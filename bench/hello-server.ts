/**
 * The baseline: a bare Fastify hello-world. Started by bench/run.ts as its own
 * process; prints `PORT=<n>` on stdout once it listens.
 */
import Fastify from 'fastify';
import { stopWithParent } from './child';
import { enableProfilerOnSignal } from './profiler';

enableProfilerOnSignal('hello');

const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));

const stop = async (): Promise<void> => {
  await app.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
stopWithParent(() => void stop());

await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
if (address === null || typeof address === 'string') throw new Error('no TCP address');
process.stdout.write(`PORT=${address.port}\n`);
