import { describe, expect, it } from 'vitest';
import { type CheckProgress, parseProgress } from './check-storage';

const VERSION = '2026-10';
const valid: CheckProgress = {
  version: VERSION,
  layout: 'screens',
  step: 3,
  items: {
    'check-emo-1': { now: 3, wish: 9 },
    'check-emo-2': { now: 0, wish: 10 },
    'check-emo-3': { now: null, wish: 4 },
  },
  skipped: ['check-emo-4'],
  causes: { arguments: 3, routine: 0 },
  signs: ['less-talk'],
};
const saved = (value: unknown) => JSON.stringify(value);

describe('parseProgress', () => {
  it('reads back what was saved', () => {
    expect(parseProgress(saved(valid), VERSION)).toEqual(valid);
  });

  it.each([
    ['nothing saved', null],
    ['empty text', ''],
    ['not JSON', '{"version": "2026-10", "step": 3'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['a string', '"2026-10"'],
    ['an array', saved([valid])],
    ['another version', saved({ ...valid, version: '2026-01' })],
    ['no version', saved({ ...valid, version: undefined })],
    ['no step', saved({ ...valid, step: undefined })],
    ['a step as text', saved({ ...valid, step: '3' })],
    ['a negative step', saved({ ...valid, step: -1 })],
    ['a fractional step', saved({ ...valid, step: 2.5 })],
  ])('counts %s as no progress', (_name, raw) => {
    expect(parseProgress(raw, VERSION)).toBeNull();
  });

  it.each([
    ['items', { ...valid, items: 'oops' }, { ...valid, items: {} }],
    ['items as a list', { ...valid, items: [{ now: 1, wish: 2 }] }, { ...valid, items: {} }],
    ['causes', { ...valid, causes: null }, { ...valid, causes: {} }],
    ['signs', { ...valid, signs: 'less-talk' }, { ...valid, signs: [] }],
    ['skipped', { ...valid, skipped: { 'check-emo-4': true } }, { ...valid, skipped: [] }],
  ])('replaces unusable %s with none, keeping the rest', (_name, stored, expected) => {
    expect(parseProgress(saved(stored), VERSION)).toEqual(expected);
  });

  it('reads progress saved before statements shared a screen, with nothing skipped yet', () => {
    const { layout: _layout, skipped: _skipped, ...old } = valid;
    expect(parseProgress(saved(old), VERSION)).toEqual({
      ...valid,
      layout: 'statements',
      skipped: [],
    });
  });

  it('keeps a rating with one of its two answers chosen, as not chosen for the other', () => {
    const parsed = parseProgress(
      saved({ ...valid, items: { a: { now: 5 }, b: { wish: 2, now: null } } }),
      VERSION,
    );
    expect(parsed?.items).toEqual({ a: { now: 5, wish: null }, b: { now: null, wish: 2 } });
  });

  it.each([
    ['a rating that is not an object', 5],
    ['a rating with nothing chosen', { now: null, wish: null }],
    ['an empty rating', {}],
    ['a rating as text', { now: '5', wish: '7' }],
    ['a rating above 10', { now: 11, wish: 7 }],
    ['a rating below 0', { now: -1, wish: 7 }],
    ['a fractional rating', { now: 5.5, wish: 7 }],
  ])('drops %s, keeping the other ratings', (_name, bad) => {
    const parsed = parseProgress(
      saved({ ...valid, items: { ...valid.items, 'check-odd': bad } }),
      VERSION,
    );
    expect(parsed?.items).toEqual(valid.items);
  });

  it('keeps only the two numbers of a rating', () => {
    const parsed = parseProgress(
      saved({ ...valid, items: { 'check-emo-1': { now: 3, wish: 9, extra: 'x' } } }),
      VERSION,
    );
    expect(parsed?.items).toEqual({ 'check-emo-1': { now: 3, wish: 9 } });
  });

  it.each([
    ['a weight above 3', 4],
    ['a negative weight', -1],
    ['a fractional weight', 1.5],
    ['a weight as text', '2'],
    ['no weight', null],
  ])('drops %s, keeping the other causes', (_name, bad) => {
    const parsed = parseProgress(
      saved({ ...valid, causes: { ...valid.causes, odd: bad } }),
      VERSION,
    );
    expect(parsed?.causes).toEqual(valid.causes);
  });

  it('keeps skipped statements that are text, once each', () => {
    const parsed = parseProgress(
      saved({ ...valid, skipped: ['check-emo-4', 3, 'check-emo-4', null, 'check-int-1'] }),
      VERSION,
    );
    expect(parsed?.skipped).toEqual(['check-emo-4', 'check-int-1']);
  });

  it('keeps signs that are text, once each', () => {
    const parsed = parseProgress(
      saved({ ...valid, signs: ['less-talk', 7, null, 'less-touch', 'less-talk', { id: 'x' }] }),
      VERSION,
    );
    expect(parsed?.signs).toEqual(['less-talk', 'less-touch']);
  });

  it('keeps a step past the end: the flow brings it back in range', () => {
    expect(parseProgress(saved({ ...valid, step: 99 }), VERSION)?.step).toBe(99);
  });
});
