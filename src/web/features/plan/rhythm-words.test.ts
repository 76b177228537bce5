import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan, RhythmItem } from '../../../shared/program-api';
import { notYetLine, trackActivity, trackWhy } from './rhythm-words';

/** The paths the app serves (src/web/routes.tsx), read as text: the plan may only link to these. */
const routes = readFileSync(new URL('../../routes.tsx', import.meta.url), 'utf8');
const paths = new Set([...routes.matchAll(/path: '([^']+)'/g)].map((match) => `/${match[1]}`));

const item = (id: RhythmItem['id']): RhythmItem => ({
  id,
  cadence: 'weekly',
  timesPerWeek: 1,
  minutes: 2,
  track: 8,
  together: false,
});

function plan(focus: number[], rhythm: RhythmItem['id'][]): Pick<Plan, 'focus' | 'rhythm'> {
  return { focus, rhythm: rhythm.map(item) };
}

describe('trackActivity', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('links part %i to a screen the app has', (track) => {
    const activity = trackActivity(track);
    expect(activity).not.toBeNull();
    expect(paths).toContain(activity?.href);
    expect(activity?.label).not.toBe('');
  });

  it('has nothing for a part the program does not have', () => {
    expect(trackActivity(9)).toBeNull();
  });
});

describe('notYetLine', () => {
  it('says nothing when every part and every rhythm item of the plan is here', () => {
    expect(
      notYetLine(
        plan([4, 3, 5, 6], ['daily-question', 'small-gesture', 'novelty-challenge']),
        true,
      ),
    ).toBeNull();
    expect(notYetLine(plan([7, 1], ['weekly-pulse', 'weekly-checkin']), true)).toBeNull();
    expect(notYetLine(plan([3, 8], ['private-journal', 'weekly-pulse']), false)).toBeNull();
  });
});

describe('trackWhy while a life event holds', () => {
  const adjusted = (focus: number[], adjustedFor: Plan['adjustedFor']): Plan => ({
    ...(plan(focus, []) as Plan),
    mainCause: null,
    widestGap: null,
    individual: false,
    adjustedFor,
  });

  it('says once, on the first moved-up part, which parts moved up and why', () => {
    const forJob = adjusted([3, 5, 1], ['new-job']);
    expect(trackWhy(3, forJob, 0)).toBe(
      'With a new job, we’ve moved Communicate and Connect up for now.',
    );
    expect(trackWhy(5, forJob, 1)).not.toContain('new job');
    expect(trackWhy(1, forJob, 2)).not.toContain('new job');
  });

  it('names only the events that moved a part of the plan', () => {
    const both = adjusted([4, 5, 7], ['new-baby', 'bereavement', 'other']);
    expect(trackWhy(4, both, 0)).toBe(
      'With a new baby and grief after a loss, we’ve moved Touch, Connect, and Get support up for now.',
    );
  });
});
