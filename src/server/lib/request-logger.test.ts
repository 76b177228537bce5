import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { requestLogger } from './request-logger';

function logged(level: string) {
  const lines: Record<string, unknown>[] = [];
  // The app's own logger: Fastify's pino, writing to a stream of our own.
  const parent = Fastify({
    logger: {
      level,
      stream: { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
    },
  }).log;
  let children = 0;
  const counting = Object.assign(Object.create(parent) as typeof parent, {
    child: (...args: Parameters<typeof parent.child>) => {
      children += 1;
      return parent.child(...args);
    },
  });
  return { lines, parent: counting, children: () => children };
}

describe('a request logger', () => {
  it('makes no child logger while the request writes nothing', () => {
    const log = logged('info');
    const request = requestLogger(log.parent, { reqId: 'req-1' }, {});
    expect(request.level).toBe('info');
    expect(log.children()).toBe(0);
    request.debug('below the level');
    expect(log.lines).toEqual([]);
  });

  it('writes the same lines as a child bound to the request', () => {
    const log = logged('debug');
    const request = requestLogger(log.parent, { reqId: 'req-2' }, {});
    request.debug({ route: '/x', status: 200 }, 'request');
    request.warn('plain words %s', 'formatted');
    request.error({ err: new Error('broke') }, 'request failed');
    expect(log.children()).toBe(1);
    expect(log.lines.map(({ time: _time, pid: _pid, hostname: _host, ...line }) => line)).toEqual([
      { level: 20, reqId: 'req-2', route: '/x', status: 200, msg: 'request' },
      { level: 40, reqId: 'req-2', msg: 'plain words formatted' },
      expect.objectContaining({ level: 50, reqId: 'req-2', msg: 'request failed' }),
    ]);
  });

  it('takes a level of its own, and makes children of the request', () => {
    const log = logged('info');
    const request = requestLogger(log.parent, { reqId: 'req-3' }, {});
    request.level = 'debug';
    request.debug('now written');
    request.child({ step: 'inner' }).info('from a child');
    expect(log.parent.level).toBe('info');
    expect(log.lines.map((line) => [line.reqId, line.step, line.msg])).toEqual([
      ['req-3', undefined, 'now written'],
      ['req-3', 'inner', 'from a child'],
    ]);
  });
});
