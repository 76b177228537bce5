import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { PushDevice } from '../../../shared/notifications-api';
import {
  type ForgetParts,
  forgetThisDevice,
  type PushEnvironment,
  pushSupport,
  thisDevice,
} from './push-device';
import { applicationServerKey, endpointHash, subscriptionBody } from './push-keys';

describe('pushSupport: what this device section offers', () => {
  const full: PushEnvironment = {
    hasServiceWorker: true,
    hasPushManager: true,
    permission: 'default',
  };
  it.each([
    [full, 'ask'],
    [{ ...full, permission: 'granted' }, 'allowed'],
    [{ ...full, permission: 'denied' }, 'blocked'],
    [{ ...full, permission: null }, 'unsupported'],
    [{ ...full, hasPushManager: false }, 'unsupported'],
    [{ ...full, hasServiceWorker: false, permission: 'granted' }, 'unsupported'],
  ] as const)('%j → %s', (env, expected) => {
    expect(pushSupport(env)).toBe(expected);
  });
});

describe('applicationServerKey', () => {
  it('decodes the server’s base64url key to its bytes, whatever its length', () => {
    for (const length of [65, 64, 63, 1]) {
      const bytes = randomBytes(length);
      expect(Buffer.from(applicationServerKey(bytes.toString('base64url')))).toEqual(bytes);
    }
  });
});

describe('subscriptionBody', () => {
  it('keeps the address and the two keys, and nothing else', () => {
    expect(
      subscriptionBody({
        endpoint: 'https://push.example.org/x',
        expirationTime: null,
        keys: { p256dh: 'BPk', auth: 'au' },
      }),
    ).toEqual({ endpoint: 'https://push.example.org/x', keys: { p256dh: 'BPk', auth: 'au' } });
  });

  it('is null when the browser left a part out', () => {
    expect(subscriptionBody({ endpoint: 'https://push.example.org/x' })).toBeNull();
    expect(subscriptionBody({ keys: { p256dh: 'BPk', auth: 'au' } })).toBeNull();
    expect(
      subscriptionBody({ endpoint: 'https://push.example.org/x', keys: { p256dh: 'BPk' } }),
    ).toBeNull();
  });
});

/** One of my devices as the server lists it, named by its address's hash. */
const device = (id: string, hash: string): PushDevice => ({
  id,
  label: 'Firefox on Linux',
  createdAt: '2026-03-02T12:00:00.000Z',
  lastSuccessAt: null,
  endpointHash: hash,
});

describe('this device among mine', () => {
  const endpoint = 'https://push.example.org/wpush/v2/this-one';

  it('hashes the address as the server names it', async () => {
    expect(await endpointHash(endpoint)).toBe(
      createHash('sha256').update(endpoint).digest('base64url'),
    );
  });

  it('is the device whose hash is this browser’s, or none', async () => {
    const mine = device('b', await endpointHash(endpoint));
    const devices = [device('a', await endpointHash(`${endpoint}-other`)), mine];
    expect(thisDevice(devices, await endpointHash(endpoint))).toBe(mine);
    expect(thisDevice(devices, null)).toBeUndefined();
    expect(thisDevice([], await endpointHash(endpoint))).toBeUndefined();
  });
});

describe('forgetting this device on logging out', () => {
  const endpoint = 'https://push.example.org/wpush/v2/shared-tablet';

  function parts(options: { devices?: () => Promise<PushDevice[]>; subscribed?: boolean }) {
    const calls: string[] = [];
    const forget: ForgetParts = {
      subscription: async () =>
        options.subscribed === false
          ? null
          : {
              endpoint,
              unsubscribe: async () => {
                calls.push('unsubscribe');
                return true;
              },
            },
      devices: options.devices ?? (async () => []),
      remove: async (id) => {
        calls.push(`remove ${id}`);
      },
    };
    return { forget, calls };
  }

  it('removes this browser from the server, then ends its subscription', async () => {
    const mine = device('mine', await endpointHash(endpoint));
    const { forget, calls } = parts({
      devices: async () => [device('phone', await endpointHash(`${endpoint}-phone`)), mine],
    });
    await forgetThisDevice(forget);
    expect(calls).toEqual(['remove mine', 'unsubscribe']);
  });

  it('leaves my other devices alone, and still ends this subscription when the server does not know it', async () => {
    const { forget, calls } = parts({
      devices: async () => [device('phone', await endpointHash(`${endpoint}-phone`))],
    });
    await forgetThisDevice(forget);
    expect(calls).toEqual(['unsubscribe']);
  });

  it('ends the subscription even when the server cannot be asked', async () => {
    const { forget, calls } = parts({
      devices: async () => {
        throw new Error('offline');
      },
    });
    await forgetThisDevice(forget);
    expect(calls).toEqual(['unsubscribe']);
  });

  it('does nothing on a browser without a subscription', async () => {
    const { forget, calls } = parts({ subscribed: false });
    await forgetThisDevice(forget);
    expect(calls).toEqual([]);
  });
});
