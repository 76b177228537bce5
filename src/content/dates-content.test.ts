/** The date-idea library: big enough, spread over every filter, original and consent-aware. */
import { describe, expect, it } from 'vitest';
import {
  DATE_COSTS,
  DATE_ENERGIES,
  DATE_SEASONS,
  DATE_SETTINGS,
  matchesIdeaFilter,
  TIME_NEEDED,
  timeNeededOf,
} from '../core/dates';
import { loadCatalog } from './load';
import type { DateIdeaItem } from './schema';

const ideas = loadCatalog().items.filter((item): item is DateIdeaItem => item.type === 'date-idea');

function countBy(keyOf: (idea: DateIdeaItem) => readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const idea of ideas)
    for (const key of keyOf(idea)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

describe('the date-idea library', () => {
  it('holds at least 150 ideas, all in track 4', () => {
    expect(ideas.length).toBeGreaterThanOrEqual(150);
    expect(ideas.every((idea) => idea.track === 4)).toBe(true);
  });

  it.each([
    ['setting', DATE_SETTINGS, (i: DateIdeaItem) => [i.setting], 60],
    ['cost', DATE_COSTS, (i: DateIdeaItem) => [i.cost], 10],
    ['energy', DATE_ENERGIES, (i: DateIdeaItem) => [i.energy], 20],
    ['time needed', TIME_NEEDED, (i: DateIdeaItem) => [timeNeededOf(i.minutes)], 15],
    ['season', DATE_SEASONS, (i: DateIdeaItem) => i.seasons, 12],
    [
      'kind',
      ['emotional', 'physical', 'intellectual'],
      (i: DateIdeaItem) => i.kinds as readonly string[],
      50,
    ],
  ] as const)('spreads over every %s', (_name, values, keyOf, atLeast) => {
    const counts = countBy(keyOf);
    for (const value of values)
      expect(counts.get(value) ?? 0, `${_name} ${value}`).toBeGreaterThanOrEqual(atLeast);
  });

  it('has ideas for every budget both at home and out, and many for couples apart', () => {
    for (const setting of DATE_SETTINGS)
      for (const cost of DATE_COSTS)
        expect(
          ideas.filter((i) => matchesIdeaFilter(i, { setting, cost })).length,
          `${setting} ${cost}`,
        ).toBeGreaterThanOrEqual(1);
    for (const setting of DATE_SETTINGS)
      expect(
        ideas.filter((i) => matchesIdeaFilter(i, { setting, cost: 'free' })).length,
      ).toBeGreaterThanOrEqual(15);
    expect(ideas.filter((i) => i.distance).length).toBeGreaterThanOrEqual(30);
    // Something for every season that is also free and gentle.
    for (const season of ['spring', 'summer', 'autumn', 'winter'] as const)
      expect(
        ideas.filter((i) => matchesIdeaFilter(i, { season, cost: 'free', energy: 'low' })).length,
        season,
      ).toBeGreaterThanOrEqual(20);
  });

  it('never repeats a title or a description', () => {
    const titles = ideas.map((i) => i.title.toLowerCase());
    const descriptions = ideas.map((i) => i.description.toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
    expect(new Set(descriptions).size).toBe(descriptions.length);
  });

  it('keeps descriptions to one or two sentences', () => {
    for (const idea of ideas) {
      const sentences = idea.description.split(/(?<=[.!?])\s+/).filter(Boolean);
      expect(sentences.length, idea.id).toBeGreaterThanOrEqual(1);
      expect(sentences.length, idea.id).toBeLessThanOrEqual(2);
    }
  });

  it('assumes no genders and stays non-sexual', () => {
    const words =
      /\b(?:he|she|him|her|his|hers|husband|wife|boyfriend|girlfriend|man|woman|sex|sexual|sexy|naked|nude|lingerie|erotic)\b/i;
    for (const idea of ideas)
      expect(`${idea.title} ${idea.description}`, idea.id).not.toMatch(words);
  });

  it('lists seasons plainly: "any" alone, or real seasons without repeats', () => {
    for (const idea of ideas) {
      if (idea.seasons.includes('any')) expect(idea.seasons, idea.id).toEqual(['any']);
      expect(new Set(idea.seasons).size, idea.id).toBe(idea.seasons.length);
    }
  });
});
