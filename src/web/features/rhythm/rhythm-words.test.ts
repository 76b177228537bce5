import { describe, expect, it } from 'vitest';
import { adjustedLine, effectPhrase } from './life-event-words';
import { entryCount, summaryLine, weekLabel, weekState } from './rhythm-view-words';

describe('the weeks view says what it counts, gently', () => {
  it.each([
    [
      { weeks: 0, kept: 0, active: 0 },
      'This is your first week. Whatever you do counts, and nothing needs to be perfect.',
    ],
    [{ weeks: 1, kept: 1, active: 1 }, 'Your first full week is done, and you kept your rhythm.'],
    [{ weeks: 1, kept: 0, active: 0 }, 'Your first full week is done. Every week starts fresh.'],
    [{ weeks: 8, kept: 5, active: 7 }, 'You kept your rhythm 5 of the last 8 weeks.'],
    [{ weeks: 8, kept: 0, active: 0 }, 'You kept your rhythm 0 of the last 8 weeks.'],
  ])('%o → %s', (counts, text) => {
    expect(summaryLine({ counts })).toBe(text);
  });

  it.each([
    [{ done: 4, target: 7 }, false, '4 of 7 days'],
    [{ done: 9, target: 7 }, false, '7 of 7 days'],
    [{ done: 1, target: 1 }, false, 'Done'],
    [{ done: 0, target: 1 }, true, 'Not yet'],
    [{ done: 0, target: 1 }, false, 'Not this time'],
  ])('%o (this week: %s) → %s', ({ done, target }, current, text) => {
    expect(entryCount({ id: 'daily-question', done, target, together: true }, current)).toBe(text);
  });

  it('names weeks and how they went, never as missed', () => {
    expect(weekLabel({ start: '2026-03-02' }, 0)).toBe('This week');
    expect(weekLabel({ start: '2026-02-23' }, 1)).toBe('Last week');
    expect(weekLabel({ start: '2026-02-16' }, 2, new Date('2026-03-04T00:00:00Z'))).toBe(
      'Week of Feb 16',
    );
    expect(weekState({ current: false, kept: false, active: false })).toBe('A quiet week');
    expect(weekState({ current: false, kept: true, active: true })).toBe('Rhythm kept');
    expect(weekState({ current: true, kept: false, active: false })).toBe('So far');
  });
});

describe('life events in plain words', () => {
  it.each([
    [['new-baby'], 'Adjusted for a new baby: just a few short things for now.'],
    [['new-job'], 'Adjusted for a new job: fewer, shorter activities for now.'],
    [
      ['long-distance'],
      'Adjusted for living apart for a while: versions that work while you’re apart.',
    ],
    [
      ['move', 'long-distance'],
      'Adjusted for a move and living apart for a while: fewer, shorter activities for now, in versions that work while you’re apart.',
    ],
  ] as const)('%j → %s', (kinds, text) => {
    expect(adjustedLine(kinds)).toBe(text);
  });

  it('says nothing when no event holds', () => {
    expect(adjustedLine([])).toBeNull();
    expect(effectPhrase([])).toBe('your usual plan');
  });
});
