import { describe, expect, it } from 'vitest';
import type { TravelIdea } from '../../../shared/interests-api';
import { ideaFacts, seasonsText, strengthText, timingText } from './travel-words';

const idea: TravelIdea = {
  id: 'travel-x',
  source: 'library',
  title: 'x',
  description: 'x',
  scale: 'weekend',
  budget: '$$',
  pace: 'gentle',
  seasons: ['spring', 'autumn'],
  kinds: [],
  addedBy: null,
};

describe('travel words', () => {
  it('lists an idea’s facts in words, never only in symbols', () => {
    const facts = ideaFacts(idea);
    expect(facts).toHaveLength(4);
    expect(facts[0]).toBe('A weekend');
    expect(facts[1]).toMatch(/[a-z]{4}/);
    expect(facts[3]).toBe('Spring or autumn');
    expect(ideaFacts({ ...idea, pace: null, seasons: [], source: 'own' })).toHaveLength(2);
  });

  it.each([
    [['any'], 'Any time of year'],
    [['winter'], 'Winter'],
    [[], null],
  ] as const)('seasons %o → %s', (seasons, text) => {
    expect(seasonsText(seasons)).toBe(text);
  });

  it.each([
    [null, 'Not decided yet'],
    [{ kind: 'season', season: 'autumn', year: 2027 }, 'Autumn 2027'],
    [{ kind: 'month', month: '2027-06' }, 'June 2027'],
  ] as const)('when %o → %s', (timing, text) => {
    expect(timingText(timing)).toBe(text);
  });

  it('gives dates from and to', () => {
    const text = timingText({ kind: 'dates', from: '2027-05-01', to: '2027-05-04' });
    expect(text).toMatch(/(1 May|May 1).*2027.*(4 May|May 4).*2027/);
  });

  it('says how strong a match is without blaming anyone', () => {
    expect(strengthText('both-yes')).toBe('You both said yes');
    expect(strengthText('both-maybe')).toMatch(/maybe/);
  });
});
