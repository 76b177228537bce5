/**
 * Authorization-matrix entries for reminders: one per route this feature
 * registers. Run by tests/http/authorization-matrix.test.ts; only tests
 * import this file.
 */
import { expect } from 'vitest';
import { type FeatureMatrix, none, own } from '../../../../tests/support/matrix';
import { type Person, TEST_SECRET } from '../../../../tests/support/test-app';
import { unsubscribeToken } from './notifications.tokens';

/** The owner's reminder time: only the owner may ever see it. */
const OWNER_NUDGE_TIME = '06:45';

/** The owner chose reminders of their own. */
export async function buildNotificationsWorld(owner: Person): Promise<void> {
  const res = await owner.request('PUT', '/api/me/notifications', {
    enabled: true,
    channels: { email: false, push: false },
    nudgeTime: OWNER_NUDGE_TIME,
    quietHours: { from: '21:30', to: '07:30' },
  });
  if (res.statusCode !== 200) throw new Error(`notification settings: ${res.body}`);
}

export const notificationsMatrix: FeatureMatrix = {
  // Each person gets their own settings; the owner's choices never show to anyone else.
  'GET /api/me/notifications': {
    call: none,
    expect: own,
    check: (res, actor) => {
      if (actor === 'owner') expect(res.json().nudgeTime).toBe(OWNER_NUDGE_TIME);
      else if (actor !== 'anonymous') expect(res.body).not.toContain(OWNER_NUDGE_TIME);
    },
  },
  'PUT /api/me/notifications': {
    call: (_, actor) => ({
      body: {
        enabled: true,
        channels: { email: false, push: false },
        nudgeTime: actor === 'owner' ? '06:50' : '20:15',
        quietHours: { from: '22:00', to: '07:00' },
      },
    }),
    expect: own,
    check: (res, actor) => {
      if (actor === 'owner') expect(res.json().nudgeTime).toBe('06:50');
      else if (actor !== 'anonymous') expect(res.body).not.toContain(OWNER_NUDGE_TIME);
    },
  },
  // The link in the owner's emails works for whoever holds it, without logging in, and answers alike.
  'POST /unsubscribe/:token': {
    call: (w) => ({ url: `/unsubscribe/${unsubscribeToken(TEST_SECRET, w.owner.id)}` }),
    expect: { owner: 204, partner: 204, stranger: 204, anonymous: 204 },
  },
};
