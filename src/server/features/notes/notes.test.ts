import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dialects } from '../../../../tests/support/databases';
import { openEventStream } from '../../../../tests/support/sse';
import { createTestApp, type Person, type TestApp } from '../../../../tests/support/test-app';
import type { ReceivedNotes, SentNote, SentNotes } from '../../../shared/notes-api';
import type { Today } from '../../../shared/program-api';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe.each(dialects)('appreciation notes (%s)', (dialect) => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => t.close());

  const send = (p: Person, body: Record<string, unknown>) => p.request('POST', '/api/notes', body);
  const received = async (p: Person, query = ''): Promise<ReceivedNotes> =>
    (await p.request('GET', `/api/notes${query}`)).json();
  const sent = async (p: Person, query = ''): Promise<SentNotes> =>
    (await p.request('GET', `/api/notes/sent${query}`)).json();
  const todayItems = async (p: Person) => {
    const today = (await p.request('GET', '/api/today')).json() as Today;
    return [...today.now, ...today.waiting];
  };
  const later = (ms: number) => new Date(t.clock.now().getTime() + ms).toISOString();

  it('delivers a note now, live, and lets the recipient open it (no read receipt)', async () => {
    const { a, b } = await t.buildCouple();
    const stream = await openEventStream(url, b.cookie);
    try {
      const res = await send(a, { kind: 'thank-you', text: 'Thank you for the soup.' });
      expect(res.statusCode).toBe(201);
      const note = res.json() as SentNote;
      expect(note).toMatchObject({ kind: 'thank-you', title: null, status: 'delivered' });
      expect(await stream.next()).toEqual({ type: 'note.arrived', noteId: note.id });
    } finally {
      stream.close();
    }
    const gallery = await received(b);
    expect(gallery.unread).toBe(1);
    expect(gallery.notes).toEqual([
      {
        id: expect.any(String),
        kind: 'thank-you',
        title: null,
        text: 'Thank you for the soup.',
        foundAt: t.clock.now().toISOString(),
        leftToFind: false,
        read: false,
      },
    ]);
    expect(await todayItems(b)).toContainEqual(
      expect.objectContaining({ kind: 'note', href: '/notes', detail: { unread: 1 } }),
    );
    const authorBefore = (await a.request('GET', '/api/notes/sent')).body;
    const opened = await b.request('PUT', `/api/notes/${gallery.notes[0]?.id}/read`);
    expect(opened.json()).toMatchObject({ read: true });
    expect((await received(b)).unread).toBe(0);
    expect((await todayItems(b)).some((i) => i.kind === 'note')).toBe(false);
    // The author learns nothing of it.
    expect((await a.request('GET', '/api/notes/sent')).body).toBe(authorBefore);
    // The author's own note is not theirs to open.
    expect((await a.request('PUT', `/api/notes/${gallery.notes[0]?.id}/read`)).statusCode).toBe(
      404,
    );
  });

  it('keeps a hidden note from the recipient until its time, byte for byte', async () => {
    const { a, b } = await t.buildCouple();
    await send(a, { kind: 'compliment', text: 'You were so patient today.' });
    const urls = ['/api/notes', '/api/today', '/api/notes/sent', '/api/gestures/today'];
    const before = await Promise.all(urls.map(async (u) => (await b.request('GET', u)).body));
    let stream = await openEventStream(url, b.cookie);
    try {
      const visibleFrom = later(2000);
      const res = await send(a, { kind: 'note', text: 'Look behind the clock.', visibleFrom });
      const hidden = res.json() as SentNote;
      expect(hidden).toMatchObject({ status: 'waiting', visibleFrom });
      const sentNow = (await sent(a)).notes.find((n) => n.id === hidden.id);
      expect(sentNow).toMatchObject({ status: 'waiting', visibleFrom });

      const now = await Promise.all(urls.map(async (u) => (await b.request('GET', u)).body));
      expect(now).toEqual(before);
      const early = await b.request('PUT', `/api/notes/${hidden.id}/read`);
      const missing = await b.request('PUT', '/api/notes/AAAAAAAAAAAAAAAAAAAAAA/read');
      expect(early.statusCode).toBe(404);
      expect(early.body).toBe(missing.body);
      // The delivery timer wakes when the note's time would have come, and sees it has not.
      await expect(stream.next(2500)).rejects.toThrow('no event');
      // A stream that timed out keeps its dead waiter: listen afresh.
      stream.close();
      stream = await openEventStream(url, b.cookie);

      // Its time comes with no request at all: the event arrives by itself.
      t.clock.advance(2000);
      expect(await stream.next(5000)).toEqual({ type: 'note.arrived', noteId: hidden.id });
      const gallery = await received(b);
      expect(gallery.unread).toBe(2);
      expect(gallery.notes[0]).toMatchObject({
        id: hidden.id,
        leftToFind: true,
        foundAt: visibleFrom,
        read: false,
      });
      const sentLater = (await sent(a)).notes.find((n) => n.id === hidden.id);
      expect(sentLater).toMatchObject({ status: 'delivered' });
      // Announced once.
      await expect(stream.next(300)).rejects.toThrow('no event');
    } finally {
      stream.close();
    }
  });

  it('celebrates with a title, and checks what is written and when', async () => {
    const { a } = await t.buildCouple();
    const ok = await send(a, {
      kind: 'celebrate',
      title: 'The new job',
      text: 'So proud of you.',
    });
    expect(ok.json()).toMatchObject({ kind: 'celebrate', title: 'The new job' });
    const bad: Record<string, unknown>[] = [
      { kind: 'celebrate', text: 'No title' },
      { kind: 'thank-you', title: 'A title', text: 'Titles are for celebrations' },
      { kind: 'note', text: 'x'.repeat(501) },
      { kind: 'note', text: '   ' },
      { kind: 'letter', text: 'Unknown kind' },
      { kind: 'note', text: 'Too far', visibleFrom: later(30 * DAY + MINUTE) },
      { kind: 'note', text: 'Long gone', visibleFrom: later(-DAY) },
      { kind: 'note', text: 'Not a time', visibleFrom: 'tomorrow' },
    ];
    for (const body of bad)
      expect((await send(a, body)).statusCode, JSON.stringify(body)).toBe(400);
    expect((await send(a, { kind: 'note', text: 'x'.repeat(500) })).statusCode).toBe(201);
    // A time that has just passed (the picker lagged) means now.
    const justNow = await send(a, { kind: 'note', text: 'Just now', visibleFrom: later(-MINUTE) });
    expect(justNow.json()).toMatchObject({ status: 'delivered' });
    const alone = await t.signUp();
    expect((await send(alone, { kind: 'note', text: 'To nobody' })).statusCode).toBe(404);
  });

  it('pages the gallery and the sent list, newest first', async () => {
    const { a, b } = await t.buildCouple();
    for (let i = 0; i < 5; i++) {
      await send(a, { kind: 'note', text: `note ${i}` });
      t.clock.advance(MINUTE);
    }
    const first = await received(b, '?limit=2');
    expect(first.notes.map((n) => n.text)).toEqual(['note 4', 'note 3']);
    const second = await received(
      b,
      `?limit=2&before=${encodeURIComponent(first.nextBefore ?? '')}`,
    );
    expect(second.notes.map((n) => n.text)).toEqual(['note 2', 'note 1']);
    const third = await received(
      b,
      `?limit=2&before=${encodeURIComponent(second.nextBefore ?? '')}`,
    );
    expect(third.notes.map((n) => n.text)).toEqual(['note 0']);
    expect(third.nextBefore).toBeNull();
    expect(third.unread).toBe(5);
    const mine = await sent(a, '?limit=3');
    expect(mine.notes.map((n) => n.text)).toEqual(['note 4', 'note 3', 'note 2']);
    const rest = await sent(a, `?limit=3&before=${encodeURIComponent(mine.nextBefore ?? '')}`);
    expect(rest.notes.map((n) => n.text)).toEqual(['note 1', 'note 0']);
    expect((await b.request('GET', '/api/notes?before=nonsense')).statusCode).toBe(400);
  });

  it('ends with the couple: the author keeps their words, nobody else sees them', async () => {
    const { a, b } = await t.buildCouple();
    await send(a, { kind: 'note', text: 'Before the end' });
    const hidden = (
      await send(a, { kind: 'note', text: 'Never found', visibleFrom: later(DAY) })
    ).json() as SentNote;
    expect((await b.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
    expect(await received(b)).toEqual({ notes: [], unread: 0, nextBefore: null });
    const kept = await sent(a);
    expect(kept.notes.map((n) => n.status)).toEqual(['kept', 'kept']);
    expect((await send(a, { kind: 'note', text: 'To nobody' })).statusCode).toBe(404);

    // The next partner, and the ex-partner after its time, find none of it.
    const c = await t.signUp('Cy');
    const invite = await a.request('POST', '/api/couple/invites');
    await c.request('POST', '/api/couple/join', { code: invite.json().code });
    t.clock.advance(DAY);
    expect(await received(c)).toEqual({ notes: [], unread: 0, nextBefore: null });
    expect(await received(b)).toEqual({ notes: [], unread: 0, nextBefore: null });
    const late = await c.request('PUT', `/api/notes/${hidden.id}/read`);
    const missing = await c.request('PUT', '/api/notes/AAAAAAAAAAAAAAAAAAAAAA/read');
    expect(late.body).toBe(missing.body);
    expect((await todayItems(c)).some((i) => i.kind === 'note')).toBe(false);
    t.clock.advance(-DAY);
  });

  it('keeps the author’s words when the recipient deletes their account', async () => {
    const { a, b } = await t.buildCouple();
    await send(a, { kind: 'note', text: 'Still mine' });
    expect((await b.request('DELETE', '/api/me', { password: b.password })).statusCode).toBe(204);
    expect((await sent(a)).notes).toMatchObject([{ text: 'Still mine', status: 'kept' }]);
  });
});

describe.runIf(dialects.includes('postgres'))(
  'hidden notes across two instances (postgres)',
  () => {
    it('announces a note once, from whichever instance claims it', async () => {
      const database = await createTestDatabase('postgres');
      const one = await createTestApp('postgres', { database });
      const two = await createTestApp('postgres', { database });
      try {
        const a = await one.signUp('One');
        const b = await one.signUp('Two');
        const code = (await a.request('POST', '/api/couple/invites')).json().code;
        await b.request('POST', '/api/couple/join', { code });
        const urlTwo = await two.app.listen({ port: 0, host: '127.0.0.1' });
        const stream = await openEventStream(urlTwo, b.cookie);
        try {
          const visibleFrom = new Date(one.clock.now().getTime() + 1000).toISOString();
          const note = (
            await a.request('POST', '/api/notes', { kind: 'note', text: 'Hi', visibleFrom })
          ).json();
          one.clock.advance(1000);
          two.clock.advance(1000);
          expect(await stream.next(5000)).toEqual({ type: 'note.arrived', noteId: note.id });
          await expect(stream.next(1500)).rejects.toThrow('no event');
        } finally {
          stream.close();
        }
      } finally {
        await one.close();
        await two.close();
        await database.drop();
      }
    });
  },
);
