/**
 * Pairing and unlinking, as the people involved live them: the invite preview
 * (the inviter's name and nothing else; used, expired, unknown and one's own
 * codes answered alike, after the same work), signing up from an invite
 * link, the notes left for the partner who did not act (theirs alone, shown
 * until dismissed, never seen by an ex-partner), and every promise the
 * unlink dialog makes, checked one by one.
 */
import type { RootOperationNode } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVITE_LOOKUP_LIMITS } from '../../src/server/features/couple/couple.service';
import {
  UNLINK_PROMISES,
  type UnlinkPromise,
} from '../../src/web/features/partner/unlink-promises';
import en from '../../src/web/i18n/locales/en.json';
import { createTestDatabase, dialects } from '../support/databases';
import { createTestApp, type Person, type TestApp } from '../support/test-app';

const DAY = 24 * 3600 * 1000;
const PASSWORD = 'a calm and long passphrase for the test';

async function inviteOf(p: Person): Promise<string> {
  const res = await p.request('POST', '/api/couple/invites');
  expect(res.statusCode).toBe(201);
  return res.json().code;
}

async function pair(inviter: Person, joiner: Person): Promise<void> {
  const joined = await joiner.request('POST', '/api/couple/join', {
    code: await inviteOf(inviter),
  });
  expect(joined.statusCode, joined.body).toBe(200);
}

async function noticeOf(p: Person): Promise<unknown> {
  const res = await p.request('GET', '/api/couple/notice');
  expect(res.statusCode).toBe(200);
  return res.json().notice;
}

describe.each(dialects)('pairing and its notes (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const preview = (code: string, as?: Person) =>
    as
      ? as.request('POST', '/api/couple/invites/preview', { code })
      : t.anonymous('POST', '/api/couple/invites/preview', { code });

  describe('the invite preview', () => {
    it('tells anyone, signed in or not, the inviter’s display name and nothing else', async () => {
      const inviter = await t.signUp('Jo Marlow');
      const code = await inviteOf(inviter);
      for (const as of [undefined, await t.signUp()]) {
        const res = await preview(code.toLowerCase().replace(/-/g, ' '), as);
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json()).toEqual({ inviterName: 'Jo Marlow' });
        expect(res.body).not.toContain(inviter.email);
        expect(res.body).not.toContain(inviter.id);
      }
      // Looking does not use the invite up.
      const joiner = await t.signUp('Ren');
      expect((await joiner.request('POST', '/api/couple/join', { code })).statusCode).toBe(200);
    });

    it('answers used, expired, unknown and one’s own codes exactly alike', async () => {
      const a = await t.signUp('Ada');
      const b = await t.signUp();
      const used = await inviteOf(a);
      await b.request('POST', '/api/couple/join', { code: used });
      const c = await t.signUp('Cy');
      const expiring = await inviteOf(c);
      t.clock.advance(7 * DAY + 1000);
      const mine = await inviteOf(c);

      const answers = [
        await preview(used),
        await preview(expiring),
        await preview('ABCD-EFGH-JKMN-PQRS'),
        await preview('hello'),
        await preview(mine, c),
      ];
      for (const res of answers) {
        expect(res.statusCode).toBe(400);
        expect(res.body).toBe(answers[0]?.body);
        expect(res.headers['content-length']).toBe(answers[0]?.headers['content-length']);
      }
      expect(answers[0]?.json()).toEqual({
        error: {
          code: 'invalid_invite',
          message: "This code doesn't match any invite. Ask your partner for a new one.",
        },
      });
      // The web says it in our words, starting with exactly these.
      expect(en.errors.invalid_invite.startsWith("This code doesn't match any invite")).toBe(true);
      // Cy's own code answers like a wrong one for Cy, and with Cy's name for anyone else.
      expect((await preview(mine)).json()).toEqual({ inviterName: 'Cy' });
    });

    it('turns away bad input with a clear 400 that changes nothing', async () => {
      const inviter = await t.signUp('Pat');
      const code = await inviteOf(inviter);
      const cases: unknown[] = [{}, { code: '' }, { code: '   ' }, { code: 'A'.repeat(65) }];
      cases.push({ code, extra: true }, { code: 42 }, []);
      for (const body of cases) {
        const res = await t.anonymous('POST', '/api/couple/invites/preview', body);
        expect(res.statusCode, JSON.stringify(body)).toBe(400);
        expect(res.json().error.code).toBe('validation_failed');
      }
      expect((await preview(code)).json()).toEqual({ inviterName: 'Pat' });
    });
  });

  describe('notes for the partner who did not act', () => {
    it('tells the inviter of the join, and not the one who joined', async () => {
      const robin = await t.signUp('Robin');
      const sam = await t.signUp('Sam');
      await pair(robin, sam);
      expect(await noticeOf(robin)).toEqual({ kind: 'linked', partnerName: 'Sam' });
      expect(await noticeOf(sam)).toBeNull();
    });

    it('keeps a note until its recipient dismisses it, then never shows it again', async () => {
      const robin = await t.signUp('Robin');
      const sam = await t.signUp('Sam');
      await pair(robin, sam);
      expect(await noticeOf(robin)).toEqual({ kind: 'linked', partnerName: 'Sam' });
      expect(await noticeOf(robin)).toEqual({ kind: 'linked', partnerName: 'Sam' });
      // Dismissing a note of another kind is "not found", and keeps this one.
      expect((await robin.request('DELETE', '/api/couple/notice/unlinked')).statusCode).toBe(404);
      expect((await robin.request('DELETE', '/api/couple/notice/linked')).statusCode).toBe(204);
      expect(await noticeOf(robin)).toBeNull();
      const again = await robin.request('DELETE', '/api/couple/notice/linked');
      expect(again.statusCode).toBe(404);
      expect(again.json().error.code).toBe('not_found');
      const bad = await robin.request('DELETE', '/api/couple/notice/everything');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.code).toBe('validation_failed');
    });

    it('belongs to its recipient only: the partner, a stranger, anonymous get nothing of it', async () => {
      const robin = await t.signUp('Robin');
      const sam = await t.signUp('Sam');
      const stranger = await t.signUp('Stranger');
      await pair(robin, sam);
      for (const other of [sam, stranger]) {
        expect(await noticeOf(other)).toBeNull();
        const tried = await other.request('DELETE', '/api/couple/notice/linked');
        const missing = await other.request('DELETE', '/api/couple/notice/unlinked');
        expect(tried.statusCode).toBe(404);
        expect(tried.body).toBe(missing.body);
      }
      expect((await t.anonymous('GET', '/api/couple/notice')).statusCode).toBe(401);
      expect((await t.anonymous('DELETE', '/api/couple/notice/linked')).statusCode).toBe(401);
      expect(await noticeOf(robin)).toEqual({ kind: 'linked', partnerName: 'Sam' });
    });

    it('replaces an older note with a newer one, and clears the note of whoever acts', async () => {
      const robin = await t.signUp('Robin');
      const sam = await t.signUp('Sam');
      await pair(robin, sam);
      expect((await sam.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
      expect(await noticeOf(robin)).toEqual({ kind: 'unlinked', partnerName: 'Sam' });
      expect(await noticeOf(sam)).toBeNull();

      // Linked again (Sam joins Robin), then Robin, holding the note of it, unlinks.
      await pair(robin, sam);
      expect(await noticeOf(robin)).toEqual({ kind: 'linked', partnerName: 'Sam' });
      expect((await robin.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
      expect(await noticeOf(robin)).toBeNull();
      expect(await noticeOf(sam)).toEqual({ kind: 'unlinked', partnerName: 'Robin' });
    });

    it('never shows an ex-partner the notes of the next couple', async () => {
      const robin = await t.signUp('Robin');
      const sam = await t.signUp('Sam');
      const alex = await t.signUp('Alex');
      const jo = await t.signUp('Jo');
      await pair(robin, sam);
      expect((await sam.request('POST', '/api/couple/unlink')).statusCode).toBe(204);

      // Sam's next couple: Alex invited, Sam joined. Robin's note stays Robin's own.
      await pair(alex, sam);
      expect(await noticeOf(alex)).toEqual({ kind: 'linked', partnerName: 'Sam' });
      expect(await noticeOf(robin)).toEqual({ kind: 'unlinked', partnerName: 'Sam' });
      expect((await robin.request('DELETE', '/api/couple/notice/linked')).statusCode).toBe(404);
      expect(await noticeOf(alex)).toEqual({ kind: 'linked', partnerName: 'Sam' });

      // Sam unlinks from Alex: Alex hears of it, Robin hears nothing new.
      expect((await sam.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
      expect(await noticeOf(alex)).toEqual({ kind: 'unlinked', partnerName: 'Sam' });
      expect(await noticeOf(robin)).toEqual({ kind: 'unlinked', partnerName: 'Sam' });

      // Robin's own next couple: joining Jo makes the old note old news; Sam hears nothing.
      await pair(jo, robin);
      expect(await noticeOf(robin)).toBeNull();
      expect(await noticeOf(jo)).toEqual({ kind: 'linked', partnerName: 'Robin' });
      expect(await noticeOf(sam)).toBeNull();
    });

    it('keeps no name of a deleted account: the note stays, without the name', async () => {
      const robin = await t.signUp('Robin');
      const sam = await t.signUp('Samwise Unique');
      await pair(robin, sam);
      expect((await sam.request('DELETE', '/api/me', { password: sam.password })).statusCode).toBe(
        204,
      );
      expect(await noticeOf(robin)).toEqual({ kind: 'unlinked', partnerName: null });
      const rows = await t.database.handle.db.selectFrom('couple_notices').selectAll().execute();
      expect(JSON.stringify(rows)).not.toContain(sam.id);
    });

    it('when both unlink at the same moment, both are unlinked and neither is told of the other', async () => {
      for (let round = 0; round < 5; round += 1) {
        const robin = await t.signUp('Robin');
        const sam = await t.signUp('Sam');
        await pair(robin, sam);
        await robin.request('DELETE', '/api/couple/notice/linked');
        const results = await Promise.all([
          robin.request('POST', '/api/couple/unlink'),
          sam.request('POST', '/api/couple/unlink'),
        ]);
        for (const res of results) expect([204, 404]).toContain(res.statusCode);
        expect((await robin.request('GET', '/api/me')).json().couple).toBeNull();
        expect((await sam.request('GET', '/api/me')).json().couple).toBeNull();
        const notes = [await noticeOf(robin), await noticeOf(sam)];
        // Whoever finished second had acted too: no note of the other's unlink waits for them.
        if (results.every((res) => res.statusCode === 204)) expect(notes).toEqual([null, null]);
        else expect(notes.filter((n) => n !== null)).toHaveLength(1);
      }
    });
  });

  describe('signing up from an invite link', () => {
    const signUpWith = (name: string, inviteCode: unknown) =>
      t.anonymous('POST', '/api/auth/signup', {
        email: `${name.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@example.com`,
        password: PASSWORD,
        displayName: name,
        timeZone: 'Europe/Lisbon',
        inviteCode,
      });

    it('lands the new person linked with the inviter, in one request', async () => {
      const robin = await t.signUp('Robin', 'Asia/Kolkata');
      const code = await inviteOf(robin);
      const res = await signUpWith('Noor', code);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().couple).toMatchObject({ partnerName: 'Robin', timeZone: 'Asia/Kolkata' });
      expect((await robin.request('GET', '/api/couple')).json().partnerName).toBe('Noor');
      expect(await noticeOf(robin)).toEqual({ kind: 'linked', partnerName: 'Noor' });
      // The invite is used up.
      expect((await preview(code)).statusCode).toBe(400);
    });

    it('creates the account on its own when the invite no longer works, and tells no one', async () => {
      const robin = await t.signUp('Robin');
      const used = await inviteOf(robin);
      await (await t.signUp()).request('POST', '/api/couple/join', { code: used });
      await robin.request('DELETE', '/api/couple/notice/linked');
      const unknown = 'ZZZZ-ZZZZ-ZZZZ-ZZZZ';
      for (const code of [used, unknown]) {
        const res = await signUpWith('Noor', code);
        expect(res.statusCode, res.body).toBe(201);
        expect(res.json().couple).toBeNull();
        const cookie = res.cookies.find((c) => c.name === 'rekindle_session')?.value;
        const me = await t.app.inject({
          method: 'GET',
          url: '/api/me',
          cookies: { rekindle_session: cookie ?? '' },
        });
        expect(me.json().user.displayName).toBe('Noor');
      }
      expect(await noticeOf(robin)).toBeNull();
    });

    it('turns away a malformed invite code before creating anything', async () => {
      const email = `kit-${Math.random().toString(36).slice(2, 8)}@example.com`;
      for (const inviteCode of ['', 'A'.repeat(65), 42]) {
        const res = await t.anonymous('POST', '/api/auth/signup', {
          email,
          password: PASSWORD,
          displayName: 'Kit',
          inviteCode,
        });
        expect(res.statusCode).toBe(400);
        expect(res.json().error.code).toBe('validation_failed');
      }
      const created = await t.anonymous('POST', '/api/auth/signup', {
        email,
        password: PASSWORD,
        displayName: 'Kit',
      });
      expect(created.statusCode).toBe(201);
    });
  });
});

describe.each(dialects)('what the unlink dialog promises (%s)', (dialect) => {
  let t: TestApp;
  let robin: Person;
  let sam: Person;
  const marks = {
    robinAnswer: `robin-answer-${Math.random().toString(36).slice(2)}`,
    samAnswer: `sam-answer-${Math.random().toString(36).slice(2)}`,
    robinNote: `robin-note-${Math.random().toString(36).slice(2)}`,
    samNote: `sam-note-${Math.random().toString(36).slice(2)}`,
    robinSent: `robin-sent-${Math.random().toString(36).slice(2)}`,
    robinOpening: `robin-opening-${Math.random().toString(36).slice(2)}`,
    robinLearned: `robin-learned-${Math.random().toString(36).slice(2)}`,
    robinCard: `robin-card-${Math.random().toString(36).slice(2)}`,
    robinQuestion: `Robin asks ${Math.random().toString(36).slice(2)}?`,
    robinProject: `Robin's project ${Math.random().toString(36).slice(2)}`,
    robinTripItem: `robin-trip-${Math.random().toString(36).slice(2)}`,
    robinEvent: `robin-event-${Math.random().toString(36).slice(2)}`,
  };
  const ids = { robinCheck: '', samCheck: '', card: '', project: '', tripIdea: '' };
  /** What each saw of the other while linked, so "can't see any more" is a change, not a given. */
  const sawWhileLinked: Record<string, string> = {};

  const check = (now: number) => ({
    items: { 'check-emo-1': { now, wish: 9 }, 'check-phy-1': { now, wish: 8 } },
    causes: { arguments: 2 },
    signs: ['less-talk'],
  });
  const READS = [
    '/api/me',
    '/api/couple',
    '/api/couple/notice',
    '/api/today',
    '/api/questions/today',
    '/api/questions/history',
    '/api/primer',
    '/api/check/results',
    '/api/check/comparison',
    '/api/sharing',
    '/api/pulse',
    '/api/progress',
    '/api/plan',
  ];
  const everything = async (p: Person) =>
    (
      await Promise.all(READS.map(async (url) => `${url}: ${(await p.request('GET', url)).body}`))
    ).join('\n');

  beforeAll(async () => {
    t = await createTestApp(dialect);
    robin = await t.signUp('Robin');
    sam = await t.signUp('Sam');
    await pair(sam, robin);
    const question = (await robin.request('GET', '/api/questions/today')).json().question.id;
    await robin.request('PUT', `/api/questions/${question}/answer`, { text: marks.robinAnswer });
    await sam.request('PUT', `/api/questions/${question}/answer`, { text: marks.samAnswer });
    const card = (await robin.request('GET', '/api/primer')).json().cards[0].id;
    await robin.request('PUT', `/api/primer/${card}`, { reflection: marks.robinNote });
    await sam.request('PUT', `/api/primer/${card}`, { reflection: marks.samNote });
    ids.robinCheck = (await robin.request('POST', '/api/check/responses', check(3))).json().id;
    ids.samCheck = (await sam.request('POST', '/api/check/responses', check(6))).json().id;
    for (const p of [robin, sam]) {
      expect(
        (
          await p.request('POST', '/api/pulse', {
            emotional: 4,
            physical: 5,
            intellectual: 6,
            talk: 7,
          })
        ).statusCode,
      ).toBe(200);
      for (const topic of ['check', 'progress'])
        expect((await p.request('PUT', `/api/sharing/${topic}`, { share: true })).statusCode).toBe(
          200,
        );
    }
    // Things of Robin's own, and things the two did as a couple.
    const ok = async (res: Promise<{ statusCode: number; body: string }>) => {
      const done = await res;
      expect(done.statusCode, done.body).toBeLessThan(300);
      return JSON.parse(done.body || 'null');
    };
    await ok(robin.request('POST', '/api/notes', { kind: 'note', text: marks.robinSent }));
    const prompt = (await ok(robin.request('GET', '/api/vulnerability'))).prompts[0].id;
    const opening = await ok(
      robin.request('PUT', `/api/vulnerability/prompts/${prompt}/entry`, {
        text: marks.robinOpening,
      }),
    );
    await ok(
      robin.request('PUT', `/api/vulnerability/entries/${opening.entry.id}/share`, {
        confirm: true,
      }),
    );
    await ok(robin.request('POST', '/api/notebook', { text: marks.robinLearned }));
    ids.card = (await ok(robin.request('POST', '/api/decks/our-story/draw', {}))).id;
    await ok(robin.request('PUT', `/api/deck-cards/${ids.card}/answer`, { text: marks.robinCard }));
    await ok(sam.request('PUT', `/api/deck-cards/${ids.card}/answer`, { text: 'from Sam' }));
    await ok(robin.request('POST', '/api/decks/own/questions', { text: marks.robinQuestion }));
    ids.project = (
      await ok(
        robin.request('POST', '/api/projects', {
          title: marks.robinProject,
          category: 'learning',
          steps: ['A first step'],
        }),
      )
    ).id;
    ids.tripIdea = (await ok(robin.request('GET', '/api/travel'))).ideas[0].id;
    for (const p of [robin, sam]) {
      await ok(p.request('PUT', `/api/travel/${ids.tripIdea}/pick`, { pick: 'yes' }));
    }
    await ok(
      robin.request('POST', `/api/travel/${ids.tripIdea}/plan/items`, {
        text: marks.robinTripItem,
      }),
    );
    await ok(robin.request('POST', '/api/life-events', { kind: 'other', note: marks.robinEvent }));
    sawWhileLinked.robin = await everything(robin);
    sawWhileLinked.sam = await everything(sam);
    // Robin acts.
    expect((await robin.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
  });
  afterAll(() => t.close());

  const checks: Record<UnlinkPromise, () => Promise<void>> = {
    endsForBoth: async () => {
      for (const p of [robin, sam]) {
        const couple = await p.request('GET', '/api/couple');
        expect(couple.statusCode).toBe(404);
        expect(couple.json().error.code).toBe('not_linked');
        expect((await p.request('GET', '/api/me')).json().couple).toBeNull();
        expect((await p.request('GET', '/api/questions/today')).json().partnerName).toBeNull();
      }
    },
    eachKeeps: async () => {
      const own = [
        [robin, marks.robinAnswer, marks.robinNote, ids.robinCheck],
        [sam, marks.samAnswer, marks.samNote, ids.samCheck],
      ] as const;
      for (const [p, answer, note, checkId] of own) {
        expect((await p.request('GET', '/api/questions/history')).body).toContain(answer);
        expect((await p.request('GET', '/api/primer')).body).toContain(note);
        expect((await p.request('GET', '/api/check/results')).body).toContain(checkId);
        expect((await p.request('GET', '/api/pulse')).json().mine).toEqual({
          emotional: 4,
          physical: 5,
          intellectual: 6,
          talk: 7,
        });
      }
      const robinOwn = await Promise.all(
        ['/api/notes/sent', '/api/vulnerability', '/api/notebook'].map(async (url) =>
          (await robin.request('GET', url)).json(),
        ),
      );
      const [sent, opening, notebook] = robinOwn;
      expect(sent.notes.map((n: { text: string }) => n.text)).toContain(marks.robinSent);
      expect(opening.mine[0]).toMatchObject({ text: marks.robinOpening, sharing: 'private' });
      expect(notebook.entries.map((e: { text: string }) => e.text)).toEqual([marks.robinLearned]);
      // Seen only by Robin now.
      const samSees = await Promise.all(
        ['/api/notes', '/api/vulnerability', '/api/notebook'].map(
          async (url) => (await sam.request('GET', url)).body,
        ),
      );
      for (const mark of [marks.robinSent, marks.robinOpening, marks.robinLearned]) {
        expect(samSees.join('\n')).not.toContain(mark);
      }
    },
    coupleKeeps: async () => {
      const never = (await robin.request('GET', '/api/deck-cards/AAAAAAAAAAAAAAAAAAAAAA')).body;
      for (const p of [robin, sam]) {
        const card = await p.request('GET', `/api/deck-cards/${ids.card}`);
        expect([card.statusCode, card.body]).toEqual([404, never]);
        expect((await p.request('GET', '/api/decks/own/questions')).json().questions).toEqual([]);
        expect((await p.request('GET', `/api/projects/${ids.project}`)).statusCode).toBe(404);
        expect((await p.request('GET', '/api/projects')).json().projects).toEqual([]);
        expect((await p.request('GET', `/api/travel/${ids.tripIdea}/plan`)).statusCode).toBe(404);
        expect((await p.request('GET', '/api/life-events')).json().events).toEqual([]);
        const reads = await Promise.all(
          ['/api/decks', '/api/decks/own', '/api/travel', '/api/plan'].map(
            async (url) => (await p.request('GET', url)).body,
          ),
        );
        for (const mark of [marks.robinQuestion, marks.robinProject, marks.robinTripItem]) {
          expect(reads.join('\n')).not.toContain(mark);
        }
      }
    },
    exportKeeps: async () => {
      const ticket = await robin.request('POST', '/api/me/export/ticket', {
        password: robin.password,
      });
      expect(ticket.statusCode).toBe(201);
      const download = await robin.request(
        'GET',
        `/api/me/export?format=json&ticket=${encodeURIComponent(ticket.json().ticket)}`,
      );
      expect(download.statusCode).toBe(200);
      for (const mark of [
        marks.robinAnswer,
        marks.robinCard,
        marks.robinQuestion,
        marks.robinProject,
        marks.robinTripItem,
        marks.robinEvent,
        marks.robinOpening,
        marks.robinLearned,
        marks.robinSent,
      ]) {
        expect(download.body).toContain(mark);
      }
      expect(download.body).not.toContain(marks.samAnswer);
    },
    partnerNote: async () => {
      expect(await noticeOf(sam)).toEqual({ kind: 'unlinked', partnerName: 'Robin' });
      expect(await noticeOf(robin)).toBeNull();
    },
    nothingElse: async () => {
      // While linked, each could read the other's revealed answer and compare results.
      expect(sawWhileLinked.sam).toContain(marks.robinAnswer);
      expect(sawWhileLinked.robin).toContain(marks.samAnswer);
      expect(sawWhileLinked.sam).toContain(ids.robinCheck);
      const pairs = [
        [sam, robin, marks.robinAnswer, marks.robinNote, ids.robinCheck],
        [robin, sam, marks.samAnswer, marks.samNote, ids.samCheck],
      ] as const;
      for (const [viewer, other, answer, note, checkId] of pairs) {
        const seen = await everything(viewer);
        for (const mark of [answer, note, checkId, other.id, other.email]) {
          expect(seen).not.toContain(mark);
        }
        // The other's name appears only in Sam's note that Robin ended the link.
        const withoutNote = seen.replace(/\/api\/couple\/notice: .*\n/, '');
        expect(withoutNote).not.toContain(other.displayName);
        expect((await viewer.request('GET', '/api/progress')).json().partner).toBeNull();
      }
    },
    sharingEnds: async () => {
      for (const p of [robin, sam]) {
        expect((await p.request('GET', '/api/sharing')).json()).toEqual({
          check: false,
          progress: false,
        });
        expect((await p.request('GET', '/api/check/comparison')).statusCode).toBe(404);
      }
      // Not only hidden: the opt-ins themselves are gone.
      const optIns = await t.database.handle.db
        .selectFrom('sharing')
        .selectAll()
        .where('user_id', 'in', [robin.id, sam.id])
        .execute();
      expect(optIns).toEqual([]);
    },
    startFresh: async () => {
      const robinAgain = robin;
      await pair(sam, robinAgain);
      try {
        const robinSees = await everything(robinAgain);
        const samSees = await everything(sam);
        expect(samSees).not.toContain(marks.robinAnswer);
        expect(robinSees).not.toContain(marks.samAnswer);
        expect(samSees).not.toContain(ids.robinCheck);
        expect((await sam.request('GET', '/api/sharing')).json()).toEqual({
          check: false,
          progress: false,
        });
        expect((await sam.request('GET', '/api/check/comparison')).statusCode).toBe(404);
        expect((await sam.request('GET', '/api/progress')).json().partner).toBeNull();
      } finally {
        expect((await sam.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
      }
    },
  };

  // In the dialog's order: "start fresh" links them again last.
  for (const promise of UNLINK_PROMISES) {
    it(`“${en.partner.unlinkPromises[promise].replace('{partner}', 'Sam')}”`, async () => {
      await checks[promise]();
    });
  }
});

describe.each(dialects)('invite look-ups are limited (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('by address for visitors, by person once signed in; joining counts too', async () => {
    const inviter = await t.signUp('Lee');
    const code = await inviteOf(inviter);
    for (let i = 0; i < INVITE_LOOKUP_LIMITS.perAddress.max; i += 1) {
      const res = await t.anonymous('POST', '/api/couple/invites/preview', { code });
      expect(res.statusCode).toBe(200);
    }
    const limited = await t.anonymous('POST', '/api/couple/invites/preview', { code });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);

    // A signed-in person on the same address has a bucket of their own, shared with joining.
    const person = await t.signUp('Kai');
    for (let i = 0; i < INVITE_LOOKUP_LIMITS.perPerson.max; i += 1) {
      const res = await person.request('POST', '/api/couple/invites/preview', { code: 'WRONG' });
      expect(res.statusCode).toBe(400);
    }
    const join = await person.request('POST', '/api/couple/join', { code });
    expect(join.statusCode).toBe(429);
    expect((await person.request('GET', '/api/me')).json().couple).toBeNull();

    // Once the window has passed, it works again.
    t.clock.advance(INVITE_LOOKUP_LIMITS.perAddress.windowMs + 1000);
    expect((await t.anonymous('POST', '/api/couple/invites/preview', { code })).statusCode).toBe(
      200,
    );
    expect((await person.request('POST', '/api/couple/join', { code })).statusCode).toBe(200);
  });
});

describe('the invite preview does the same work for every code', () => {
  it('runs the same queries, in the same order, for a valid, used, expired and unknown code', async () => {
    const database = await createTestDatabase('sqlite');
    const shapes: string[] = [];
    let recording = false;
    /** A query's shape: its tree with every value blanked. */
    const shapeOf = (node: RootOperationNode): string =>
      JSON.stringify(node, (_key, value: unknown) => {
        if (value && typeof value === 'object' && 'kind' in value) {
          const kind = (value as { kind: string }).kind;
          if (kind === 'ValueNode' || kind === 'PrimitiveValueListNode') return { kind };
        }
        return value;
      });
    const db = database.handle.db.withPlugin({
      transformQuery: ({ node }) => {
        if (recording) shapes.push(shapeOf(node));
        return node;
      },
      transformResult: async ({ result }) => result,
    });
    const t = await createTestApp('sqlite', {
      database: { ...database, handle: { ...database.handle, db } },
    });
    try {
      const a = await t.signUp('Ada');
      const valid = await inviteOf(a);
      const used = await inviteOf(await t.signUp());
      await (await t.signUp()).request('POST', '/api/couple/join', { code: used });
      const expiring = await inviteOf(await t.signUp());
      t.clock.advance(7 * DAY + 1000);
      const stillValid = await inviteOf(a);
      expect(stillValid).not.toBe(valid);

      const recordOne = async (code: string, status: number) => {
        shapes.length = 0;
        recording = true;
        const res = await t.anonymous('POST', '/api/couple/invites/preview', { code });
        recording = false;
        expect(res.statusCode).toBe(status);
        return [...shapes];
      };
      const forValid = await recordOne(stillValid, 200);
      expect(forValid.length).toBeGreaterThanOrEqual(3);
      expect(await recordOne(used, 400)).toEqual(forValid);
      expect(await recordOne(expiring, 400)).toEqual(forValid);
      expect(await recordOne('ABCD-EFGH-JKMN-PQRS', 400)).toEqual(forValid);
    } finally {
      await t.close();
      await database.drop();
    }
  });
});
