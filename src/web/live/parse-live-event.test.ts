import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { liveEventSchema } from '../../shared/api';
import { parseLiveEvent } from './parse-live-event';

describe('parseLiveEvent: the notebook’s event', () => {
  it('reads a notebook change with its entry id', () => {
    expect(parseLiveEvent('{"type":"notebook.changed","entryId":"e1"}')).toEqual({
      type: 'notebook.changed',
      entryId: 'e1',
    });
  });

  it.each([
    '{"type":"notebook.changed"}',
    '{"type":"notebook.changed","entryId":7}',
    '{"type":"notebook.gone","entryId":"e1"}',
  ])('ignores %s', (data) => {
    expect(parseLiveEvent(data)).toBeNull();
  });
});

/** One example of each event the server may send, built from the shared schema's fields. */
function exampleOf(option: (typeof liveEventSchema.options)[number]): Record<string, unknown> {
  const example: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(option.shape)) {
    const inner = field instanceof z.ZodNullable ? field.unwrap() : field;
    if (inner instanceof z.ZodLiteral) example[key] = inner.value;
    else if (inner instanceof z.ZodEnum) example[key] = inner.options[0];
    else if (inner instanceof z.ZodString) example[key] = `${key}-1`;
    else throw new Error(`No example for the field ${key}`);
  }
  return example;
}

describe('parseLiveEvent: every event of the shared contract', () => {
  it.each(liveEventSchema.options.map((option) => [option.shape.type.value, option] as const))(
    'reads %s',
    (_type, option) => {
      const example = exampleOf(option);
      expect(parseLiveEvent(JSON.stringify(example))).toEqual(example);
    },
  );
});
