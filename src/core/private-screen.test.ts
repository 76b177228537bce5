import { describe, expect, it } from 'vitest';
import {
  mayOfferCoupleActivities,
  nextScreenDue,
  routeFromAnswers,
  type ScreenAnswer,
} from './private-screen';

const questions = [
  { id: 'afraid', group: 'harm' },
  { id: 'hurt', group: 'harm' },
  { id: 'hopeless', group: 'self' },
] as const;

describe('routeFromAnswers', () => {
  it.each([
    [{}, 'together'],
    [{ afraid: 'no', hurt: 'no', hopeless: 'no' }, 'together'],
    [{ afraid: 'prefer-not', hurt: 'no' }, 'together'],
    [{ afraid: 'yes' }, 'individual'],
    [{ hurt: 'yes', afraid: 'no' }, 'individual'],
    [{ hopeless: 'yes' }, 'crisis'],
    [{ afraid: 'yes', hopeless: 'yes' }, 'crisis'],
  ] as [Record<string, ScreenAnswer>, string][])('%j → %s', (answers, expected) => {
    expect(routeFromAnswers(questions, answers)).toBe(expected);
  });
});

describe('mayOfferCoupleActivities', () => {
  it.each([
    ['together', true],
    ['individual', false],
    ['crisis', false],
  ] as const)('%s → %s', (route, expected) => {
    expect(mayOfferCoupleActivities(route)).toBe(expected);
  });
});

it('offers the screen again after six weeks', () => {
  expect(nextScreenDue(new Date('2026-01-01T00:00:00Z')).toISOString()).toBe(
    '2026-02-12T00:00:00.000Z',
  );
});
