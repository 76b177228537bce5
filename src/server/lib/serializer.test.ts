import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { type Today, todaySchema } from '../../shared/program-api';
import { compileSerializer } from './serializer';

const base = { priority: 1, status: 'todo', href: '/x', minutes: 5 } as const;

describe('compiled serializers', () => {
  const serialize = compileSerializer({ schema: todaySchema });
  const today: Today = {
    day: '2026-03-02',
    partnerName: null,
    now: [
      {
        ...base,
        id: 'q',
        kind: 'question',
        detail: {
          questionId: 'q1',
          text: 'What made you smile?',
          depth: 'light',
          kind: 'emotional',
          partnerAnswered: false,
          withPartner: true,
        },
      },
      { ...base, id: 'p', kind: 'primer', detail: { seen: 2, total: 6 } },
      { ...base, id: 's', kind: 'support', detail: { crisis: true } },
    ],
    waiting: [{ ...base, id: 'c', kind: 'check', detail: {} }],
    week: [{ id: 'daily-question', done: 2, target: 7, together: true }],
    individual: false,
  };

  it('writes each kind of a discriminated union with its own fields', () => {
    expect(JSON.parse(serialize(today))).toEqual(today);
  });

  it('never writes a field the schema does not declare', () => {
    const leaky = {
      ...today,
      secret: 'x',
      now: [{ ...today.now[1], detail: { seen: 1, total: 2, privateNote: 'never' } }],
    };
    const written = serialize(leaky);
    expect(written).not.toContain('secret');
    expect(written).not.toContain('never');
    expect(JSON.parse(written).now[0].detail).toEqual({ seen: 1, total: 2 });
  });

  it('compiles and writes without a warning from the schema compiler', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      compileSerializer({ schema: todaySchema })(today);
      expect(warn).not.toHaveBeenCalled();
      expect(log).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      log.mockRestore();
    }
  });

  it('falls back to JSON for a schema that is not zod', () => {
    expect(compileSerializer({ schema: { type: 'object' } })({ a: 1 })).toBe('{"a":1}');
    expect(compileSerializer({ schema: z.object({ a: z.number() }) })({ a: 1, b: 2 })).toBe(
      '{"a":1}',
    );
  });
});
