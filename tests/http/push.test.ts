/**
 * Web push, through the real app and a push service of our own on loopback:
 * the devices a person turns notifications on for (added once, moved to
 * whoever adds a shared device, at most ten, bad input refused and nothing
 * changed, nothing of anyone else's), and the daily nudge over push. The test
 * decrypts each message itself (RFC 8291 keys, RFC 8188 aes128gcm) with the
 * keys its "browser" made, checks the exact generic words and the VAPID
 * signature (RFC 8292), and follows what the push service answers: 410
 * forgets a device, 500 is retried by the job runner, and one dead device
 * never holds back another or nudges it twice.
 */
import {
  createDecipheriv,
  createECDH,
  createHash,
  createPublicKey,
  type ECDH,
  hkdfSync,
  randomBytes,
  verify,
} from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dialects } from '../support/databases';
import {
  createTestApp,
  type Person,
  TEST_METRICS_TOKEN,
  TEST_VAPID_KEYS,
  TEST_VAPID_SUBJECT,
  type TestApp,
} from '../support/test-app';

const START = new Date('2026-03-02T12:00:00Z'); // a Monday
const FIREFOX_ANDROID =
  'Mozilla/5.0 (Android 14; Mobile; rv:125.0) Gecko/125.0 Firefox/125.0 build-7f3e1';
/** Exactly what every push nudge says. */
const NUDGE = '{"title":"Rekindle","body":"You have something new in Rekindle","url":"/"}';
/** Words a nudge must never carry. */
const SENSITIVE = ['partner', 'question', 'answer', 'note', 'reveal', 'check-in', 'date'];

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A push service on loopback: keeps what it is sent, answers each device's path as told (201 by default). */
interface PushService {
  origin: string;
  received: Received[];
  answer: Map<string, number>;
  close(): Promise<void>;
}

async function startPushService(): Promise<PushService> {
  const received: Received[] = [];
  const answer = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = req.url ?? '';
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks) });
      res.statusCode = answer.get(path) ?? 201;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    answer,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** What a browser keeps of its subscription: its own key pair and auth secret. */
interface Browser {
  endpoint: string;
  path: string;
  ecdh: ECDH;
  auth: Buffer;
  body: { endpoint: string; keys: { p256dh: string; auth: string } };
}

function browserFor(service: PushService, name: string): Browser {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const auth = randomBytes(16);
  const path = `/wpush/${name}-${randomBytes(6).toString('hex')}`;
  const endpoint = `${service.origin}${path}`;
  return {
    endpoint,
    path,
    ecdh,
    auth,
    body: {
      endpoint,
      keys: {
        p256dh: ecdh.getPublicKey().toString('base64url'),
        auth: auth.toString('base64url'),
      },
    },
  };
}

/** RFC 8291 and RFC 8188: the browser's side of aes128gcm, with node:crypto alone. */
function decrypt(message: Buffer, browser: Browser): string {
  const salt = message.subarray(0, 16);
  const recordSize = message.readUInt32BE(16);
  const idLength = message[20] ?? 0;
  const senderKey = message.subarray(21, 21 + idLength);
  const record = message.subarray(21 + idLength);
  expect(idLength).toBe(65);
  expect(record.length).toBeLessThanOrEqual(recordSize);
  const shared = browser.ecdh.computeSecret(senderKey);
  const keyInfo = Buffer.concat([
    Buffer.from('WebPush: info\0'),
    browser.ecdh.getPublicKey(),
    senderKey,
  ]);
  const ikm = Buffer.from(hkdfSync('sha256', shared, browser.auth, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, 'Content-Encoding: aes128gcm\0', 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, 'Content-Encoding: nonce\0', 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([
    decipher.update(record.subarray(0, record.length - 16)),
    decipher.final(),
  ]);
  // The last record's delimiter is 0x02, then any padding is zeros.
  let end = padded.length;
  while (end > 0 && padded[end - 1] === 0) end -= 1;
  expect(padded[end - 1]).toBe(2);
  return padded.subarray(0, end - 1).toString('utf8');
}

/** RFC 8292: `vapid t=<ES256 JWT>, k=<public key>`; the signature checked with the server's public key. */
function verifyVapid(authorization: string | undefined): Record<string, unknown> {
  const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(authorization ?? '');
  expect(match, authorization).not.toBeNull();
  const [, jwt = '', key = ''] = match ?? [];
  expect(key).toBe(TEST_VAPID_KEYS.publicKey);
  const [header = '', payload = '', signature = ''] = jwt.split('.');
  expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({
    typ: 'JWT',
    alg: 'ES256',
  });
  const point = Buffer.from(key, 'base64url');
  const publicKey = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33, 65).toString('base64url'),
    },
    format: 'jwk',
  });
  const signed = verify(
    'sha256',
    Buffer.from(`${header}.${payload}`),
    { key: publicKey, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  expect(signed).toBe(true);
  return JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
}

function hashOf(endpoint: string): string {
  return createHash('sha256').update(endpoint).digest('base64url');
}

describe.each(dialects)('web push (%s)', (dialect) => {
  let service: PushService;
  let t: TestApp;
  beforeAll(async () => {
    service = await startPushService();
    t = await createTestApp(dialect, {
      start: START,
      // This test's push service speaks plain http on loopback; a real server takes only public https ones.
      push: {
        endpointAllowed: (url) => url.origin === service.origin,
      },
    });
  });
  afterAll(async () => {
    await t?.close();
    await service?.close();
  });
  beforeEach(() => {
    service.received.length = 0;
    service.answer.clear();
    t.clock.set(START);
  });

  async function tickAt(iso: string): Promise<void> {
    t.clock.set(new Date(iso));
    await t.app.jobs.tick();
    await t.app.jobs.drain();
  }

  function pushOn(person: Person, quietHours: object | null = { from: '22:00', to: '08:00' }) {
    return person.request('PUT', '/api/me/notifications', {
      enabled: true,
      channels: { email: false, push: true },
      nudgeTime: '19:00',
      quietHours,
    });
  }

  function addDevice(person: Person, body: unknown, userAgent = FIREFOX_ANDROID) {
    return t.app.inject({
      method: 'POST',
      url: '/api/me/push-subscriptions',
      payload: JSON.stringify(body),
      headers: { 'content-type': 'application/json', 'user-agent': userAgent },
      cookies: { rekindle_session: person.cookie },
    });
  }

  async function deviceOf(person: Person, name: string): Promise<Browser & { id: string }> {
    const browser = browserFor(service, name);
    const res = await addDevice(person, browser.body);
    expect(res.statusCode, res.body).toBe(201);
    return { ...browser, id: res.json().id };
  }

  const sentTo = (browser: Browser) => service.received.filter((r) => r.path === browser.path);

  async function rowsOf(userId: string) {
    return t.database.handle.db
      .selectFrom('push_subscriptions')
      .selectAll()
      .where('user_id', '=', userId)
      .execute();
  }

  async function answerToday(person: Person, text: string): Promise<string> {
    const today = (await person.request('GET', '/api/questions/today')).json();
    const res = await person.request('PUT', `/api/questions/${today.question.id}/answer`, { text });
    expect(res.statusCode, res.body).toBe(200);
    return today.question.text as string;
  }

  it('keeps a device once, with a short label and never the whole User-Agent, and gives the key to subscribe with', async () => {
    const kim = await t.signUp('Kim');
    const empty = await kim.request('GET', '/api/me/push-subscriptions');
    expect(empty.json()).toEqual({ publicKey: TEST_VAPID_KEYS.publicKey, devices: [] });
    const settings = (await kim.request('GET', '/api/me/notifications')).json();
    expect(settings.available.push).toBe(true);

    const browser = browserFor(service, 'kim');
    const added = await addDevice(kim, browser.body);
    expect(added.statusCode, added.body).toBe(201);
    const device = added.json();
    expect(device).toEqual({
      id: expect.stringMatching(/^[A-Za-z0-9_-]{16,32}$/),
      label: 'Firefox on Android',
      createdAt: START.toISOString(),
      lastSuccessAt: null,
      endpointHash: hashOf(browser.endpoint),
    });
    // The push address itself is never sent back.
    expect(added.body).not.toContain(browser.path);

    // The same device again: the same one, however often.
    t.clock.set(new Date('2026-03-02T13:00:00Z'));
    const again = await addDevice(
      kim,
      browser.body,
      'Mozilla/5.0 (X11; Linux x86_64) Firefox/126.0',
    );
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual({ ...device, label: 'Firefox on Linux' });
    const listed = await kim.request('GET', '/api/me/push-subscriptions');
    expect(listed.json().devices).toEqual([{ ...device, label: 'Firefox on Linux' }]);
    expect(listed.body).not.toContain(browser.path);

    const rows = await rowsOf(kim.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.label).toBe('Firefox on Linux');
    expect(JSON.stringify(rows)).not.toContain('Gecko');
    expect(JSON.stringify(rows)).not.toContain('build-7f3e1');
  });

  it('moves a device to whoever adds it last (a shared tablet)', async () => {
    const { a: robin, b: sam } = await t.buildCouple();
    const shared = browserFor(service, 'tablet');
    const robins = (await addDevice(robin, shared.body)).json();
    const sams = await addDevice(sam, shared.body);
    expect(sams.statusCode).toBe(201);
    expect(sams.json().id).not.toBe(robins.id);
    expect((await robin.request('GET', '/api/me/push-subscriptions')).json().devices).toEqual([]);
    expect((await sam.request('GET', '/api/me/push-subscriptions')).json().devices).toEqual([
      sams.json(),
    ]);
    // Robin's old id no longer reaches it.
    const gone = await robin.request('DELETE', `/api/me/push-subscriptions/${robins.id}`);
    expect(gone.statusCode).toBe(404);
    expect(await rowsOf(sam.id)).toHaveLength(1);
  });

  it('turns notifications on for ten devices at most', async () => {
    const ten = await t.signUp('Ten');
    const devices = [];
    for (let i = 0; i < 10; i += 1) devices.push(await deviceOf(ten, `ten-${i}`));
    const eleventh = browserFor(service, 'eleventh');
    const refused = await addDevice(ten, eleventh.body);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toEqual({
      error: { code: 'limit_reached', message: expect.stringContaining('10 devices') },
    });
    expect(await rowsOf(ten.id)).toHaveLength(10);
    // One already on may be added again; after removing one, the new one fits.
    expect((await addDevice(ten, devices[3]?.body)).statusCode).toBe(201);
    const removed = await ten.request('DELETE', `/api/me/push-subscriptions/${devices[0]?.id}`);
    expect(removed.statusCode).toBe(204);
    expect((await addDevice(ten, eleventh.body)).statusCode).toBe(201);
    expect(await rowsOf(ten.id)).toHaveLength(10);
  });

  it('refuses bad input with 400 in the one error shape, and changes nothing', async () => {
    const lee = await t.signUp('Lee');
    const kept = await deviceOf(lee, 'lee');
    const before = await rowsOf(lee.id);
    const good = browserFor(service, 'lee-new').body;
    const offCurve = Buffer.from(good.keys.p256dh, 'base64url');
    offCurve[64] = (offCurve[64] ?? 0) ^ 1;
    for (const body of [
      {},
      { endpoint: good.endpoint },
      { ...good, extra: true },
      { ...good, endpoint: 'not a url' },
      { ...good, endpoint: `${good.endpoint}${'x'.repeat(2100)}` },
      // Not the push service this server may post to (a real one takes public https only).
      { ...good, endpoint: 'https://push.example.org/wpush/abc' },
      { ...good, endpoint: 'http://127.0.0.1:1/wpush/abc' },
      { ...good, keys: { ...good.keys, p256dh: good.keys.p256dh.slice(1) } },
      { ...good, keys: { ...good.keys, p256dh: offCurve.toString('base64url') } },
      { ...good, keys: { ...good.keys, auth: 'short' } },
      { ...good, keys: { ...good.keys, extra: 'x' } },
      { endpoint: good.endpoint, keys: { p256dh: good.keys.p256dh } },
    ]) {
      const res = await addDevice(lee, body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 120)).toBe(400);
      expect(Object.keys(res.json().error).sort()).toEqual(['code', 'message']);
    }
    const badId = await lee.request('DELETE', '/api/me/push-subscriptions/not!an!id');
    expect(badId.statusCode).toBe(400);
    expect(Object.keys(badId.json().error).sort()).toEqual(['code', 'message']);
    expect(await rowsOf(lee.id)).toEqual(before);
    expect((await lee.request('GET', '/api/me/push-subscriptions')).json().devices).toHaveLength(1);
    expect(kept.id).toBe(before[0]?.id);
  });

  it('answers owner, partner, stranger and anonymous: only the owner sees or removes their devices', async () => {
    const { a: robin, b: sam } = await t.buildCouple();
    const stranger = await t.signUp('Stranger');
    const device = await deviceOf(robin, 'robin-phone');
    const missing = 'nobodys-device-0123456789';
    for (const other of [sam, stranger]) {
      const list = await other.request('GET', '/api/me/push-subscriptions');
      expect(list.statusCode).toBe(200);
      expect(list.body).not.toContain(device.id);
      expect(list.body).not.toContain(hashOf(device.endpoint));
      const theirs = await other.request('DELETE', `/api/me/push-subscriptions/${device.id}`);
      const unknown = await other.request('DELETE', `/api/me/push-subscriptions/${missing}`);
      expect(theirs.statusCode).toBe(404);
      expect(theirs.body).toBe(unknown.body);
    }
    for (const [method, url, body] of [
      ['GET', '/api/me/push-subscriptions', undefined],
      ['POST', '/api/me/push-subscriptions', browserFor(service, 'anon').body],
      ['DELETE', `/api/me/push-subscriptions/${device.id}`, undefined],
    ] as const) {
      const res = await t.anonymous(method, url, body);
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('unauthenticated');
    }
    expect(await rowsOf(robin.id)).toHaveLength(1);
    const removed = await robin.request('DELETE', `/api/me/push-subscriptions/${device.id}`);
    expect(removed.statusCode).toBe(204);
    expect(
      (await robin.request('DELETE', `/api/me/push-subscriptions/${device.id}`)).statusCode,
    ).toBe(404);
    expect(await rowsOf(robin.id)).toEqual([]);
  });

  it('nudges every device at the chosen time with the same generic words, encrypted and signed', async () => {
    const { a: robin, b: sam } = await t.buildCouple();
    expect((await pushOn(robin)).statusCode).toBe(200);
    const phone = await deviceOf(robin, 'robin-phone');
    const laptop = await deviceOf(robin, 'robin-laptop');
    const samsAnswer = 'sam-words-about-the-lake-4e1';
    const question = await answerToday(sam, samsAnswer);
    await tickAt('2026-03-02T18:59:00Z');
    expect(service.received).toEqual([]);
    await tickAt('2026-03-02T19:00:00Z');
    expect(service.received).toHaveLength(2);
    const forbidden = [
      robin.displayName,
      sam.displayName,
      robin.email,
      sam.email,
      question,
      samsAnswer,
    ];
    for (const browser of [phone, laptop]) {
      const [message] = sentTo(browser);
      if (!message) throw new Error('no message');
      const plain = decrypt(message.body, browser);
      expect(plain).toBe(NUDGE);
      for (const text of forbidden) expect(plain, text).not.toContain(text);
      for (const word of SENSITIVE) expect(plain.toLowerCase(), word).not.toContain(word);
      const headers = message.headers;
      expect(headers['content-encoding']).toBe('aes128gcm');
      expect(headers['content-type']).toBe('application/octet-stream');
      // Until quiet hours begin at 22:00: three hours.
      expect(headers.ttl).toBe('10800');
      expect(headers.urgency).toBe('normal');
      expect(headers.topic).toBe('rekindle-nudge');
      const claims = verifyVapid(headers.authorization);
      expect(claims.aud).toBe(service.origin);
      expect(claims.sub).toBe(TEST_VAPID_SUBJECT);
      const nowSeconds = Date.now() / 1000;
      expect(claims.exp).toBeGreaterThan(nowSeconds);
      expect(claims.exp).toBeLessThanOrEqual(nowSeconds + 24 * 3600);
      const everything = JSON.stringify(headers) + message.path;
      for (const text of forbidden) expect(everything, text).not.toContain(text);
    }
    const listed = (await robin.request('GET', '/api/me/push-subscriptions')).json();
    expect(listed.devices.map((d: { lastSuccessAt: string }) => d.lastSuccessAt)).toEqual([
      '2026-03-02T19:00:00.000Z',
      '2026-03-02T19:00:00.000Z',
    ]);
    // Nothing more that day.
    for (const at of ['2026-03-02T19:01:00Z', '2026-03-02T21:00:00Z']) await tickAt(at);
    expect(service.received).toHaveLength(2);
  });

  it('forgets a device its push service says is gone (410), and retries one that failed (500) without holding back or repeating the others', async () => {
    const ari = await t.signUp('Ari');
    expect((await pushOn(ari, null)).statusCode).toBe(200);
    const alive = await deviceOf(ari, 'ari-alive');
    const gone = await deviceOf(ari, 'ari-gone');
    const flaky = await deviceOf(ari, 'ari-flaky');
    service.answer.set(gone.path, 410);
    service.answer.set(flaky.path, 500);
    await tickAt('2026-03-02T19:00:00Z');
    expect(sentTo(alive)).toHaveLength(1);
    expect(sentTo(gone)).toHaveLength(1);
    expect(sentTo(flaky)).toHaveLength(1);
    expect(decrypt(sentTo(alive)[0]?.body ?? Buffer.alloc(0), alive)).toBe(NUDGE);
    // No quiet hours: four hours to live.
    expect(sentTo(alive)[0]?.headers.ttl).toBe('14400');
    expect((await rowsOf(ari.id)).map((row) => row.id).sort()).toEqual([alive.id, flaky.id].sort());
    const metrics = await t.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${TEST_METRICS_TOKEN}` },
    });
    expect(metrics.body).toMatch(
      /rekindle_jobs_total\{kind="notifications.nudge",outcome="retried"\} [1-9]/,
    );
    expect(metrics.body).not.toContain(service.origin);
    const job = await t.database.handle.db
      .selectFrom('jobs')
      .select(['status', 'last_error', 'attempts'])
      .where('key', '=', `nudge:${ari.id}:2026-03-02:push`)
      .executeTakeFirstOrThrow();
    expect(job).toMatchObject({ status: 'pending', last_error: 'push_failed 500' });

    // The push service is back; the runner's retry (a minute later) reaches the flaky device only.
    service.answer.delete(flaky.path);
    t.clock.set(new Date('2026-03-02T19:02:00Z'));
    await t.app.jobs.drain();
    expect(sentTo(flaky)).toHaveLength(2);
    expect(decrypt(sentTo(flaky)[1]?.body ?? Buffer.alloc(0), flaky)).toBe(NUDGE);
    expect(sentTo(alive)).toHaveLength(1);
    expect(sentTo(gone)).toHaveLength(1);
    const done = await t.database.handle.db
      .selectFrom('jobs')
      .select('status')
      .where('key', '=', `nudge:${ari.id}:2026-03-02:push`)
      .executeTakeFirstOrThrow();
    expect(done.status).toBe('done');
  });

  it('one device that never answers holds back no other', async () => {
    const bo = await t.signUp('Bo');
    await pushOn(bo, null);
    // Nothing listens here: the connection is refused at once.
    const dead = await deviceOf(bo, 'bo-dead');
    const fine = await deviceOf(bo, 'bo-fine');
    await t.database.handle.db
      .updateTable('push_subscriptions')
      .set({ endpoint: 'http://127.0.0.1:1/wpush/dead' })
      .where('id', '=', dead.id)
      .execute();
    await tickAt('2026-03-02T19:00:00Z');
    expect(sentTo(fine)).toHaveLength(1);
    expect(decrypt(sentTo(fine)[0]?.body ?? Buffer.alloc(0), fine)).toBe(NUDGE);
    // The retries reach nothing new, and never nudge the working device again.
    for (const at of ['2026-03-02T19:02:00Z', '2026-03-02T19:10:00Z', '2026-03-02T19:30:00Z']) {
      t.clock.set(new Date(at));
      await t.app.jobs.drain();
    }
    expect(sentTo(fine)).toHaveLength(1);
    expect(await rowsOf(bo.id)).toHaveLength(2);
  });

  it('sends nothing when push is off in the settings, or was turned off before a retry', async () => {
    const off = await t.signUp('Off');
    const offDevice = await deviceOf(off, 'off');
    await off.request('PUT', '/api/me/notifications', {
      enabled: true,
      channels: { email: false, push: false },
      nudgeTime: '19:00',
      quietHours: null,
    });
    const all = await t.signUp('AllOff');
    const allDevice = await deviceOf(all, 'all-off');
    await all.request('PUT', '/api/me/notifications', {
      enabled: false,
      channels: { email: false, push: true },
      nudgeTime: '19:00',
      quietHours: null,
    });
    const later = await t.signUp('Later');
    const laterDevice = await deviceOf(later, 'later');
    await pushOn(later, null);
    service.answer.set(laterDevice.path, 503);
    await tickAt('2026-03-02T19:00:00Z');
    expect(sentTo(offDevice)).toEqual([]);
    expect(sentTo(allDevice)).toEqual([]);
    expect(sentTo(laterDevice)).toHaveLength(1);
    // Turned off before the retry: the retry sends nothing.
    service.answer.delete(laterDevice.path);
    await later.request('PUT', '/api/me/notifications', {
      enabled: true,
      channels: { email: false, push: false },
      nudgeTime: '19:00',
      quietHours: null,
    });
    t.clock.set(new Date('2026-03-02T19:05:00Z'));
    await t.app.jobs.drain();
    expect(sentTo(laterDevice)).toHaveLength(1);
  });

  it('takes a person’s devices with their account', async () => {
    const { a: robin, b: sam } = await t.buildCouple();
    await deviceOf(robin, 'robin-1');
    await deviceOf(robin, 'robin-2');
    await deviceOf(sam, 'sam-1');
    const deleted = await robin.request('DELETE', '/api/me', { password: robin.password });
    expect(deleted.statusCode).toBe(204);
    expect(await rowsOf(robin.id)).toEqual([]);
    expect(await rowsOf(sam.id)).toHaveLength(1);
  });

  it('says plainly when the server cannot send push', async () => {
    const plain = await createTestApp(dialect, { start: START, push: null });
    try {
      const kai = await plain.signUp('Kai');
      const devices = (await kai.request('GET', '/api/me/push-subscriptions')).json();
      expect(devices).toEqual({ publicKey: null, devices: [] });
      const added = await kai.request(
        'POST',
        '/api/me/push-subscriptions',
        browserFor(service, 'kai').body,
      );
      expect(added.statusCode).toBe(409);
      expect(added.json().error.code).toBe('channel_unavailable');
      const settings = (await kai.request('GET', '/api/me/notifications')).json();
      expect(settings.available.push).toBe(false);
    } finally {
      await plain.close();
    }
  });
});
