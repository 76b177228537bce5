/**
 * Authorization-matrix entries for reminders: one per route this feature
 * registers. Run by tests/http/authorization-matrix.test.ts; only tests
 * import this file.
 */
import { createECDH, randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { type Actor, type FeatureMatrix, none, own } from '../../../../tests/support/matrix';
import { type Person, TEST_SECRET } from '../../../../tests/support/test-app';
import { unsubscribeToken } from './notifications.tokens';

/** The owner's reminder time: only the owner may ever see it. */
const OWNER_NUDGE_TIME = '06:45';
/** A well-formed id that is nobody's device. */
const MISSING_DEVICE = 'nobodys-device-0123456789';

/** A browser's push subscription, as pushManager.subscribe gives it. */
function subscription(endpoint: string) {
  const browser = createECDH('prime256v1');
  browser.generateKeys();
  return {
    endpoint,
    keys: {
      p256dh: browser.getPublicKey().toString('base64url'),
      auth: randomBytes(16).toString('base64url'),
    },
  };
}

/** The owner chose reminders of their own, and turned notifications on for a phone. */
export async function buildNotificationsWorld(
  owner: Person,
): Promise<{ pushDeviceId: string; pushDeviceHash: string }> {
  const res = await owner.request('PUT', '/api/me/notifications', {
    enabled: true,
    channels: { email: false, push: true },
    nudgeTime: OWNER_NUDGE_TIME,
    quietHours: { from: '21:30', to: '07:30' },
  });
  if (res.statusCode !== 200) throw new Error(`notification settings: ${res.body}`);
  const device = await owner.request(
    'POST',
    '/api/me/push-subscriptions',
    subscription(`https://push.example.org/wpush/owner-${randomBytes(8).toString('hex')}`),
  );
  if (device.statusCode !== 201) throw new Error(`push device: ${device.body}`);
  return { pushDeviceId: device.json().id, pushDeviceHash: device.json().endpointHash };
}

/** Each caller's own device: a new one per call, so nobody's is taken over. */
function ownDevice(_: unknown, actor: Actor) {
  return {
    body: subscription(`https://push.example.org/wpush/${actor}-${randomBytes(8).toString('hex')}`),
  };
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
  // Each person lists only their own devices.
  'GET /api/me/push-subscriptions': {
    call: none,
    expect: own,
    check: (res, actor, world) => {
      if (actor === 'anonymous') return;
      const ids = (res.json().devices as { id: string }[]).map((device) => device.id);
      if (actor === 'owner') expect(ids).toContain(world.notifications.pushDeviceId);
      else expect(ids).not.toContain(world.notifications.pushDeviceId);
    },
  },
  'POST /api/me/push-subscriptions': {
    call: ownDevice,
    expect: { owner: 201, partner: 201, stranger: 201, anonymous: 401 },
  },
  // The owner's device is removed by the owner alone; anyone else's "no" is the unknown id's.
  'DELETE /api/me/push-subscriptions/:id': {
    call: (w) => ({ url: `/api/me/push-subscriptions/${w.notifications.pushDeviceId}` }),
    expect: { owner: 204, partner: 404, stranger: 404, anonymous: 401 },
    sameAsMissing: {
      actors: ['partner', 'stranger'],
      missing: () => ({ url: `/api/me/push-subscriptions/${MISSING_DEVICE}` }),
    },
  },
  // The link in the owner's emails works for whoever holds it, without logging in, and answers alike.
  'POST /unsubscribe/:token': {
    call: (w) => ({ url: `/unsubscribe/${unsubscribeToken(TEST_SECRET, w.owner.id)}` }),
    expect: { owner: 204, partner: 204, stranger: 204, anonymous: 204 },
  },
};
