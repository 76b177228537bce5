import { describe, expect, it } from 'vitest';
import {
  apartFor,
  type ChallengeCard,
  type ChallengeFit,
  canAnswer,
  canSwap,
  DEFAULT_FIT,
  fits,
  pickWeeklyChallenge,
  stageOf,
  TODAY_PRIORITY,
  todayPlaceOf,
} from './challenges';

const card = (id: string, cost: ChallengeCard['cost'], distance = false): ChallengeCard => ({
  id,
  cost,
  distance,
});

const cards: ChallengeCard[] = [
  card('a-free-apart', 'free', true),
  card('b-free', 'free'),
  card('c-cheap-apart', '$', true),
  card('d-cheap', '$'),
  card('e-mid', '$$'),
  card('f-dear', '$$$'),
  card('g-dear-apart', '$$$', true),
];

describe('fits', () => {
  it.each<[string, ChallengeFit, boolean]>([
    ['a-free-apart', { apart: true, maxCost: 'free' }, true],
    ['b-free', { apart: true, maxCost: '$$$' }, false],
    ['b-free', { apart: false, maxCost: 'free' }, true],
    ['d-cheap', { apart: false, maxCost: 'free' }, false],
    ['d-cheap', { apart: false, maxCost: '$' }, true],
    ['e-mid', { apart: false, maxCost: '$' }, false],
    ['f-dear', DEFAULT_FIT, true],
    ['g-dear-apart', { apart: true, maxCost: '$$' }, false],
  ])('%s with %o → %s', (id, fit, expected) => {
    const found = cards.find((c) => c.id === id);
    if (!found) throw new Error(id);
    expect(fits(found, fit)).toBe(expected);
  });
});

describe('pickWeeklyChallenge', () => {
  const base = { history: [] as string[], couple: 'couple-1', week: '2026-W10', fit: DEFAULT_FIT };

  it('is the same for the same couple and week, and differs between couples or weeks', () => {
    const one = pickWeeklyChallenge(cards, base);
    expect(pickWeeklyChallenge([...cards].reverse(), base)).toBe(one);
    const others = new Set<string>();
    for (let i = 0; i < 20; i++) {
      others.add(pickWeeklyChallenge(cards, { ...base, couple: `couple-${i}` }));
      others.add(pickWeeklyChallenge(cards, { ...base, week: `2026-W${10 + i}` }));
    }
    expect(others.size).toBeGreaterThan(3);
  });

  it('never repeats a given one until every fitting one was given, then starts a new pass', () => {
    const history: string[] = [];
    for (let week = 1; week <= cards.length; week++) {
      const next = pickWeeklyChallenge(cards, { ...base, history, week: `2026-W${week}` });
      expect(history).not.toContain(next);
      history.push(next);
    }
    expect([...history].sort()).toEqual(cards.map((c) => c.id).sort());
    const again = pickWeeklyChallenge(cards, { ...base, history, week: '2026-W40' });
    expect(cards.map((c) => c.id)).toContain(again);
    // The second pass is again without repeats.
    const second: string[] = [];
    for (let week = 41; week < 41 + cards.length; week++) {
      const next = pickWeeklyChallenge(cards, {
        ...base,
        history: [...history, ...second],
        week: `2026-W${week}`,
      });
      expect(second).not.toContain(next);
      second.push(next);
    }
  });

  it.each<[string, ChallengeFit, string[]]>([
    [
      'living apart',
      { apart: true, maxCost: '$$$' },
      ['a-free-apart', 'c-cheap-apart', 'g-dear-apart'],
    ],
    ['free only', { apart: false, maxCost: 'free' }, ['a-free-apart', 'b-free']],
    ['apart and up to $', { apart: true, maxCost: '$' }, ['a-free-apart', 'c-cheap-apart']],
  ])('draws only what fits: %s', (_, fit, allowed) => {
    const history: string[] = [];
    for (let week = 1; week <= 12; week++) {
      const next = pickWeeklyChallenge(cards, { ...base, fit, history, week: `2026-W${week}` });
      expect(allowed).toContain(next);
      history.push(next);
    }
    // Used up: a new pass over what fits, never something that does not.
    expect(new Set(history)).toEqual(new Set(allowed));
  });

  it('swaps to another one: never the avoided, and a new draw of the same week', () => {
    const first = pickWeeklyChallenge(cards, base);
    const swapped = pickWeeklyChallenge(cards, {
      ...base,
      history: [first],
      avoid: [first],
      draw: 1,
    });
    expect(swapped).not.toBe(first);
  });

  it('falls back to any challenge when nothing fits, and avoids what it must even then', () => {
    const dear = [card('x', '$$$'), card('y', '$$')];
    const fit = { apart: true, maxCost: 'free' } as const;
    expect(['x', 'y']).toContain(pickWeeklyChallenge(dear, { ...base, fit }));
    expect(pickWeeklyChallenge(dear, { ...base, fit, avoid: ['x'] })).toBe('y');
    expect(pickWeeklyChallenge([card('only', 'free')], { ...base, avoid: ['only'] })).toBe('only');
    expect(() => pickWeeklyChallenge([], base)).toThrow();
  });
});

describe('the week’s stage and what may change', () => {
  it.each([
    [{ mine: null, partnerIn: false, done: false }, 'open'],
    [{ mine: 'in', partnerIn: false, done: false }, 'open'],
    [{ mine: 'not-now', partnerIn: true, done: false }, 'open'],
    [{ mine: 'in', partnerIn: true, done: false }, 'on'],
    [{ mine: 'in', partnerIn: true, done: true }, 'done'],
  ] as const)('%o → %s', (input, stage) => {
    expect(stageOf(input)).toBe(stage);
  });

  it.each([
    ['open', null, 'in', true],
    ['open', 'in', 'not-now', true],
    ['open', 'not-now', 'in', true],
    ['on', 'in', 'in', true],
    ['on', 'in', 'not-now', false],
    ['done', 'in', 'not-now', false],
    ['done', 'in', 'in', true],
  ] as const)('stage %s, mine %s → %s: %s', (stage, mine, next, allowed) => {
    expect(canAnswer(stage, mine, next)).toBe(allowed);
  });

  it.each([
    ['open', false, true],
    ['open', true, false],
    ['on', false, false],
    ['done', false, false],
  ] as const)('swap at %s, swapped before %s → %s', (stage, swapped, allowed) => {
    expect(canSwap(stage, swapped)).toBe(allowed);
  });
});

describe('todayPlaceOf', () => {
  it.each([
    // A fresh week: only when novelty is in my plan.
    [{ mine: null, partnerIn: false, done: false, inPlan: true }, 'todo', TODAY_PRIORITY.fresh],
    [{ mine: null, partnerIn: false, done: false, inPlan: false }, null, null],
    // "Sam is in": a warm nudge, plan or not.
    [{ mine: null, partnerIn: true, done: false, inPlan: false }, 'todo', TODAY_PRIORITY.partnerIn],
    [
      { mine: 'in', partnerIn: false, done: false, inPlan: true },
      'waiting',
      TODAY_PRIORITY.waiting,
    ],
    [{ mine: 'in', partnerIn: true, done: false, inPlan: false }, 'todo', TODAY_PRIORITY.on],
    // My own "not this week" takes it off my Today, whatever my partner did.
    [{ mine: 'not-now', partnerIn: true, done: false, inPlan: true }, null, null],
    [{ mine: 'in', partnerIn: true, done: true, inPlan: true }, null, null],
  ] as const)('%o → %s', (input, status, priority) => {
    const place = todayPlaceOf(input);
    expect(place?.status ?? null).toBe(status);
    expect(place?.priority ?? null).toBe(priority);
  });

  it('ranks a partner’s “I’m in” before the weekly pulse and after the day’s question', () => {
    expect(TODAY_PRIORITY.partnerIn).toBeGreaterThan(20);
    expect(TODAY_PRIORITY.on).toBeLessThan(30);
    expect(TODAY_PRIORITY.fresh).toBeGreaterThan(30);
  });
});

describe('apartFor', () => {
  const at = (day: string) => `${day}T10:00:00.000Z`;
  it.each([
    ['no setting, no event', null, false, null, false],
    ['no setting, living apart', null, true, at('2026-03-01'), true],
    ['no setting, the event is over', null, false, at('2026-03-20'), false],
    [
      'a choice from before the event gives way',
      { apart: false, at: at('2026-02-01') },
      true,
      at('2026-03-01'),
      true,
    ],
    [
      'a choice made since the event stands',
      { apart: false, at: at('2026-03-05') },
      true,
      at('2026-03-01'),
      false,
    ],
    ['chosen by hand without any event', { apart: true, at: at('2026-02-01') }, false, null, true],
    [
      'the event ended after a choice of "apart"',
      { apart: true, at: at('2026-03-05') },
      false,
      at('2026-03-20'),
      false,
    ],
  ] as const)('%s', (_name, saved, livesApart, eventChangedAt, expected) => {
    expect(apartFor({ saved, livesApart, eventChangedAt })).toBe(expected);
  });
});
