/**
 * Live partner events over Server-Sent Events. Events carry ids only; clients
 * refetch through the normal, policy-filtered routes.
 *
 * With SQLite, events fan out in process. With PostgreSQL they travel through
 * LISTEN/NOTIFY, so several app instances deliver to each other's clients.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import pg from 'pg';
import type { LiveEvent } from '../../shared/api';
import { requireAuth } from './session';

type Listener = (event: LiveEvent) => void;

export interface EventBus {
  /** Sends an event to every open connection of these users, on any instance. */
  publish(userIds: readonly string[], event: LiveEvent): Promise<void>;
  subscribe(userId: string, listener: Listener): () => void;
  close(): Promise<void>;
}

class LocalFanout {
  private readonly listeners = new Map<string, Set<Listener>>();

  deliver(userIds: readonly string[], event: LiveEvent): void {
    for (const userId of userIds) {
      for (const listener of this.listeners.get(userId) ?? []) listener(event);
    }
  }

  subscribe(userId: string, listener: Listener): () => void {
    let set = this.listeners.get(userId);
    if (!set) {
      set = new Set();
      this.listeners.set(userId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(userId);
    };
  }
}

/** In-process bus: enough for one instance (the SQLite setup). */
export function createLocalEventBus(): EventBus {
  const fanout = new LocalFanout();
  return {
    publish: async (userIds, event) => fanout.deliver(userIds, event),
    subscribe: (userId, listener) => fanout.subscribe(userId, listener),
    close: async () => {},
  };
}

interface Envelope {
  u: readonly string[];
  e: LiveEvent;
}

/**
 * PostgreSQL bus: one LISTEN connection per instance; publishing is a NOTIFY
 * that every instance (this one included) receives and fans out locally.
 */
export async function createPostgresEventBus(
  connectionString: string,
  channelSuffix = '',
): Promise<EventBus> {
  const channel = `rekindle_events${channelSuffix ? `_${channelSuffix}` : ''}`;
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error('Invalid channel name');
  const fanout = new LocalFanout();
  let closed = false;
  let listener: pg.Client | undefined;
  const publisher = new pg.Pool({ connectionString, max: 2 });

  async function connect(): Promise<void> {
    const client = new pg.Client({ connectionString });
    client.on('notification', (message) => {
      if (message.channel !== channel || !message.payload) return;
      const envelope = JSON.parse(message.payload) as Envelope;
      fanout.deliver(envelope.u, envelope.e);
    });
    client.on('error', () => {
      if (closed) return;
      listener = undefined;
      setTimeout(() => void connect().catch(() => {}), 1000).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${channel}`);
    listener = client;
  }
  await connect();

  return {
    publish: async (userIds, event) => {
      if (userIds.length === 0) return;
      const payload: Envelope = { u: userIds, e: event };
      await publisher.query('SELECT pg_notify($1, $2)', [channel, JSON.stringify(payload)]);
    },
    subscribe: (userId, fn) => fanout.subscribe(userId, fn),
    close: async () => {
      closed = true;
      await listener?.end().catch(() => {});
      await publisher.end();
    },
  };
}

const HEARTBEAT_MS = 25_000;

export const eventsPlugin = fp(
  async (app: FastifyInstance, options: { bus: EventBus }) => {
    const open = new Set<() => void>();
    // Streams never end on their own; end them first so shutdown can drain.
    app.addHook('preClose', async () => {
      for (const end of open) end();
    });
    app.get(
      '/api/events',
      {
        schema: {
          description: 'Server-Sent Events stream of live partner events (ids only).',
          tags: ['events'],
        },
      },
      async (request, reply) => {
        const auth = requireAuth(request);
        reply.hijack();
        const res = reply.raw;
        res.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-store',
          connection: 'keep-alive',
          'x-accel-buffering': 'no',
          ...Object.fromEntries(
            Object.entries(reply.getHeaders()).filter(([, v]) => typeof v === 'string') as [
              string,
              string,
            ][],
          ),
        });
        res.write('retry: 3000\n\n');
        const unsubscribe = options.bus.subscribe(auth.user.id, (event) => {
          res.write(`data: ${JSON.stringify(event)}\n\n`);
        });
        const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
        heartbeat.unref();
        const stop = (): void => {
          clearInterval(heartbeat);
          unsubscribe();
          open.delete(end);
        };
        const end = (): void => {
          stop();
          res.end();
        };
        open.add(end);
        request.raw.on('close', stop);
      },
    );
  },
  { name: 'events' },
);
