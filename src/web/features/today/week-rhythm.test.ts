import { describe, expect, it } from 'vitest';
import { countText } from './week-rhythm';

describe('the week’s counts say what they count', () => {
  it.each([
    [{ done: 2, target: 7 }, '2 of 7 days'],
    [{ done: 0, target: 7 }, '0 of 7 days'],
    [{ done: 1, target: 5 }, '1 of 5 days'],
    [{ done: 1, target: 1 }, 'Done this week'],
    [{ done: 0, target: 1 }, 'Not yet this week'],
  ])('%o → %s', ({ done, target }, text) => {
    expect(countText({ id: 'daily-question', done, target, together: true })).toBe(text);
  });
});
