/**
 * When the browser replaces a device's push subscription, the service worker
 * removes the old address from the person's devices and adds the new one, so
 * reminders keep reaching the device. It renews only a device the signed-in
 * person turned notifications on for, and does nothing without a session.
 * The browser's own event cannot be caused here (headless Chromium has no
 * push service), so the test calls the worker's handler with the event's two
 * subscriptions, as the event would.
 */
import { createECDH, createHash, randomBytes } from 'node:crypto';
import type { Browser, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTier, launchBrowser, openPerson, type Person } from './support/browser';
import { PASSWORD, signUpThroughApi } from './support/program-helpers';
import { buildWebIfNeeded, type E2eServer, startServer } from './support/server';

const tier = browserTier();
if (!tier.run) console.warn(`Push renewal ${tier.reason}`);
const suite = tier.run ? describe : describe.skip;

const token = randomBytes(4).toString('hex');

/** A subscription as the browser gives it: an address at a real push service, and real keys. */
function subscription(name: string) {
  const endpoint = `https://fcm.googleapis.com/fcm/send/${name}-${token}`;
  const p256dh = createECDH('prime256v1').generateKeys().toString('base64url');
  const auth = randomBytes(16).toString('base64url');
  return { endpoint, keys: { p256dh, auth } };
}
type Subscription = ReturnType<typeof subscription>;

const hashOf = (endpoint: string) => createHash('sha256').update(endpoint).digest('base64url');

/** Calls the worker's handler as the event would: the old subscription, and the new one or none. */
async function renew(
  worker: Worker,
  oldOne: Subscription | null,
  newOne: Subscription | null,
): Promise<string> {
  return worker.evaluate(
    ([o, n]) => {
      const asBrowser = (s: typeof o) =>
        s ? { endpoint: s.endpoint, options: {}, toJSON: () => s } : null;
      const scope = self as unknown as {
        keepSubscription(a: unknown, b: unknown): Promise<string>;
      };
      return scope.keepSubscription(asBrowser(o), asBrowser(n));
    },
    [oldOne, newOne] as const,
  );
}

async function devicesOf(person: Person): Promise<string[]> {
  const res = await person.context.request.get('/api/me/push-subscriptions');
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { devices: { endpointHash: string }[] };
  return body.devices.map((d) => d.endpointHash);
}

async function addDevice(person: Person, sub: Subscription): Promise<void> {
  const res = await person.context.request.post('/api/me/push-subscriptions', { data: sub });
  expect(res.status(), await res.text()).toBe(201);
}

suite(`a device's push subscription renewed by the browser (${tier.reason})`, () => {
  let server: E2eServer;
  let browser: Browser;
  let noa: Person;
  let eli: Person;
  let worker: Worker;
  /** Noa's device as the server knows it now. */
  let current: Subscription;

  beforeAll(async () => {
    buildWebIfNeeded();
    browser = await launchBrowser();
    server = await startServer();
    noa = await openPerson(browser, server.baseUrl, 'Noa', { serviceWorkers: 'allow' });
    eli = await openPerson(browser, server.baseUrl, 'Eli');
    await signUpThroughApi(noa, `noa-${token}@example.com`);
    await signUpThroughApi(eli, `eli-${token}@example.com`);
    await noa.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const [first] = noa.context.serviceWorkers();
    worker = first ?? (await noa.context.waitForEvent('serviceworker'));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('replaces the old address with the new one, once', async () => {
    const a = subscription('a');
    const b = subscription('b');
    await addDevice(noa, a);
    expect(await devicesOf(noa)).toEqual([hashOf(a.endpoint)]);

    expect(await renew(worker, a, b)).toBe('kept');
    expect(await devicesOf(noa)).toEqual([hashOf(b.endpoint)]);

    // The same event again: the old address is no longer Noa's, so nothing changes.
    expect(await renew(worker, a, subscription('again'))).toBe('not this person’s device');
    expect(await devicesOf(noa)).toEqual([hashOf(b.endpoint)]);
    current = b;
  });

  it('turns nothing on for a device the person never chose, nor for another person’s', async () => {
    expect(await renew(worker, null, subscription('unknown'))).toBe('unknown device');
    const elis = subscription('eli');
    await addDevice(eli, elis);
    expect(await renew(worker, elis, subscription('taken'))).toBe('not this person’s device');
    expect(await devicesOf(eli)).toEqual([hashOf(elis.endpoint)]);
    expect(await devicesOf(noa)).toHaveLength(1);
  });

  it('does nothing without a session', async () => {
    const logout = await noa.context.request.post('/api/auth/logout');
    expect(logout.status()).toBeLessThan(300);
    expect(await renew(worker, current, subscription('c'))).toBe('no session');
    const login = await noa.context.request.post('/api/auth/login', {
      data: { email: `noa-${token}@example.com`, password: PASSWORD },
    });
    expect(login.status()).toBe(200);
    expect(await devicesOf(noa)).toEqual([hashOf(current.endpoint)]);
    expect(noa.problems).toEqual([]);
  });
});
