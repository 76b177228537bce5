/**
 * The baseline: a bare Fastify hello-world. Started by bench/run.ts as its own
 * process; prints `PORT=<n>` on stdout once it listens.
 */
import Fastify from 'fastify';
import { serveReference } from './child';
import { enableProfilerOnSignal } from './profiler';

enableProfilerOnSignal('hello');

const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));

await serveReference(app);
