import { describe, expect, it } from 'vitest';
import type { NoveltyChallenge } from '../../../shared/challenges-api';
import { costText, durationText, factsOf, weekOfText } from './challenge-words';

describe('challenge words', () => {
  it.each([
    [20, 'About 20 minutes'],
    [60, 'About 60 minutes'],
    [90, 'About 2 hours'],
    [150, 'About 3 hours'],
    [180, 'About 3 hours'],
    [600, 'Half a day or more'],
  ])('%i minutes → %s', (minutes, text) => {
    expect(durationText(minutes)).toBe(text);
  });

  it('says what a challenge costs in words, never only in symbols', () => {
    expect(costText('free')).toBe('Free');
    for (const cost of ['$', '$$', '$$$'] as const) expect(costText(cost)).toMatch(/[a-z]{4}/);
  });

  it('lists the facts in reading order, with "works apart" only when it does', () => {
    const challenge: NoveltyChallenge = {
      id: 'challenge-x',
      title: 'x',
      description: 'x',
      setting: 'home',
      cost: 'free',
      minutes: 30,
      distance: true,
      kinds: [],
    };
    expect(factsOf(challenge)).toEqual([
      'At home',
      'Free',
      'About 30 minutes',
      'Works when you are apart',
    ]);
    expect(factsOf({ ...challenge, distance: false, setting: 'out' })).toHaveLength(3);
  });

  it('names the week by its Monday', () => {
    expect(weekOfText('2026-03-02')).toMatch(/^Week of (2 March|March 2)$/);
  });
});
