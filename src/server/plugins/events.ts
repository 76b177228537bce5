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
import { z } from 'zod';
import { type LiveEvent, liveEventSchema } from '../../shared/api';
import { requireAuth } from './session';

/**
 * What travels on the bus: a live event for the client (with the couple it
 * belongs to, which the client never sees), or a signal that these people's
 * sessions or couple changed, so their open streams check themselves again.
 */
const busMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('event'), event: liveEventSchema, coupleId: z.string().nullable() }),
  z.object({ kind: z.literal('recheck') }),
]);
export type BusMessage = z.infer<typeof busMessageSchema>;

type Listener = (message: BusMessage) => void;

export interface EventBus {
  /**
   * Sends an event to every open connection of these users, on any instance.
   * With `coupleId`, only streams whose person is still in that couple get it.
   */
  publish(userIds: readonly string[], event: LiveEvent, coupleId?: string | null): Promise<void>;
  /** Every open stream of these users, on any instance, checks its session and couple again. */
  recheck(userIds: readonly string[]): Promise<void>;
  subscribe(userId: string, listener: Listener): () => void;
  close(): Promise<void>;
}

class LocalFanout {
  private readonly listeners = new Map<string, Set<Listener>>();

  deliver(userIds: readonly string[], message: BusMessage): void {
    for (const userId of userIds) {
      for (const listener of this.listeners.get(userId) ?? []) listener(message);
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
    publish: async (userIds, event, coupleId = null) =>
      fanout.deliver(userIds, { kind: 'event', event, coupleId }),
    recheck: async (userIds) => fanout.deliver(userIds, { kind: 'recheck' }),
    subscribe: (userId, listener) => fanout.subscribe(userId, listener),
    close: async () => {},
  };
}

/** A NOTIFY payload, read through this schema, never cast; anything else is dropped. */
const envelopeSchema = z.object({ u: z.array(z.string()), m: busMessageSchema });
type Envelope = z.infer<typeof envelopeSchema>;

function readEnvelope(payload: string): Envelope | null {
  try {
    const parsed = envelopeSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
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
      const envelope = readEnvelope(message.payload);
      if (envelope) fanout.deliver(envelope.u, envelope.m);
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

  const send = async (userIds: readonly string[], message: BusMessage): Promise<void> => {
    if (userIds.length === 0) return;
    const payload: Envelope = { u: [...userIds], m: message };
    await publisher.query('SELECT pg_notify($1, $2)', [channel, JSON.stringify(payload)]);
  };
  return {
    publish: (userIds, event, coupleId = null) => send(userIds, { kind: 'event', event, coupleId }),
    recheck: (userIds) => send(userIds, { kind: 'recheck' }),
    subscribe: (userId, fn) => fanout.subscribe(userId, fn),
    close: async () => {
      closed = true;
      await listener?.end().catch(() => {});
      await publisher.end();
    },
  };
}

const HEARTBEAT_MS = 25_000;
/** At most this many open streams per person on one instance; the oldest is closed first. */
export const MAX_STREAMS_PER_PERSON = 10;

/** Who a stream is for, as the database says now; null once the session has ended. */
export type StreamCheck = (sessionId: string) => Promise<{ coupleId: string | null } | null>;

export const eventsPlugin = fp(
  async (app: FastifyInstance, options: { bus: EventBus; check: StreamCheck }) => {
    /** Each person's open streams, oldest first, by the function that ends one. */
    const byUser = new Map<string, (() => void)[]>();
    // Streams never end on their own; end them first so shutdown can drain.
    app.addHook('preClose', async () => {
      for (const ends of [...byUser.values()]) for (const end of [...ends]) end();
    });
    app.get(
      '/api/events',
      {
        schema: {
          operationId: 'streamEvents',
          summary: 'Stream live partner events.',
          description: 'Server-Sent Events stream of live partner events (ids only).',
          tags: ['events'],
          response: {
            200: {
              description: 'An endless `text/event-stream`; each `data:` line is one live event.',
              content: { 'text/event-stream': { schema: z.string() } },
            },
          },
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

        let coupleId = auth.couple?.id ?? null;
        let ended = false;
        // Messages are handled one at a time, so an event never overtakes a recheck.
        let queue = Promise.resolve();
        const recheck = async (): Promise<boolean> => {
          const now = await options.check(auth.sessionId).catch(() => null);
          if (!now) {
            end();
            return false;
          }
          coupleId = now.coupleId;
          return true;
        };
        const handle = async (message: BusMessage): Promise<void> => {
          if (ended) return;
          if (message.kind === 'recheck') {
            await recheck();
            return;
          }
          // A change of couple is believed only after the database confirms it.
          if (message.event.type === 'couple.changed' && !(await recheck())) return;
          if (message.coupleId !== null && message.coupleId !== coupleId) return;
          if (!ended) res.write(`data: ${JSON.stringify(message.event)}\n\n`);
        };
        const unsubscribe = options.bus.subscribe(auth.user.id, (message) => {
          queue = queue.then(() => handle(message));
        });
        const heartbeat = setInterval(() => {
          queue = queue.then(async () => {
            if (await recheck()) res.write(': keep-alive\n\n');
          });
        }, HEARTBEAT_MS);
        heartbeat.unref();

        const stop = (): void => {
          if (ended) return;
          ended = true;
          clearInterval(heartbeat);
          unsubscribe();
          const mine = (byUser.get(auth.user.id) ?? []).filter((other) => other !== end);
          if (mine.length > 0) byUser.set(auth.user.id, mine);
          else byUser.delete(auth.user.id);
        };
        function end(): void {
          stop();
          res.end();
        }
        request.raw.on('close', stop);
        const mine = [...(byUser.get(auth.user.id) ?? []), end];
        byUser.set(auth.user.id, mine);
        // Streams open one at a time, so only the oldest can be over the limit.
        if (mine.length > MAX_STREAMS_PER_PERSON) mine[0]?.();
      },
    );
  },
  { name: 'events' },
);
