import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { openEventStream } from '../../../../tests/support/sse';
import { createTestApp, type Person, type TestApp } from '../../../../tests/support/test-app';
import type { GestureToday } from '../../../shared/gestures-api';
import type { Today } from '../../../shared/program-api';

const DAY = 24 * 3600 * 1000;

describe.each(dialects)('small gestures (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const today = async (p: Person): Promise<GestureToday> =>
    (await p.request('GET', '/api/gestures/today')).json();
  const done = (p: Person, gestureId: string) =>
    p.request('PUT', '/api/gestures/today/done', { gestureId });
  const todayItems = async (p: Person): Promise<Today> =>
    (await p.request('GET', '/api/today')).json();

  it('gives each partner their own suggestion, the same all day', async () => {
    const { a, b } = await t.buildCouple();
    const first = await today(a);
    expect(first.suggestion).not.toBeNull();
    expect(await today(a)).toEqual(first);
    // Over a week, the partners' suggestions are not simply the same.
    const mine: string[] = [];
    const theirs: string[] = [];
    for (let i = 0; i < 7; i++) {
      mine.push((await today(a)).suggestion?.id ?? '');
      theirs.push((await today(b)).suggestion?.id ?? '');
      t.clock.advance(DAY);
    }
    expect(mine).not.toEqual(theirs);
    // Varied: no repeat within the week for one person.
    expect(new Set(mine).size).toBe(7);
    t.clock.advance(-7 * DAY);
  });

  it('marks done once a day, shows it to the partner to thank, and counts gently', async () => {
    const { a, b } = await t.buildCouple();
    const g = (await today(a)).suggestion?.id ?? '';
    const marked = (await done(a, g)).json() as GestureToday;
    expect(marked.done).toMatchObject({ gesture: { id: g }, thanked: false });
    expect(marked.week.mine).toBe(1);
    // Marking again the same day is still once.
    expect(((await done(a, g)).json() as GestureToday).week.mine).toBe(1);

    const seen = await today(b);
    expect(seen.partner?.done).toEqual([marked.done]);
    const doneId = marked.done?.id ?? '';
    const thanked = await b.request('PUT', `/api/gestures/done/${doneId}/thanks`);
    expect(thanked.statusCode).toBe(200);
    expect(thanked.json().partner.done[0].thanked).toBe(true);
    expect((await today(a)).done?.thanked).toBe(true);
    // I cannot thank myself: the same answer as a gesture that does not exist.
    const self = await a.request('PUT', `/api/gestures/done/${doneId}/thanks`);
    const missing = await a.request('PUT', '/api/gestures/done/AAAAAAAAAAAAAAAAAAAAAA/thanks');
    expect(self.statusCode).toBe(404);
    expect(self.body).toBe(missing.body);

    // Undo takes it back, with its thank-you.
    const undone = (await a.request('DELETE', '/api/gestures/today/done')).json() as GestureToday;
    expect(undone.done).toBeNull();
    expect(undone.week.mine).toBe(0);
    expect((await today(b)).partner?.done).toEqual([]);
  });

  it('counts the week Monday to Sunday, never a streak that resets', async () => {
    const solo = await t.signUp();
    const start = t.clock.now();
    // 2026-03-02 is a Monday.
    t.clock.set(new Date('2026-03-02T09:00:00Z'));
    for (const day of [0, 2, 3]) {
      t.clock.set(new Date(Date.UTC(2026, 2, 2 + day, 9)));
      const g = (await today(solo)).suggestion?.id ?? '';
      await done(solo, g);
    }
    t.clock.set(new Date('2026-03-08T20:00:00Z'));
    const sunday = await today(solo);
    expect(sunday.week).toEqual({ start: '2026-03-02', mine: 3 });
    expect(sunday.partner).toBeNull();
    expect((await todayItems(solo)).week.find((w) => w.id === 'small-gesture')?.done).toBe(3);
    t.clock.set(new Date('2026-03-09T09:00:00Z'));
    expect((await today(solo)).week).toEqual({ start: '2026-03-09', mine: 0 });
    t.clock.set(start);
  });

  it('never suggests a gesture set aside, and draws today again when it was today’s', async () => {
    const { a, b } = await t.buildCouple();
    const before = await today(a);
    const partnerBefore = (await b.request('GET', '/api/gestures/today')).body;
    const partnerTodayBefore = (await b.request('GET', '/api/today')).body;
    const id = before.suggestion?.id ?? '';
    const after = (await a.request('PUT', `/api/gestures/${id}/not-for-us`)).json() as GestureToday;
    expect(after.suggestion?.id).not.toBe(id);
    const library = (await a.request('GET', '/api/gestures')).json();
    expect(library.gestures.find((g: { id: string }) => g.id === id).notForUs).toBe(true);
    for (let i = 0; i < 20; i++) {
      t.clock.advance(DAY);
      expect((await today(a)).suggestion?.id).not.toBe(id);
    }
    t.clock.advance(-20 * DAY);
    // The partner's answers are byte for byte what they were.
    expect((await b.request('GET', '/api/gestures/today')).body).toBe(partnerBefore);
    expect((await b.request('GET', '/api/today')).body).toBe(partnerTodayBefore);
    const partnerLibrary = (await b.request('GET', '/api/gestures')).json();
    expect(partnerLibrary.gestures.every((g: { notForUs: boolean }) => !g.notForUs)).toBe(true);
    // Taken back: it can be suggested again.
    await a.request('DELETE', `/api/gestures/${id}/not-for-us`);
    const again = (await a.request('GET', '/api/gestures')).json();
    expect(again.gestures.find((g: { id: string }) => g.id === id).notForUs).toBe(false);
  });

  it('puts the day’s gesture on Today until it is done', async () => {
    const { a } = await t.buildCouple();
    const item = (await todayItems(a)).now
      .concat((await todayItems(a)).waiting)
      .find((i) => i.kind === 'gesture');
    const g = await today(a);
    expect(item).toMatchObject({
      kind: 'gesture',
      href: '/gestures',
      detail: { gestureId: g.suggestion?.id, text: g.suggestion?.text },
    });
    await done(a, g.suggestion?.id ?? '');
    const after = await todayItems(a);
    expect([...after.now, ...after.waiting].some((i) => i.kind === 'gesture')).toBe(false);
  });

  it('offers no touch suggestion on Today to someone the private screen routed elsewhere, unseen by the partner', async () => {
    const { a, b } = await t.buildCouple();
    const partnerBefore = (await b.request('GET', '/api/gestures/today')).body;
    const routed = await a.request('POST', '/api/for-you/answers', {
      answers: { afraid: 'yes' },
      remember: 'account',
    });
    expect(routed.statusCode).toBe(200);
    const today = await todayItems(a);
    expect([...today.now, ...today.waiting].some((i) => i.kind === 'gesture')).toBe(false);
    expect((await b.request('GET', '/api/gestures/today')).body).toBe(partnerBefore);
  });

  it('rejects a gesture that is not in the library', async () => {
    const solo = await t.signUp();
    expect((await done(solo, 'no-such-gesture')).statusCode).toBe(404);
    expect((await solo.request('PUT', '/api/gestures/no-such-gesture/not-for-us')).statusCode).toBe(
      404,
    );
  });

  it('tells the partner live (ids only): done, then thanks back to the doer', async () => {
    const { a, b } = await t.buildCouple();
    const url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const bStream = await openEventStream(url, b.cookie);
    const aStream = await openEventStream(url, a.cookie);
    try {
      const g = (await today(a)).suggestion?.id ?? '';
      const id = ((await done(a, g)).json() as GestureToday).done?.id;
      expect(await bStream.next()).toEqual({ type: 'gesture.partner', gestureDoneId: id });
      await b.request('PUT', `/api/gestures/done/${id}/thanks`);
      expect(await aStream.next()).toEqual({ type: 'gesture.thanked', gestureDoneId: id });
      // A "not for us" sends nothing.
      await a.request('PUT', `/api/gestures/${g}/not-for-us`);
      await expect(bStream.next(300)).rejects.toThrow('no event');
    } finally {
      bStream.close();
      aStream.close();
    }
  });

  it('keeps an ended couple’s gestures from the ex-partner and the next partner', async () => {
    const { a, b } = await t.buildCouple();
    const g = (await today(a)).suggestion?.id ?? '';
    const doneId = ((await done(a, g)).json() as GestureToday).done?.id ?? '';
    await b.request('PUT', `/api/gestures/done/${doneId}/thanks`);
    expect((await a.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
    // My own effort stays mine; the ended couple's thank-you does not.
    const mine = await today(a);
    expect(mine.week.mine).toBe(1);
    expect(mine.done?.thanked).toBe(false);
    expect((await today(b)).partner).toBeNull();
    const c = await t.signUp('Cy');
    const invite = await a.request('POST', '/api/couple/invites');
    await c.request('POST', '/api/couple/join', { code: invite.json().code });
    expect((await today(c)).partner?.done).toEqual([]);
    const late = await c.request('PUT', `/api/gestures/done/${doneId}/thanks`);
    const missing = await c.request('PUT', '/api/gestures/done/AAAAAAAAAAAAAAAAAAAAAA/thanks');
    expect(late.statusCode).toBe(404);
    expect(late.body).toBe(missing.body);
  });
});
