/**
 * The server being worn down, on a real listening socket: slow uploads are cut,
 * the connection cap holds, the live stream survives, and every answer Node or
 * Fastify writes on its own keeps the one error shape.
 */
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import type { HttpLimits } from '../../src/server/lib/http-limits';
import { createLocalEventBus, type EventBus } from '../../src/server/plugins/events';
import { createTestDatabase, type TestDatabase } from '../support/databases';
import { testCatalog, testConfig } from '../support/test-app';

const REQUEST_TIMEOUT_MS = 1_000;
/** Short timeouts so a slow request is cut within about a second. */
const quickLimits: Partial<HttpLimits> = {
  requestTimeoutMs: REQUEST_TIMEOUT_MS,
  timeoutCheckIntervalMs: 100,
};

interface Server {
  port: number;
  bus: EventBus;
  app: Awaited<ReturnType<typeof buildApp>>;
  close(): Promise<void>;
}

async function startServer(limits: Partial<HttpLimits>): Promise<Server> {
  const database: TestDatabase = await createTestDatabase('sqlite');
  const bus = createLocalEventBus();
  const app = await buildApp({
    config: testConfig,
    database: database.handle,
    catalog: testCatalog(),
    bus,
    logger: false,
    // No web build: unknown paths get the API's 404 whether or not dist/web exists.
    webRoot: '/nonexistent-web-root',
    httpLimits: limits,
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    port: Number(new URL(url).port),
    bus,
    app,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

interface RawReply {
  /** 0 when nothing came back. */
  status: number;
  headers: Record<string, string>;
  body: string;
}

interface Exchange {
  /** Every response, in order (pipelined requests get several). */
  replies: RawReply[];
  /** Whether the server closed the socket before the wait ran out. */
  closed: boolean;
  ms: number;
}

type Reply = RawReply & Omit<Exchange, 'replies'>;

function parseAll(raw: string): RawReply[] {
  const replies: RawReply[] = [];
  let rest = raw;
  for (;;) {
    const end = rest.indexOf('\r\n\r\n');
    if (end < 0) return replies;
    const [statusLine = '', ...lines] = rest.slice(0, end).split('\r\n');
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const after = rest.slice(end + 4);
    const length = Number(headers['content-length'] ?? after.length);
    replies.push({
      status: Number(statusLine.split(' ')[1]),
      headers,
      body: after.slice(0, length),
    });
    rest = after.slice(length);
  }
}

/** Opens a socket, lets `drive` write to it (returning a stop function), and reads until close or `waitMs`. */
function exchangeAll(
  port: number,
  drive: (socket: Socket) => (() => void) | undefined,
  waitMs: number,
): Promise<Exchange> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let raw = '';
    let stop: (() => void) | undefined;
    let timer: NodeJS.Timeout | undefined;
    const finish = (closed: boolean): void => {
      clearTimeout(timer);
      stop?.();
      socket.destroy();
      resolve({ replies: parseAll(raw), closed, ms: Date.now() - started });
    };
    socket.on('data', (chunk: Buffer) => {
      raw += chunk.toString('utf8');
    });
    socket.on('error', () => {});
    socket.on('close', () => finish(true));
    socket.on('connect', () => {
      stop = drive(socket);
    });
    timer = setTimeout(() => finish(false), waitMs);
  });
}

/** Like exchangeAll, for the first response. */
async function exchange(
  port: number,
  drive: (socket: Socket) => (() => void) | undefined,
  waitMs: number,
): Promise<Reply> {
  const { replies, closed, ms } = await exchangeAll(port, drive, waitMs);
  return { ...(replies[0] ?? { status: 0, headers: {}, body: '' }), closed, ms };
}

/** Sends one raw request and waits for the server to answer and close (`connection: close`). */
function send(port: number, request: string | Buffer, waitMs = 3_000): Promise<Reply> {
  return exchange(
    port,
    (socket) => {
      socket.write(request);
      return undefined;
    },
    waitMs,
  );
}

/** A raw request without a body; it asks the server to close afterwards unless `keepAlive`. */
const request = (method: string, path: string, extra = '', keepAlive = false): string =>
  `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${extra}` +
  `${keepAlive ? '' : 'Connection: close\r\n'}\r\n`;
const get = (path: string, extra = ''): string => request('GET', path, extra);

/** Headers of a JSON upload to a public route that reads its body. */
const uploadHead = (extra: string): string =>
  'POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: application/json\r\n' +
  `${extra}\r\n`;

/** A body that arrives one byte every 200 ms; it never completes on its own. */
function slowUpload(port: number, waitMs: number): Promise<Reply> {
  return exchange(
    port,
    (socket) => {
      socket.write(uploadHead('content-length: 60000\r\n'));
      const drip = setInterval(() => socket.write('a'), 200);
      return () => clearInterval(drip);
    },
    waitMs,
  );
}

function expectShape(reply: RawReply, status: number, code: string): void {
  expect(reply.status).toBe(status);
  expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(JSON.parse(reply.body)).toEqual({ error: { code, message: expect.any(String) } });
  expect(reply.body).not.toMatch(/node_modules|\.ts:\d+|at .*\(|FST_|HPE_|ERR_/);
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a server being worn down', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startServer(quickLimits);
  });
  afterAll(() => server.close());

  it('cuts 50 slow uploads with 408 in the one shape while /healthz keeps answering', async () => {
    const attack = Array.from({ length: 50 }, () => slowUpload(server.port, 8_000));
    const health: Reply[] = [];
    let attacking = true;
    const poll = (async () => {
      while (attacking) {
        health.push(await send(server.port, get('/healthz')));
        await delay(100);
      }
    })();
    const uploads = await Promise.all(attack);
    attacking = false;
    await poll;

    for (const upload of uploads) {
      expect(upload.closed).toBe(true);
      expect(upload.ms).toBeLessThan(REQUEST_TIMEOUT_MS + 2_000);
      expectShape(upload, 408, 'request_timeout');
      expect(upload.headers.connection).toBe('close');
    }
    // Polled every 100 ms through the attack: a loaded machine answers fewer times, never none.
    expect(health.length).toBeGreaterThanOrEqual(2);
    for (const reply of health) {
      expect(reply.status).toBe(200);
      expect(reply.ms).toBeLessThan(1_000);
    }
  });

  it('answers headers over the limit with 431 in the one shape', async () => {
    const reply = await send(server.port, get('/healthz', `x-padding: ${'a'.repeat(20_000)}\r\n`));
    expectShape(reply, 431, 'headers_too_large');
    expect(reply.closed).toBe(true);
    // The request line counts toward the same limit, so a path this long is 431 too.
    expectShape(
      await send(server.port, get(`/api/${'a'.repeat(20_000)}`)),
      431,
      'headers_too_large',
    );
  });

  it('answers an Expect header it cannot meet with 417 in the one shape', async () => {
    expectShape(
      await send(server.port, get('/healthz', 'expect: something-else\r\n')),
      417,
      'expectation_failed',
    );
  });

  it('answers a bad URL encoding, a malformed request and a missing Host with 400 in the one shape', async () => {
    expectShape(await send(server.port, get('/api/%E0%A4%A')), 400, 'bad_request');
    expectShape(await send(server.port, get('/api/questions/%E0%A4%A/answer')), 400, 'bad_request');
    expectShape(await send(server.port, 'HELLO\r\n\r\n'), 400, 'bad_request');
    expectShape(
      await send(server.port, 'GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n'),
      400,
      'bad_request',
    );
    // Unknown routes and unserved methods were already in the shape (Fastify has no 405).
    expectShape(await send(server.port, get('/api/nothing-here')), 404, 'not_found');
    expectShape(await send(server.port, request('DELETE', '/healthz')), 404, 'not_found');
  });

  it('answers a path parameter over maxParamLength with 414 in the one shape', async () => {
    const reply = await send(
      server.port,
      request('PUT', `/api/questions/${'a'.repeat(200)}/answer`),
    );
    expectShape(reply, 414, 'uri_too_long');
    expect(reply.body).not.toContain('aaaa');
  });

  it('answers an oversized body with 413 and closes instead of reading the rest (declared, chunked, chunk extensions)', async () => {
    // Neither request says `connection: close`: the server must close on its own.
    const declared = await exchange(
      server.port,
      (socket) => {
        socket.write(uploadHead('content-length: 100000\r\n'));
        socket.write('{"email":"');
        return undefined;
      },
      3_000,
    );
    expectShape(declared, 413, 'payload_too_large');
    expect(declared.headers.connection).toBe('close');
    expect(declared.closed).toBe(true);

    const chunk = `${(16 * 1024).toString(16)}\r\n${'a'.repeat(16 * 1024)}\r\n`;
    const chunked = await exchange(
      server.port,
      (socket) => {
        socket.write(uploadHead('transfer-encoding: chunked\r\n'));
        // 80 KiB against a 64 KiB limit, and no final chunk.
        for (let i = 0; i < 5; i += 1) socket.write(chunk);
        return undefined;
      },
      3_000,
    );
    expectShape(chunked, 413, 'payload_too_large');
    expect(chunked.headers.connection).toBe('close');
    expect(chunked.closed).toBe(true);

    // Node's own limit on chunk extensions (16 KiB) is answered on the socket.
    const extended = await send(
      server.port,
      `${uploadHead('transfer-encoding: chunked\r\n')}1;x=${'a'.repeat(20_000)}\r\n`,
    );
    expectShape(extended, 413, 'payload_too_large');
    expect(extended.closed).toBe(true);
  });

  it('keeps an open live stream past the request timeout that cuts a slow upload', async () => {
    const signup = await server.app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: {
        email: `wear-${Date.now()}@example.com`,
        password: 'a calm and long passphrase',
        displayName: 'Wren',
        timeZone: 'UTC',
      },
    });
    expect(signup.statusCode).toBe(201);
    const cookie = signup.cookies.find((c) => c.name === 'rekindle_session')?.value ?? '';
    const userId: string = signup.json().user.id;

    let streamed = '';
    let streamClosed = false;
    const stream = connect(server.port, '127.0.0.1');
    stream.on('error', () => {});
    stream.on('data', (chunk: Buffer) => {
      streamed += chunk.toString('utf8');
    });
    stream.on('close', () => {
      streamClosed = true;
    });
    stream.write(request('GET', '/api/events', `cookie: rekindle_session=${cookie}\r\n`, true));
    const opened = Date.now();
    while (!streamed.includes('retry:') && Date.now() - opened < 2_000) await delay(20);
    try {
      const upload = await slowUpload(server.port, 8_000);
      expectShape(upload, 408, 'request_timeout');
      await delay(REQUEST_TIMEOUT_MS);
      expect(Date.now() - opened).toBeGreaterThan(2 * REQUEST_TIMEOUT_MS);
      expect(streamed).toMatch(/^HTTP\/1\.1 200 /);
      expect(streamed).toContain('text/event-stream');
      expect(streamClosed).toBe(false);
      await server.bus.publish([userId], { type: 'couple.changed' });
      await delay(100);
      expect(streamed).toContain('data: {"type":"couple.changed"}');
    } finally {
      stream.destroy();
    }
  });
});

describe('a server at its connection cap', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startServer({ ...quickLimits, maxConnections: 20 });
  });
  afterAll(() => server.close());

  it('drops sockets beyond the cap, and serves again once they close', async () => {
    const sockets: Socket[] = [];
    const dropped: Socket[] = [];
    await Promise.all(
      Array.from(
        { length: 30 },
        () =>
          new Promise<void>((resolve) => {
            const socket = connect(server.port, '127.0.0.1', () => resolve());
            socket.on('error', () => {});
            socket.on('close', () => dropped.push(socket));
            sockets.push(socket);
          }),
      ),
    );
    await delay(300);
    expect(dropped.length).toBe(10);
    // While 20 sockets are held, a new one is dropped without an answer.
    const refused = await send(server.port, get('/healthz'), 1_000);
    expect(refused.status).toBe(0);
    expect(refused.closed).toBe(true);

    for (const socket of sockets) socket.destroy();
    await delay(300);
    expect(server.app.server.listening).toBe(true);
    const healthy = await send(server.port, get('/healthz'));
    expect(healthy.status).toBe(200);
    expect(JSON.parse(healthy.body)).toEqual({ status: 'ok', database: 'sqlite' });
  });
});

describe('a draining server', () => {
  it('answers a request that arrives during shutdown with 503 in the one shape', async () => {
    const server = await startServer(quickLimits);
    let closing: Promise<void> | undefined;
    try {
      const { replies, closed } = await exchangeAll(
        server.port,
        (socket) => {
          // An upload in flight keeps this connection open while the server drains;
          // the request pipelined behind it arrives after close() began.
          socket.write(uploadHead('content-length: 2\r\n'));
          setTimeout(() => {
            closing = server.close();
            setTimeout(() => socket.write(`{}${get('/healthz')}`), 100);
          }, 100);
          return undefined;
        },
        3_000,
      );
      expect(closed).toBe(true);
      expect(replies.map((reply) => reply.status)).toEqual([400, 503]);
      const [, drained] = replies;
      if (!drained) throw new Error('no second response');
      expectShape(drained, 503, 'unavailable');
      expect(drained.headers.connection?.toLowerCase()).toBe('close');
    } finally {
      await (closing ?? server.close());
    }
  });
});
