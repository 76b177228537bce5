import { describe, expect, it } from 'vitest';
import {
  CHALLENGE_SETTINGS,
  COST_BANDS,
  HOBBY_CATEGORIES,
  TRAVEL_SCALES,
} from '../shared/play-limits';
import { type Catalog, contentStats, loadCatalog } from './load';
import type { HobbyItem, NoveltyChallengeItem, TravelIdeaItem } from './schema';

const catalog: Catalog = loadCatalog();

const challenges = catalog.items.filter(
  (item): item is NoveltyChallengeItem => item.type === 'novelty-challenge',
);
const hobbies = catalog.items.filter((item): item is HobbyItem => item.type === 'hobby');
const ideas = catalog.items.filter((item): item is TravelIdeaItem => item.type === 'travel-idea');

/** Case, punctuation and spacing set aside, to find the same wording twice. */
function textKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** Words that give orders or assume a gender or a kind of couple. */
const ORDERS = /\b(must|have to|should)\b/i;
const GENDERED = /\b(he|she|him|her|his|hers|husband|wife|boyfriend|girlfriend|man|woman)\b/i;

describe('play content (track 6)', () => {
  it.each([
    ['novelty-challenge', challenges.length, 52],
    ['hobby', hobbies.length, 40],
    ['travel-idea', ideas.length, 30],
  ])('has enough %s items, counted by the content stats', (type, count, minimum) => {
    expect(count).toBeGreaterThanOrEqual(minimum);
    expect(contentStats(catalog).byType[type]).toBe(count);
  });

  it('keeps every item in track 6, with an id that says what it is', () => {
    for (const [items, prefix] of [
      [challenges, 'challenge-'],
      [hobbies, 'hobby-'],
      [ideas, 'travel-'],
    ] as const) {
      for (const item of items) {
        expect(item.track, item.id).toBe(6);
        expect(item.id.startsWith(prefix), item.id).toBe(true);
      }
    }
  });

  it('never repeats a title or a description', () => {
    const all = [...challenges, ...hobbies, ...ideas];
    for (const field of ['title', 'description'] as const) {
      const keys = all.map((item) => textKey(item[field]));
      const repeated = keys.filter((key, i) => keys.indexOf(key) !== i);
      expect(repeated, field).toEqual([]);
    }
  });

  it('speaks warmly and to any couple: suggestions, no orders, no assumed genders', () => {
    for (const item of [...challenges, ...hobbies, ...ideas]) {
      for (const text of [item.title, item.description]) {
        expect(text, item.id).not.toMatch(ORDERS);
        expect(text, item.id).not.toMatch(GENDERED);
      }
    }
  });

  it('spreads the challenges over home and out, every cost, and the three kinds', () => {
    const settings = countBy(challenges, (c) => c.setting);
    for (const setting of CHALLENGE_SETTINGS)
      expect(settings.get(setting) ?? 0, setting).toBeGreaterThanOrEqual(20);
    const costs = countBy(challenges, (c) => c.cost);
    for (const cost of COST_BANDS) expect(costs.get(cost) ?? 0, cost).toBeGreaterThanOrEqual(3);
    // Most weeks should cost nothing or very little.
    expect((costs.get('free') ?? 0) + (costs.get('$') ?? 0)).toBeGreaterThanOrEqual(40);
    for (const kind of ['emotional', 'physical', 'intellectual'] as const)
      expect(challenges.filter((c) => c.kinds.includes(kind)).length, kind).toBeGreaterThan(15);
  });

  it('gives a couple living apart a year of weekly challenges that work at a distance', () => {
    expect(challenges.filter((c) => c.distance).length).toBeGreaterThanOrEqual(26);
    // And they are not all at home: nor all free.
    expect(challenges.filter((c) => c.distance && c.setting === 'out').length).toBeGreaterThan(3);
  });

  it('covers every hobby category', () => {
    const categories = countBy(hobbies, (h) => h.category);
    for (const category of HOBBY_CATEGORIES)
      expect(categories.get(category) ?? 0, category).toBeGreaterThanOrEqual(3);
  });

  it('offers trips of every size, for small budgets and for gentle paces', () => {
    const scales = countBy(ideas, (i) => i.scale);
    for (const scale of TRAVEL_SCALES)
      expect(scales.get(scale) ?? 0, scale).toBeGreaterThanOrEqual(5);
    expect(ideas.filter((i) => i.budget === '$').length).toBeGreaterThanOrEqual(8);
    expect(ideas.filter((i) => i.pace === 'gentle').length).toBeGreaterThanOrEqual(15);
    for (const scale of TRAVEL_SCALES)
      expect(
        ideas.some((i) => i.scale === scale && i.pace === 'gentle'),
        scale,
      ).toBe(true);
  });
});
