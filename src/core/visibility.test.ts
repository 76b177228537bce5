import { describe, expect, it } from 'vitest';
import type { Visibility } from '../shared/api';
import { canSeeRecord, type Viewer } from './visibility';

const owner: Viewer = { userId: 'owner', coupleId: 'c1' };
const partner: Viewer = { userId: 'partner', coupleId: 'c1' };
const exPartner: Viewer = { userId: 'partner', coupleId: null };
const stranger: Viewer = { userId: 'stranger', coupleId: 'c2' };

describe('canSeeRecord', () => {
  const cases: [string, Viewer, Visibility, string | null, boolean, boolean][] = [
    // viewer, visibility, record couple, bothAnswered → expected
    ['owner sees private', owner, 'private', 'c1', false, true],
    ['owner sees own unrevealed', owner, 'reveal-together', 'c1', false, true],
    ['partner never sees private', partner, 'private', 'c1', true, false],
    ['partner sees shared', partner, 'shared', 'c1', false, true],
    ['partner waits before reveal', partner, 'reveal-together', 'c1', false, false],
    ['partner sees after reveal', partner, 'reveal-together', 'c1', true, true],
    ['stranger never sees shared', stranger, 'shared', 'c1', true, false],
    ['stranger never sees revealed', stranger, 'reveal-together', 'c1', true, false],
    ['ex-partner loses shared', exPartner, 'shared', 'c1', true, false],
    ['ex-partner loses revealed', exPartner, 'reveal-together', 'c1', true, false],
    ['solo record is owner-only', partner, 'shared', null, true, false],
  ];
  it.each(cases)('%s', (_name, viewer, visibility, coupleId, bothAnswered, expected) => {
    expect(canSeeRecord(viewer, { ownerId: 'owner', coupleId, visibility }, bothAnswered)).toBe(
      expected,
    );
  });
});
