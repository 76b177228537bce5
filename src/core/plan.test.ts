import { describe, expect, it } from 'vitest';
import { buildPlan } from './plan';
import { type CauseAnswer, type ItemAnswer, scoreCheck } from './scoring';

function result(
  causes: Partial<Record<'busy-lives' | 'communication' | 'routine', number>>,
  items: ItemAnswer[] = [],
) {
  const answers: CauseAnswer[] = Object.entries(causes).map(([group, weight]) => ({
    cause: `${group}-x`,
    group: group as CauseAnswer['group'],
    weight: weight ?? 0,
  }));
  return scoreCheck(items, answers, []);
}

const ids = (plan: ReturnType<typeof buildPlan>) => plan.rhythm.map((r) => r.id);

describe('buildPlan', () => {
  it('starts with communication when communication breakdown weighs most', () => {
    const plan = buildPlan({
      mine: result({ communication: 3, routine: 1 }),
      partner: null,
      linked: true,
      route: 'together',
    });
    expect(plan.focus[0]).toBe(3);
    expect(plan.mainCause).toBe('communication');
    expect(ids(plan)).toContain('active-listening');
    expect(ids(plan)).toContain('weekly-checkin');
  });

  it('brings novelty and shared experiences first for routine and boredom', () => {
    const plan = buildPlan({
      mine: result({ routine: 3 }),
      partner: null,
      linked: true,
      route: 'together',
    });
    expect(plan.focus[0]).toBe(6);
    expect(ids(plan)).toContain('novelty-challenge');
  });

  it('keeps items short and schedulable for busy lives', () => {
    const busy = buildPlan({
      mine: result({ 'busy-lives': 3 }),
      partner: null,
      linked: true,
      route: 'together',
    });
    const relaxed = buildPlan({
      mine: result({ routine: 1 }),
      partner: null,
      linked: true,
      route: 'together',
    });
    const minutes = (p: typeof busy) =>
      p.rhythm.reduce((sum, r) => sum + r.minutes * r.timesPerWeek, 0);
    expect(minutes(busy)).toBeLessThan(minutes(relaxed));
    expect(busy.rhythm.every((r) => r.minutes <= 30)).toBe(true);
  });

  it('adds the track of the widest gap', () => {
    const plan = buildPlan({
      mine: result({ communication: 1 }, [
        { kind: 'physical', now: 2, wish: 9 },
        { kind: 'emotional', now: 6, wish: 7 },
      ]),
      partner: null,
      linked: true,
      route: 'together',
    });
    expect(plan.widestGap).toBe('physical');
    expect(plan.focus).toContain(4);
  });

  it("weighs both partners' causes when both shared", () => {
    const plan = buildPlan({
      mine: result({ routine: 2 }),
      partner: result({ communication: 3 }),
      linked: true,
      route: 'together',
    });
    expect(plan.basis).toBe('both');
    expect(plan.mainCause).toBe('communication');
  });

  it('gives a default plan before any check', () => {
    const plan = buildPlan({ mine: null, partner: null, linked: false, route: 'together' });
    expect(plan.basis).toBe('none');
    expect(plan.focus[0]).toBe(3);
    expect(plan.rhythm.every((r) => !r.together)).toBe(true);
  });

  it.each(['individual', 'crisis'] as const)(
    'offers no couple activity on the %s route',
    (route) => {
      const plan = buildPlan({
        mine: result({ communication: 3 }),
        partner: null,
        linked: true,
        route,
      });
      expect(plan.individual).toBe(true);
      expect(plan.rhythm.some((r) => r.together)).toBe(false);
      expect(ids(plan)).not.toContain('weekly-checkin');
    },
  );
});
