import { describe, expect, it } from 'vitest';
import { type GapBand, gapBand, gapWords } from './result-words';

describe('gapBand', () => {
  it.each<[number | null, GapBand]>([
    [null, 'none'],
    [-100, 'more'],
    [-11, 'more'],
    [-10, 'close'],
    [0, 'close'],
    [10, 'close'],
    [11, 'some'],
    [30, 'some'],
    [31, 'far'],
    [100, 'far'],
  ])('a gap of %s is %s', (gap, band) => {
    expect(gapBand(gap)).toBe(band);
  });
});

describe('gapWords', () => {
  it.each<[number | null, string]>([
    [null, 'No gap to show.'],
    [-20, "A bit more than you'd like right now."],
    [5, "Close to how you'd like it."],
    [20, "Some way from how you'd like it."],
    [60, "Quite far from how you'd like it."],
  ])('says a gap of %s in English words', (gap, words) => {
    expect(gapWords(gap)).toBe(words);
  });
});
