import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../tests/support/databases';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { CLEAR_SITE_DATA, PERMISSIONS_POLICY } from './security';

describe('Permissions-Policy', () => {
  it('switches off every powerful feature the app does not use, and only those', () => {
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'serial']) {
      expect(PERMISSIONS_POLICY).toContain(`${feature}=()`);
    }
    // Copying and sharing an invite and keeping the screen on in an exercise stay possible.
    for (const feature of ['clipboard-write', 'web-share', 'screen-wake-lock']) {
      expect(PERMISSIONS_POLICY).not.toContain(feature);
    }
    expect(PERMISSIONS_POLICY).toMatch(/^([a-z-]+=\(\))(, [a-z-]+=\(\))*$/);
  });
});

describe.each(dialects)('Clear-Site-Data on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  it('pages carry the Permissions-Policy', async () => {
    const page = await t.anonymous('GET', '/healthz');
    expect(page.headers['permissions-policy']).toBe(PERMISSIONS_POLICY);
  });

  it('is sent on log-out, and the session cookie expires', async () => {
    const person = await t.signUp();
    const res = await person.request('POST', '/api/auth/logout');
    expect(res.statusCode).toBe(204);
    expect(res.headers['clear-site-data']).toBe('"cache", "storage"');
    expect(CLEAR_SITE_DATA).toBe('"cache", "storage"');
    const cookie = res.cookies.find((c) => c.name === 'rekindle_session');
    expect(cookie?.value).toBe('');
    expect((await person.request('GET', '/api/me')).statusCode).toBe(401);
  });

  it('is sent when the account is deleted, and when this very session is ended', async () => {
    const person = await t.signUp();
    const sessions = await person.request('GET', '/api/auth/sessions');
    const current = sessions.json().sessions.find((s: { current: boolean }) => s.current);
    const ended = await person.request('DELETE', `/api/auth/sessions/${current.id}`);
    expect(ended.statusCode).toBe(204);
    expect(ended.headers['clear-site-data']).toBe(CLEAR_SITE_DATA);

    const other = await t.signUp();
    const deleted = await other.request('DELETE', '/api/me', { password: other.password });
    expect(deleted.statusCode).toBe(204);
    expect(deleted.headers['clear-site-data']).toBe(CLEAR_SITE_DATA);
  });

  it('is not sent anywhere else: log-in, a failed deletion, ending another session', async () => {
    const person = await t.signUp();
    const login = await t.anonymous('POST', '/api/auth/login', {
      email: person.email,
      password: person.password,
    });
    expect(login.statusCode).toBe(200);
    expect(login.headers['clear-site-data']).toBeUndefined();
    const sessions = (await person.request('GET', '/api/auth/sessions')).json().sessions;
    const other = sessions.find((s: { current: boolean }) => !s.current);
    const ended = await person.request('DELETE', `/api/auth/sessions/${other.id}`);
    expect(ended.statusCode).toBe(204);
    expect(ended.headers['clear-site-data']).toBeUndefined();
    const wrong = await person.request('DELETE', '/api/me', {
      password: 'not the password at all',
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['clear-site-data']).toBeUndefined();
    expect((await t.anonymous('GET', '/api/session')).headers['clear-site-data']).toBeUndefined();
  });
});
