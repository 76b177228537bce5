import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';

describe.each(dialects)('couple (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('creates single-use invites with at least 64 random bits that expire in 7 days', async () => {
    const a = await t.signUp();
    const res = await a.request('POST', '/api/couple/invites');
    expect(res.statusCode).toBe(201);
    const invite = res.json();
    expect(invite.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    // 16 base-32 characters carry 80 bits.
    expect(invite.code.replace(/-/g, '').length * 5).toBeGreaterThanOrEqual(64);
    expect(invite.url).toBe(`http://localhost:3000/join/${invite.code}`);
    expect(Date.parse(invite.expiresAt) - t.clock.now().getTime()).toBe(7 * 24 * 3600 * 1000);
  });

  it('links two people, keeps the inviter time zone, and shows each the other', async () => {
    const a = await t.signUp('Jo', 'Asia/Kolkata');
    const b = await t.signUp('Lee', 'America/Chicago');
    const { code } = (await a.request('POST', '/api/couple/invites')).json();
    const joined = await b.request('POST', '/api/couple/join', { code: code.toLowerCase() });
    expect(joined.statusCode).toBe(200);
    expect(joined.json()).toMatchObject({ partnerName: 'Jo', timeZone: 'Asia/Kolkata' });
    expect((await a.request('GET', '/api/couple')).json().partnerName).toBe('Lee');
    expect((await b.request('GET', '/api/me')).json().couple.partnerName).toBe('Jo');
  });

  it('answers used, expired and unknown codes alike', async () => {
    const a = await t.signUp();
    const b = await t.signUp();
    const c = await t.signUp();
    const used = (await a.request('POST', '/api/couple/invites')).json().code;
    await b.request('POST', '/api/couple/join', { code: used });
    const reused = await c.request('POST', '/api/couple/join', { code: used });
    const d = await t.signUp();
    const expiring = (await d.request('POST', '/api/couple/invites')).json().code;
    t.clock.advance(7 * 24 * 3600 * 1000 + 1000);
    const expired = await c.request('POST', '/api/couple/join', { code: expiring });
    const unknown = await c.request('POST', '/api/couple/join', { code: 'ABCD-EFGH-JKMN-PQRS' });
    expect(reused.statusCode).toBe(400);
    expect(expired.body).toBe(reused.body);
    expect(unknown.body).toBe(reused.body);
    expect((await c.request('GET', '/api/me')).json().couple).toBeNull();
  });

  it('allows one couple at a time, and not joining oneself', async () => {
    const { a } = await t.buildCouple();
    const solo = await t.signUp();
    const own = (await solo.request('POST', '/api/couple/invites')).json().code;
    expect((await solo.request('POST', '/api/couple/join', { code: own })).json().error.code).toBe(
      'invalid_invite',
    );
    const other = await t.signUp();
    const code = (await other.request('POST', '/api/couple/invites')).json().code;
    const res = await a.request('POST', '/api/couple/join', { code });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('already_linked');
  });

  it('after unlinking, neither sees anything of the other, each keeps their own', async () => {
    const { a, b } = await t.buildCouple();
    const q = (await a.request('GET', '/api/questions/today')).json().question.id;
    await a.request('PUT', `/api/questions/${q}/answer`, { text: 'from a' });
    await b.request('PUT', `/api/questions/${q}/answer`, { text: 'from b' });
    expect(JSON.stringify((await a.request('GET', '/api/questions/history')).json())).toContain(
      'from b',
    );
    expect((await b.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
    const aHistory = JSON.stringify((await a.request('GET', '/api/questions/history')).json());
    const bHistory = JSON.stringify((await b.request('GET', '/api/questions/history')).json());
    expect(aHistory).toContain('from a');
    expect(aHistory).not.toContain('from b');
    expect(bHistory).toContain('from b');
    expect(bHistory).not.toContain('from a');
    expect((await a.request('GET', '/api/couple')).json().error.code).toBe('not_linked');
    expect((await a.request('GET', '/api/me')).json().couple).toBeNull();
    const aToday = (await a.request('GET', '/api/questions/today')).json();
    expect(aToday.visibility).toBe('private');
    expect(JSON.stringify(aToday)).not.toContain('from b');
  });

  it('lets the couple change its shared time zone', async () => {
    const { a, b } = await t.buildCouple();
    expect(
      (await a.request('PATCH', '/api/couple', { timeZone: 'Pacific/Auckland' })).statusCode,
    ).toBe(200);
    expect((await b.request('GET', '/api/couple')).json().timeZone).toBe('Pacific/Auckland');
  });
});
