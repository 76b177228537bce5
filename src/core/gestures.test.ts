import { describe, expect, it } from 'vitest';
import { addDays } from './calendar';
import { chooseDailyGesture, type DailyGestureInput, RECENT_DAYS, stableHash } from './gestures';

const library = Array.from({ length: 40 }, (_, i) => ({
  id: `g-${String(i).padStart(2, '0')}`,
  distance: i % 4 === 0,
}));

function input(over: Partial<DailyGestureInput> = {}): DailyGestureInput {
  return {
    personId: 'person-a',
    day: '2026-03-02',
    gestures: library,
    notForUs: new Set(),
    recent: [],
    apart: null,
    ...over,
  };
}

/** Days of suggestions in a row, each day seeing the ones before, as the service stores them. */
function run(days: number, over: Partial<DailyGestureInput> = {}): string[] {
  const picked: string[] = [];
  for (let i = 0; i < days; i++) {
    const id = chooseDailyGesture(
      input({ ...over, day: addDays('2026-03-02', i), recent: [...picked].reverse() }),
    );
    if (id === null) throw new Error('no gesture');
    picked.push(id);
  }
  return picked;
}

describe('the daily gesture', () => {
  it('is the same when asked twice, and differs between partners on most days', () => {
    expect(chooseDailyGesture(input())).toBe(chooseDailyGesture(input()));
    const a = run(30);
    const b = run(30, { personId: 'person-b' });
    const same = a.filter((id, i) => b[i] === id).length;
    expect(same).toBeLessThan(6);
  });

  it.each([
    { name: 'a 40-gesture library', size: 40 },
    { name: 'a library just over the window', size: RECENT_DAYS + 1 },
  ])('never repeats within the recent days with $name', ({ size }) => {
    const gestures = library.slice(0, size);
    const picked = run(90, { gestures });
    for (let i = 0; i < picked.length; i++) {
      const window = picked.slice(Math.max(0, i - RECENT_DAYS), i);
      expect(window, `day ${i}`).not.toContain(picked[i]);
    }
  });

  it('with fewer gestures than the window, brings back the one suggested longest ago', () => {
    const gestures = library.slice(0, 3);
    const picked = run(9, { gestures });
    expect(picked.slice(3)).toEqual([...picked.slice(0, 3), ...picked.slice(0, 3)]);
  });

  it.each([
    { name: 'one mark', marks: ['g-05'] },
    { name: 'half the library', marks: library.slice(0, 20).map((g) => g.id) },
  ])('never suggests a gesture marked "not for us" ($name)', ({ marks }) => {
    const notForUs = new Set(marks);
    for (const id of run(60, { notForUs })) expect(notForUs.has(id)).toBe(false);
  });

  it('suggests nothing once every gesture is set aside', () => {
    const notForUs = new Set(library.map((g) => g.id));
    expect(chooseDailyGesture(input({ notForUs }))).toBeNull();
  });

  it.each([
    { apart: null, onlyDistance: false },
    { apart: false, onlyDistance: false },
    { apart: true, onlyDistance: true },
  ])('apart: $apart → only gestures for distance: $onlyDistance', ({ apart, onlyDistance }) => {
    const picked = run(30, { apart });
    const distance = picked.filter((id) => library.find((g) => g.id === id)?.distance);
    if (onlyDistance) expect(distance).toHaveLength(picked.length);
    else expect(distance.length).toBeLessThan(picked.length);
  });

  it('apart with every distance gesture set aside still suggests something', () => {
    const notForUs = new Set(library.filter((g) => g.distance).map((g) => g.id));
    const id = chooseDailyGesture(input({ apart: true, notForUs }));
    expect(id).not.toBeNull();
    expect(notForUs.has(id ?? '')).toBe(false);
  });

  it('hashes the same text to the same number everywhere', () => {
    expect(stableHash('person-a:2026-03-02')).toBe(stableHash('person-a:2026-03-02'));
    expect(stableHash('')).toBe(0x811c9dc5);
  });
});
