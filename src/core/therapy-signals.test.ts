import { describe, expect, it } from 'vitest';
import { reliableChangeThreshold } from './reliable-change';
import {
  ASKED,
  type CheckReading,
  CYCLE_DAYS,
  checkReading,
  conflictPattern,
  decideSuggestion,
  evaluateRules,
  isoWeekMonday,
  kindFor,
  NO_GAIN_AFTER_WEEKS,
  noReliableGain,
  type PrivateWeekAnswers,
  persistentDistress,
  pickCandidate,
  pulseReading,
  reliableDrop,
  type SignalInputs,
  type SignalSettings,
  type StoredSuggestion,
  separationSignal,
  specialistNeeds,
  type WeekReading,
  weeksBetween,
} from './therapy-signals';

/** Test settings: a band at 4 (1–10), a check cut-off of 40 with a gap of 20, sd 1.6 and r .8. */
const settings: SignalSettings = {
  distress: { pulse: { max: 4 }, check: { below: 40, minGap: 20 } },
  reliability: {
    pulse: { version: 'test', sd: 1.6, r: 0.8 },
    check: { version: 'test', sd: 15, r: 0.85 },
  },
};
const BAND = settings.distress.pulse.max;
const CUT = settings.distress.check.below;
const GAP = settings.distress.check.minGap;
const PULSE_RC = reliableChangeThreshold(settings.reliability.pulse);
const CHECK_RC = reliableChangeThreshold(settings.reliability.check);

/** Pulse readings by age: `values[0]` is this week, `values[1]` last week…; null = no pulse that week. */
function weeks(values: readonly (number | null)[]): WeekReading[] {
  return values.flatMap((value, weeksAgo) => (value === null ? [] : [{ weeksAgo, value }]));
}

function check(score: number | null, gap: number | null, weeksAgo = 0): CheckReading {
  return { weeksAgo, score, gap };
}

function answer(weeksAgo: number, a: Partial<PrivateWeekAnswers> = {}): PrivateWeekAnswers {
  return { weeksAgo, separation: null, conflict: null, needs: null, ...a };
}

function inputs(partial: Partial<SignalInputs>): SignalInputs {
  return { pulses: [], checks: [], answers: [], weeksOfUse: 0, ...partial };
}

describe('readings', () => {
  it('reads a pulse as the mean of its four ratings', () => {
    expect(pulseReading({ emotional: 2, physical: 4, intellectual: 6, talk: 8 })).toBe(5);
  });

  it.each([
    [
      'all kinds',
      [
        { score: 30, gap: 40 },
        { score: 50, gap: 20 },
        { score: 40, gap: 30 },
      ],
      40,
      30,
    ],
    [
      'one kind unanswered',
      [
        { score: 20, gap: 50 },
        { score: null, gap: null },
        { score: 40, gap: 10 },
      ],
      30,
      30,
    ],
    ['nothing answered', [{ score: null, gap: null }], null, null],
  ] as const)('reads a check as its mean score and gap: %s', (_n, kinds, score, gap) => {
    expect(checkReading(kinds, 2)).toEqual({ weeksAgo: 2, score, gap });
  });
});

describe('ISO weeks', () => {
  it.each([
    ['2026-W01', '2025-12-29'],
    ['2026-W10', '2026-03-02'],
    ['2020-W53', '2020-12-28'],
    ['2027-W01', '2027-01-04'],
  ])('%s starts on %s', (week, monday) => {
    expect(isoWeekMonday(week)).toBe(monday);
  });

  it.each([
    ['2026-W10', '2026-W10', 0],
    ['2026-W08', '2026-W10', 2],
    ['2025-W52', '2026-W02', 2],
    ['2020-W53', '2021-W01', 1],
    ['2026-W10', '2026-W09', -1],
  ])('from %s to %s is %s weeks', (a, b, n) => {
    expect(weeksBetween(a, b)).toBe(n);
  });

  it('refuses what is not a week', () => {
    expect(() => isoWeekMonday('2026-03-02')).toThrow();
  });
});

describe('T1: persistent distress', () => {
  const on = BAND;
  const off = BAND + 0.25;
  it.each([
    ['3 of the last 4 weeks in the band', [on, on, off, on], true],
    ['the band edge counts', [on, on, on], true],
    ['just above the band does not', [off, off, off, off], false],
    ['2 of the last 4 weeks', [on, off, on, off], false],
    ['3 in the band, one of them 4 weeks ago', [on, off, on, off, on], false],
    ['3 in a row, with the current week not given yet', [null, on, on, on], true],
    ['2 weeks given, both in the band', [on, on], false],
    ['3 in the band, but all long ago', [null, null, null, null, on, on, on], false],
    ['no pulses', [], false],
  ] as const)('%s → %s', (_n, values, expected) => {
    expect(persistentDistress(inputs({ pulses: weeks(values) }), settings.distress)).toBe(expected);
  });

  it.each([
    [
      'two checks running below the cut-off',
      [check(CUT - 1, GAP), check(CUT - 5, GAP + 5, 5)],
      true,
    ],
    ['at the cut-off is not below it', [check(CUT, GAP), check(CUT - 5, GAP, 5)], false],
    ['only the latest below', [check(CUT - 1, GAP), check(CUT + 10, GAP, 5)], false],
    ['only the earlier below', [check(CUT + 10, GAP), check(CUT - 1, GAP, 5)], false],
    ['low but a small gap (wanting little more)', [check(20, GAP - 1), check(20, GAP, 5)], false],
    ['one check only', [check(10, 60)], false],
    ['the latest is no longer recent', [check(10, 60, 8), check(10, 60, 13)], false],
    ['the latest is just recent enough', [check(10, 60, 7), check(10, 60, 12)], true],
    ['in any order', [check(10, 60, 5), check(10, 60, 0)], true],
  ] as const)('%s → %s', (_n, checks, expected) => {
    expect(persistentDistress(inputs({ checks }), settings.distress)).toBe(expected);
  });
});

describe('T2: a reliable drop below the baseline', () => {
  const base = 7;
  const drop = (by: number) => Array.from({ length: 4 }, () => base - by);
  /** Readings oldest first: 3 baseline weeks, then the later ones (the last one this week). */
  const series = (later: readonly number[]) => weeks([base, base, base, ...later].reverse());
  it.each([
    ['a drop just past the threshold', drop(PULSE_RC + 0.01), true],
    ['a drop just short of it', drop(PULSE_RC - 0.01), false],
    ['no drop', drop(0), false],
    ['a rise', drop(-3), false],
    ['the mean of the last four counts, not the last week', [base, base, base, base - 5], false],
    ['two later readings are enough', [base - 3, base - 3], true],
  ] as const)('%s → %s', (_n, later, expected) => {
    expect(reliableDrop(inputs({ pulses: series(later) }), settings.reliability.pulse)).toBe(
      expected,
    );
  });

  it('needs a baseline and two later readings', () => {
    expect(reliableDrop(inputs({ pulses: weeks([1, 7, 7]) }), settings.reliability.pulse)).toBe(
      false,
    );
  });

  it('says nothing about pulses that stopped long ago', () => {
    const old = weeks([null, null, null, null, 2, 2, 2, 2, 7, 7, 7]);
    expect(reliableDrop(inputs({ pulses: old }), settings.reliability.pulse)).toBe(false);
  });
});

describe('T3: still distressed, no reliable gain after 8 weeks of use', () => {
  const low = BAND - 1;
  const flat = weeks(Array.from({ length: 8 }, () => low));
  it.each([
    ['8 weeks, flat in the band', flat, NO_GAIN_AFTER_WEEKS, true],
    ['7 weeks is too soon', flat, NO_GAIN_AFTER_WEEKS - 1, false],
    ['12 weeks, flat in the band', flat, 12, true],
    [
      'a reliable gain that still ends in the band',
      weeks([BAND, BAND, BAND, BAND, 1, 1, 1, 1].map((v) => v)),
      10,
      false,
    ],
    ['flat, but above the band', weeks(Array.from({ length: 8 }, () => BAND + 1)), 10, false],
    [
      'mean of the last four just above the band',
      weeks([BAND + 0.5, BAND, BAND, BAND - 0.25, 3, 3, 3]),
      10,
      false,
    ],
    [
      'mean of the last four at the band',
      weeks([BAND + 0.5, BAND, BAND, BAND - 0.5, 3, 3, 3]),
      10,
      true,
    ],
  ] as const)('%s → %s', (_n, pulses, weeksOfUse, expected) => {
    expect(noReliableGain(inputs({ pulses, weeksOfUse }), settings)).toBe(expected);
  });

  it.each([
    [
      'checks below the cut-off, no reliable gain',
      [check(30, 40), check(30 - CHECK_RC + 1, 40, 9)],
      true,
    ],
    [
      'checks below the cut-off, a reliable gain',
      [check(30, 40), check(30 - CHECK_RC, 40, 9)],
      false,
    ],
    ['the latest check above the cut-off', [check(CUT, 40), check(20, 40, 9)], false],
    ['one check only', [check(30, 40)], false],
  ] as const)('with too few pulses, reads the checks: %s → %s', (_n, checks, expected) => {
    expect(noReliableGain(inputs({ checks, weeksOfUse: 10 }), settings)).toBe(expected);
  });
});

describe('T4: thoughts of or steps toward separation', () => {
  it.each([
    ['thoughts this week', [answer(0, { separation: 'thoughts' })], true],
    ['steps last week', [answer(1, { separation: 'steps' })], true],
    ['no', [answer(0, { separation: 'no' })], false],
    ['rather not say', [answer(0, { separation: 'prefer-not' })], false],
    ['thoughts 3 weeks ago', [answer(3, { separation: 'thoughts' })], true],
    ['thoughts 4 weeks ago', [answer(4, { separation: 'thoughts' })], false],
    [
      'a later "no" replaces earlier thoughts',
      [answer(2, { separation: 'thoughts' }), answer(0, { separation: 'no' })],
      false,
    ],
    [
      'a later week that left it unanswered does not',
      [answer(2, { separation: 'steps' }), answer(0, { conflict: 'no' })],
      true,
    ],
    ['nothing answered', [], false],
  ] as const)('%s → %s', (_n, answers, expected) => {
    expect(separationSignal(answers)).toBe(expected);
  });
});

describe('T5: flooded, shut out or put down most weeks for 4 weeks', () => {
  const yes = (w: number) => answer(w, { conflict: 'yes' });
  const no = (w: number) => answer(w, { conflict: 'no' });
  it.each([
    ['3 of the last 4 weeks', [yes(0), yes(1), no(2), yes(3)], true],
    ['all 4 weeks', [yes(0), yes(1), yes(2), yes(3)], true],
    ['2 of the last 4 weeks', [yes(0), no(1), yes(2), no(3)], false],
    ['3, but one of them 4 weeks ago', [yes(0), yes(1), no(2), no(3), yes(4)], false],
    [
      'rather not say counts as no answer',
      [yes(0), yes(1), answer(2, { conflict: 'prefer-not' })],
      false,
    ],
    ['none', [], false],
  ] as const)('%s → %s', (_n, answers, expected) => {
    expect(conflictPattern(answers)).toBe(expected);
  });
});

describe('T6: out-of-scope problems', () => {
  it.each([
    ['low mood this week', [answer(0, { needs: ['low-mood'] })], ['low-mood']],
    [
      'several',
      [answer(1, { needs: ['betrayal', 'substance-use'] })],
      ['betrayal', 'substance-use'],
    ],
    ['none fit', [answer(0, { needs: [] })], []],
    ['rather not say', [answer(0, { needs: 'prefer-not' })], []],
    ['4 weeks ago is too old', [answer(4, { needs: ['sexual-pain'] })], []],
    [
      'the latest answer counts',
      [answer(2, { needs: ['sexual-pain'] }), answer(0, { needs: [] })],
      [],
    ],
  ] as const)('%s → %j', (_n, answers, expected) => {
    expect(specialistNeeds(answers)).toEqual(expected);
  });
});

describe('the suggestion', () => {
  const distressed = weeks([BAND, BAND, BAND]);

  it('fires nothing on calm data', () => {
    expect(evaluateRules(inputs({ pulses: weeks([7, 8, 7, 8]) }), settings)).toEqual([]);
  });

  it('orders the rules most pressing first', () => {
    const all = inputs({
      pulses: distressed,
      answers: [
        answer(0, {
          separation: 'steps',
          conflict: 'yes',
          needs: ['betrayal', 'low-mood', 'sexual-pain', 'substance-use'],
        }),
        answer(1, { conflict: 'yes' }),
        answer(2, { conflict: 'yes' }),
      ],
    });
    expect(evaluateRules(all, settings).map((h) => h.reason)).toEqual([
      'low-mood',
      'substance-use',
      'separation',
      'betrayal',
      'sexual-pain',
      'persistent-distress',
      'conflict-pattern',
    ]);
  });

  it.each([
    ['persistent-distress', 'T1', 'couples-therapy'],
    ['separation', 'T4', 'couples-therapy'],
    ['betrayal', 'T6', 'couples-therapy'],
    ['sexual-pain', 'T6', 'sex-therapy'],
    ['substance-use', 'T6', 'addiction-service'],
    ['low-mood', 'T6', 'doctor'],
    ['reliable-drop', 'T2', 'couples-therapy'],
    ['no-gain', 'T3', 'couples-therapy'],
  ] as const)('%s (%s) points to %s', (reason, rule, kind) => {
    expect(pickCandidate([{ rule, reason }], [])).toEqual({ rule, reason, kind });
  });

  it('brings skills first for a conflict pattern, then therapy the next time', () => {
    const hit = { rule: 'T5', reason: 'conflict-pattern' } as const;
    expect(pickCandidate([hit], [])?.kind).toBe('skills');
    expect(pickCandidate([hit], ['persistent-distress'])?.kind).toBe('skills');
    expect(pickCandidate([hit], ['conflict-pattern'])?.kind).toBe('couples-therapy');
  });

  it('has none when no rule fires', () => {
    expect(pickCandidate([], ['asked'])).toBeNull();
  });

  it.each([
    ['couples-therapy', 'individual-therapy'],
    ['skills', 'individual-therapy'],
    ['sex-therapy', 'doctor'],
    ['addiction-service', 'addiction-service'],
    ['doctor', 'doctor'],
    ['individual-therapy', 'individual-therapy'],
  ] as const)('S1/S2: %s becomes %s for a person routed elsewhere', (kind, routed) => {
    expect(kindFor(kind, 'individual')).toBe(routed);
    expect(kindFor(kind, 'crisis')).toBe(routed);
    expect(kindFor(kind, 'together')).toBe(kind);
  });

  it('never points a safety-routed person to couples therapy, whatever they said', () => {
    for (const candidate of [
      ASKED,
      pickCandidate([{ rule: 'T1', reason: 'persistent-distress' }], []),
    ]) {
      expect(candidate && kindFor(candidate.kind, 'individual')).toBe('individual-therapy');
    }
  });
});

describe('at most once every four weeks, dismissable and snoozable', () => {
  const DAY = 24 * 3600 * 1000;
  const t0 = new Date('2026-03-02T12:00:00Z');
  const at = (days: number) => new Date(t0.getTime() + days * DAY);
  const stored = (s: Partial<StoredSuggestion> = {}): StoredSuggestion => ({
    id: 's1',
    reason: 'persistent-distress',
    shownAt: t0,
    dismissedAt: null,
    snoozedUntil: null,
    ...s,
  });
  const C = CYCLE_DAYS;
  it.each([
    ['nothing before, a rule fires', null, 0, true, 'create'],
    ['nothing before, no rule fires', null, 0, false, 'none'],
    ['open, the rule still fires', stored(), 10, true, 'keep'],
    ['open, the rule no longer fires', stored(), 10, false, 'none'],
    [
      'open, asked for by the person, no rule fires',
      stored({ reason: 'asked' }),
      10,
      false,
      'keep',
    ],
    ['open and unanswered for 4 weeks: a fresh one', stored(), C, true, 'create'],
    ['open, just under 4 weeks', stored(), C - 0.01, true, 'keep'],
    ['dismissed, within 4 weeks', stored({ dismissedAt: at(1) }), C - 0.01, true, 'none'],
    ['dismissed, 4 weeks after it was shown', stored({ dismissedAt: at(1) }), C, true, 'create'],
    ['dismissed, 4 weeks on, nothing fires', stored({ dismissedAt: at(1) }), C, false, 'none'],
    ['snoozed, before the month is up', stored({ snoozedUntil: at(C + 2) }), C + 1, true, 'none'],
    ['snoozed, the month is up', stored({ snoozedUntil: at(C + 2) }), C + 2, false, 'keep'],
    [
      'snoozed, back and not acted on for 4 more weeks',
      stored({ snoozedUntil: at(C) }),
      2 * C,
      true,
      'create',
    ],
    [
      'snoozed, back, then dismissed',
      stored({ snoozedUntil: at(C), dismissedAt: at(C + 1) }),
      C + 5,
      true,
      'none',
    ],
    [
      'snoozed, back, dismissed, 4 weeks after it came back',
      stored({ snoozedUntil: at(C), dismissedAt: at(C + 1) }),
      2 * C,
      true,
      'create',
    ],
  ] as const)('%s', (_n, latest, day, firing, action) => {
    expect(decideSuggestion(at(day), latest, firing).action).toBe(action);
  });
});
