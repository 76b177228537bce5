/** The guided exercises shipped for track 4: enough of them, of every sort, timed and consent-first. */
import { describe, expect, it } from 'vitest';
import { EXERCISE_CATEGORIES, totalSeconds } from '../core/exercises';
import { loadCatalog } from './load';
import { type ExerciseItem, exerciseItemSchema } from './schema';

const catalog = loadCatalog();
const exercises = catalog.items.filter((i): i is ExerciseItem => i.type === 'exercise');
const byCategory = (category: ExerciseItem['category']) =>
  exercises.filter((e) => e.category === category);
const STOP_ANY_TIME = 'stop at any moment, for any reason, and that is fine';

describe('guided exercises', () => {
  it('ships at least 15, on track 4, all for two', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(15);
    for (const e of exercises) {
      expect(e.track).toBe(4);
      expect(e.together).toBe(true);
    }
  });

  it('covers every sort the program names', () => {
    expect(byCategory('breathing').length).toBeGreaterThanOrEqual(2);
    expect(byCategory('conversation').length).toBeGreaterThanOrEqual(3);
    for (const category of EXERCISE_CATEGORIES)
      expect(byCategory(category).length, category).toBeGreaterThan(0);
    const titles = exercises.map((e) => e.title.toLowerCase()).join(' | ');
    for (const word of ['eye', 'hand massage', 'shoulder', 'dance', 'still', 'stretches'])
      expect(titles).toContain(word);
    // A few also work apart, over a call.
    expect(exercises.filter((e) => e.distance).length).toBeGreaterThanOrEqual(3);
  });

  it('spreads over the three kinds of intimacy and over short and longer times', () => {
    for (const kind of ['emotional', 'physical', 'intellectual'] as const)
      expect(exercises.filter((e) => e.kinds.includes(kind)).length, kind).toBeGreaterThan(0);
    expect(exercises.filter((e) => e.minutes <= 5).length).toBeGreaterThanOrEqual(4);
    expect(exercises.filter((e) => e.minutes > 10).length).toBeGreaterThanOrEqual(4);
  });

  it('gives every exercise timed steps whose total matches its minutes', () => {
    for (const e of exercises) {
      expect(e.steps.length, e.id).toBeGreaterThanOrEqual(2);
      expect(Math.abs(totalSeconds(e.steps) / 60 - e.minutes), e.id).toBeLessThanOrEqual(1);
    }
  });

  it('asks for consent first, and always says either can stop', () => {
    for (const e of exercises) {
      expect(e.consent, e.id).toMatch(/^Before you start: /);
      expect(e.consent, e.id).toContain(STOP_ANY_TIME);
    }
  });

  it('paces every breathing exercise, and only breathing ones', () => {
    for (const e of byCategory('breathing')) {
      expect(e.pacer, e.id).toBeDefined();
      expect(
        e.steps.some((s) => s.paced),
        e.id,
      ).toBe(true);
    }
    for (const e of exercises.filter((x) => x.category !== 'breathing'))
      expect(e.pacer, e.id).toBeUndefined();
  });

  it('suggests songs for dancing, each named once', () => {
    const dances = exercises.filter((e) => e.songs);
    expect(dances.length).toBeGreaterThanOrEqual(1);
    for (const e of dances) {
      const songs = e.songs ?? [];
      expect(songs.length).toBeGreaterThanOrEqual(8);
      expect(new Set(songs.map((s) => s.title.toLowerCase())).size).toBe(songs.length);
    }
  });

  it('never repeats a title, a summary or a step', () => {
    const titles = exercises.map((e) => e.title);
    const summaries = exercises.map((e) => e.summary);
    const steps = exercises.flatMap((e) => e.steps.map((s) => s.text));
    expect(new Set(titles).size).toBe(titles.length);
    expect(new Set(summaries).size).toBe(summaries.length);
    expect(new Set(steps).size).toBe(steps.length);
  });

  it('offers a way to adapt every exercise to any body', () => {
    for (const e of exercises) expect(e.adapt.length, e.id).toBeGreaterThan(20);
    const touch = [...byCategory('touch'), ...byCategory('movement')];
    for (const e of touch) expect(e.adapt, e.id).toMatch(/seat|sit|chair|hold hands|hands alone/i);
  });

  it('refuses a paced step without a pacer, and minutes that do not match the steps', () => {
    const base = exercises[0];
    if (!base) throw new Error('no exercises');
    const { pacer: _pacer, ...withoutPacer } = base;
    const unpaced = exerciseItemSchema.safeParse({
      ...withoutPacer,
      steps: [{ text: 'Breathe with the circle.', seconds: 60, paced: true }, ...base.steps],
    });
    expect(unpaced.success).toBe(false);
    const wrongMinutes = exerciseItemSchema.safeParse({ ...base, minutes: base.minutes + 5 });
    expect(wrongMinutes.success).toBe(false);
  });
});
