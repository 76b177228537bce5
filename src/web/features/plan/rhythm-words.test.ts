import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan, RhythmItem } from '../../../shared/program-api';
import { notYetLine, trackActivity, trackName } from './rhythm-words';

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
  it.each([1, 2, 3, 7, 8])('links part %i to a screen the app has', (track) => {
    const activity = trackActivity(track);
    expect(activity).not.toBeNull();
    expect(paths).toContain(activity?.href);
    expect(activity?.label).not.toBe('');
  });

  it.each([4, 5, 6])('has nothing for part %i yet', (track) => {
    expect(trackActivity(track)).toBeNull();
  });
});

describe('notYetLine', () => {
  it('names the parts without an activity once, together', () => {
    expect(notYetLine(plan([4, 3, 5], ['daily-question', 'small-gesture']), true)).toBe(
      `${trackName(4)} and ${trackName(5)} have no activities in Rekindle yet. They'll join your plan as they arrive.`,
    );
  });

  it('speaks of one part in the singular', () => {
    expect(notYetLine(plan([3, 6, 8], []), true)).toBe(
      `${trackName(6)} has no activities in Rekindle yet. They'll join your plan as they arrive.`,
    );
  });

  it('says more is coming when only some of the rhythm is missing', () => {
    expect(notYetLine(plan([7, 1], ['weekly-pulse', 'weekly-checkin']), true)).toBe(
      'More activities join your plan as they arrive in Rekindle.',
    );
  });

  it('says nothing when everything in the plan is here', () => {
    expect(notYetLine(plan([7, 1], ['support-resources', 'weekly-pulse']), true)).toBeNull();
    expect(notYetLine(plan([3, 8], ['private-journal', 'weekly-pulse']), false)).toBeNull();
  });
});
