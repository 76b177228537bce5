/**
 * The therapist-prep summary and the support resources, over HTTP on SQLite
 * and PostgreSQL: my summary holds my own pulses, checks, concerns and what I
 * did, never my partner's (even with everything shared between us); the PDF
 * is opened and its text read back; the resources carry the guide and the
 * directories of the country asked for.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { createTestApp, type Person, type TestApp } from '../../../../tests/support/test-app';
import type { Summary } from '../../../shared/signals-api';
import { renderSummaryPdf } from './summary.pdf';

const START = new Date('2026-03-02T12:00:00Z');
const WEEK = 7 * 24 * 3600 * 1000;
/** Words only my partner wrote, for their own check-in preparation: never in my summary. */
const PARTNER_CONCERN = 'Sams-own-check-in-worry';
/** What I raise for our Sunday check-ins, week by week (null: nothing that week). */
const MY_CONCERNS: ({ text: string; private: boolean; carryOn?: boolean } | null)[] = [
  { text: 'We rarely talk about money', private: false },
  { text: 'Money talk still feels hard', private: true, carryOn: true },
  { text: 'We rarely talk about money.', private: false },
  { text: 'Bedtime screens', private: true },
  null,
];

async function ok(p: Person, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) {
  const res = await p.request(method, url, body);
  expect([200, 201], `${url}: ${res.body}`).toContain(res.statusCode);
  return res;
}

async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

async function pdfPages(bytes: Buffer): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: false });
  return text.map((page) => page.replace(/\s+/g, ' '));
}

describe.each(dialects)('the therapist-prep summary (%s)', (dialect) => {
  let t: TestApp;
  let a: Person;
  let b: Person;
  beforeAll(async () => {
    t = await createTestApp(dialect, { start: START });
    ({ a, b } = await t.buildCouple());
    const today = (await ok(a, 'GET', '/api/questions/today')).json();
    await ok(a, 'PUT', `/api/questions/${today.question.id}/answer`, { text: 'my words' });
    await ok(a, 'POST', '/api/check/responses', {
      items: { 'check-emo-1': { now: 3, wish: 9 }, 'check-phy-1': { now: 2, wish: 8 } },
      causes: { arguments: 3, 'same-days': 1 },
      signs: ['less-talk'],
    });
    await ok(b, 'POST', '/api/check/responses', {
      items: { 'check-emo-1': { now: 9, wish: 9 } },
      causes: { 'work-hours': 3 },
      signs: ['fewer-shared-activities'],
    });
    for (const p of [a, b])
      for (const topic of ['check', 'progress'])
        await ok(p, 'PUT', `/api/sharing/${topic}`, { share: true });
    // Our check-in is on Sundays; we held the first one, and had one listening session.
    await ok(a, 'PUT', '/api/checkins/schedule/proposal', { weekday: 7, time: '19:00' });
    await ok(b, 'POST', '/api/checkins/schedule/proposal/accept');
    const session = (
      await ok(a, 'POST', '/api/listening/sessions', {
        firstSpeaker: 'me',
        seconds: 120,
        mode: 'together',
      })
    ).json().id;
    for (const [p, action, turn] of [
      [a, 'start', 1],
      [a, 'reflect', 1],
      [b, 'swap', 1],
      [b, 'start', 2],
      [b, 'reflect', 2],
      [a, 'finish', 2],
    ] as const)
      await ok(p, 'POST', `/api/listening/sessions/${session}/actions`, { action, turn });
    // What else I did (one of each), and what only my partner did (two of each): never mine.
    for (const [p, times] of [
      [a, 1],
      [b, 2],
    ] as const) {
      const prompts = (await ok(p, 'GET', '/api/vulnerability')).json().prompts;
      for (let i = 0; i < times; i += 1) {
        await ok(p, 'POST', '/api/notes', { kind: 'note', text: `a note ${i}` });
        await ok(p, 'PUT', `/api/vulnerability/prompts/${prompts[i].id}/entry`, {
          text: `words ${i}`,
        });
      }
    }
    // A date that took place, one cancelled, and one still to come.
    const planDate = (p: Person, title: string, start: string) =>
      ok(p, 'POST', '/api/dates', { title, start, timeZone: 'UTC', durationMinutes: 90 });
    await planDate(a, 'Dinner at home', '2026-03-05T19:00');
    const cancelled = (await planDate(a, 'Cinema', '2026-03-06T19:00')).json().id;
    expect((await b.request('DELETE', `/api/dates/${cancelled}`)).statusCode).toBe(204);
    await planDate(b, 'Winter walk', '2026-12-05T11:00');
    // This week's challenge, both in and done.
    const challenge = (await ok(a, 'GET', '/api/challenges/current')).json().current;
    for (const p of [a, b])
      await ok(p, 'PUT', `/api/challenges/${challenge.id}/answer`, {
        answer: 'in',
        challengeId: challenge.challenge.id,
      });
    await ok(a, 'POST', `/api/challenges/${challenge.id}/done`);
    // One guided exercise side by side on one device.
    await ok(a, 'POST', '/api/exercises/ex-long-hug/runs', { ready: true, mode: 'one-device' });
    const mine = [
      { emotional: 6, physical: 5, intellectual: 6, talk: 5 },
      { emotional: 6, physical: 5, intellectual: 6, talk: 5 },
      { emotional: 4, physical: 3, intellectual: 4, talk: 3 },
      { emotional: 3, physical: 2, intellectual: 3, talk: 2 },
      { emotional: 3, physical: 2, intellectual: 3, talk: 2 },
    ];
    for (const [week, ratings] of mine.entries()) {
      await ok(a, 'POST', '/api/pulse', ratings);
      await ok(b, 'POST', '/api/pulse', {
        emotional: 10,
        physical: 10,
        intellectual: 10,
        talk: 10,
      });
      await ok(a, 'PUT', '/api/support/week', {
        separation: null,
        conflict: week < 2 ? 'yes' : 'no',
        needs: week === 0 ? ['low-mood'] : [],
      });
      await ok(b, 'PUT', '/api/support/week', {
        separation: 'steps',
        conflict: null,
        needs: ['substance-use'],
      });
      const concern = MY_CONCERNS[week];
      if (concern) {
        const open = (await ok(a, 'GET', '/api/checkins/current')).json().openConcern;
        await ok(a, 'PUT', '/api/checkins/current/prep', {
          concern: {
            text: concern.text,
            private: concern.private,
            continues: concern.carryOn ? open.id : null,
          },
        });
      }
      await ok(b, 'PUT', '/api/checkins/current/prep', {
        concern: { text: `${PARTNER_CONCERN} ${week}`, private: week % 2 === 0, continues: null },
      });
      if (week === 0)
        await ok(a, 'POST', '/api/checkins/current/step', { from: 'waiting', direction: 'next' });
      // A small gesture a day at most: I did one, my partner two.
      for (const p of week === 0 ? [a, b] : week === 1 ? [b] : []) {
        const gesture = (await ok(p, 'GET', '/api/gestures/today')).json().suggestion.id;
        await ok(p, 'PUT', '/api/gestures/today/done', { gestureId: gesture });
      }
      t.clock.advance(WEEK);
    }
    // An exercise I invite my partner to, which never begins: not one we did.
    await ok(a, 'POST', '/api/exercises/ex-breathing-in-step/runs', {
      ready: true,
      mode: 'together',
    });
  });
  afterAll(() => t.close());

  it('holds my own scores, causes, concerns and efforts, and nothing of my partner’s', async () => {
    const summary: Summary = (await ok(a, 'GET', '/api/me/summary')).json();
    expect(summary.preparedOn).toBe('2026-04-06');
    expect(summary.sections).toEqual(['scores', 'causes', 'concerns', 'tried']);
    expect(summary.scores?.pulses.map((p) => p.week)).toEqual([
      '2026-W10',
      '2026-W11',
      '2026-W12',
      '2026-W13',
      '2026-W14',
    ]);
    expect(summary.scores?.pulses.map((p) => p.emotional)).toEqual([6, 6, 4, 3, 3]);
    expect(summary.scores?.change[0]).toEqual({
      key: 'emotional',
      verdict: 'went-down',
      baseline: 16 / 3,
      current: 3,
    });
    expect(summary.scores?.checks).toHaveLength(1);
    expect(summary.causes?.groups.map((g) => g.group)).toEqual(['communication', 'routine']);
    expect(summary.causes?.groups[0]?.items).toEqual(['Arguments that leave resentment behind']);
    expect(summary.causes?.signs).toEqual(['We talk less than we used to']);
    expect(summary.concerns).toEqual({
      weeksAnswered: 5,
      items: [
        { id: 'conflict', weeks: 2 },
        { id: 'low-mood', weeks: 1 },
      ],
      // My check-in concerns: carried on, or in the same words, they are one; kept-private ones too.
      checkins: {
        weeks: 4,
        items: [
          {
            text: 'We rarely talk about money.',
            weeks: 3,
            firstOn: '2026-03-08',
            lastOn: '2026-03-22',
            resolved: false,
          },
          {
            text: 'Bedtime screens',
            weeks: 1,
            firstOn: '2026-03-29',
            lastOn: '2026-03-29',
            resolved: false,
          },
        ],
        more: 0,
      },
    });
    expect(summary.tried).toEqual([
      { id: 'primer', count: 0 },
      { id: 'daily-questions', count: 1 },
      { id: 'checks', count: 1 },
      { id: 'pulses', count: 5 },
      { id: 'checkins', count: 1 },
      { id: 'listening', count: 1 },
      { id: 'gestures', count: 1 },
      { id: 'notes', count: 1 },
      { id: 'dates', count: 1 },
      { id: 'challenges', count: 1 },
      { id: 'exercises', count: 1 },
      { id: 'opening-up', count: 1 },
    ]);
    const body = JSON.stringify(summary);
    for (const theirs of [
      'work hours',
      'fewer',
      '"separation"',
      'substance',
      ':10',
      PARTNER_CONCERN,
    ])
      expect(body).not.toContain(theirs);
    // And the other way round: my partner's summary holds their concerns, never mine.
    const partnerSummary: Summary = (await ok(b, 'GET', '/api/me/summary')).json();
    // Their own acts are theirs; what we did together counts for both.
    expect(partnerSummary.tried?.filter((item) => item.count > 0)).toEqual([
      { id: 'checks', count: 1 },
      { id: 'pulses', count: 5 },
      { id: 'checkins', count: 1 },
      { id: 'listening', count: 1 },
      { id: 'gestures', count: 2 },
      { id: 'notes', count: 2 },
      { id: 'dates', count: 1 },
      { id: 'challenges', count: 1 },
      { id: 'exercises', count: 1 },
      { id: 'opening-up', count: 2 },
    ]);
    const partners = JSON.stringify(partnerSummary);
    expect(partners).toContain(PARTNER_CONCERN);
    for (const mine of ['money', 'Money', 'Bedtime']) expect(partners).not.toContain(mine);
  });

  it('comes as a PDF whose text says what the summary holds, and nothing of my partner’s', async () => {
    const res = await ok(a, 'GET', '/api/me/summary.pdf');
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="rekindle-notes-2026-04-06.pdf"',
    );
    expect(res.headers['cache-control']).toContain('no-store');
    const text = await pdfText(res.rawPayload);
    for (const expected of [
      'Notes for a first session',
      'Prepared on 6 April 2026',
      'nothing of your partner',
      'How things have felt, week by week',
      'Emotional closeness: went down (first weeks 5.3, last four 3.0)',
      'Week of',
      '16 Mar 2026',
      '30 now, 90 wished',
      'Arguments that leave resentment behind',
      'Days that all feel the same',
      'We talk less than we used to',
      'Feeling flooded, shut out or put down in arguments on most days: 2 of 5 weeks',
      'Feeling low most days: 1 of 5 weeks',
      'Answered 1 daily question',
      'Took the intimacy check once',
      'Gave the weekly pulse 5 times',
      'Held a weekly check-in together once',
      'Took turns listening and being heard in one session',
      'Did 1 small gesture for your partner',
      'Wrote 1 note to your partner',
      'Had 1 planned date together',
      'Did a weekly challenge together once',
      'Took part in 1 guided exercise',
      'Wrote about yourself for 1 Opening up prompt',
      'Concerns you raised for your weekly check-ins',
      '"We rarely talk about money.": 3 weeks, from 8 March 2026 to 22 March 2026.',
      '"Bedtime screens": the week of 29 March 2026.',
      'Things I want to say or ask',
      'Page 1 of',
    ])
      expect(text).toContain(expected);
    for (const theirs of [
      'Long or demanding work hours',
      'We do fewer things together',
      'Thoughts of separating',
      'Worry about alcohol or drugs',
      'Robin',
      'Sam',
      PARTNER_CONCERN,
    ])
      expect(text).not.toContain(theirs);
  });

  it('holds only the sections I choose, in the JSON and in the PDF', async () => {
    const summary: Summary = (await ok(a, 'GET', '/api/me/summary?sections=tried,concerns')).json();
    expect(summary.sections).toEqual(['concerns', 'tried']);
    expect(summary.scores).toBeNull();
    expect(summary.causes).toBeNull();
    const text = await pdfText(
      (await ok(a, 'GET', '/api/me/summary.pdf?sections=concerns')).rawPayload,
    );
    expect(text).toContain('Feeling low most days');
    expect(text).not.toContain('How things have felt');
    expect(text).not.toContain('Arguments that leave resentment behind');
    expect(text).not.toContain('Gave the weekly pulse');
  });

  it('refuses a section it does not know', async () => {
    for (const url of ['/api/me/summary?sections=partner', '/api/me/summary.pdf?sections=x']) {
      const res = await a.request('GET', url);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
  });

  it('says calmly when there is nothing yet', async () => {
    const p = await t.signUp();
    const summary: Summary = (await ok(p, 'GET', '/api/me/summary')).json();
    expect(summary.scores).toMatchObject({ pulses: [], checks: [] });
    expect(summary.causes).toBeNull();
    const text = await pdfText((await ok(p, 'GET', '/api/me/summary.pdf')).rawPayload);
    for (const calm of ['No weekly pulses yet.', 'No checks taken yet.', 'Nothing marked.'])
      expect(text).toContain(calm);
  });
});

describe('the summary PDF’s layout', () => {
  const reliability = { version: 'test', sd: 1, r: 0.8 };
  const week = (n: number) => `2026-W${String(10 + n).padStart(2, '0')}`;
  const summaryWith = (pulseWeeks: number, signs: number): Summary => ({
    preparedOn: '2026-04-06',
    sections: ['scores', 'causes', 'concerns', 'tried'],
    scores: {
      pulses: Array.from({ length: pulseWeeks }, (_, i) => ({
        week: week(i),
        emotional: 5,
        physical: 5,
        intellectual: 5,
        talk: 5,
      })),
      change: [],
      checks: [],
    },
    causes: {
      takenOn: '2026-03-02',
      groups: [],
      signs: Array.from({ length: signs }, (_, i) => `A sign noticed, number ${i + 1}`),
    },
    concerns: { weeksAnswered: 0, items: [], checkins: { weeks: 0, items: [], more: 0 } },
    tried: [{ id: 'pulses', count: pulseWeeks }],
  });

  it('keeps the lines for my own notes with their heading, wherever the page ends', async () => {
    // Each sign moves what follows down by a line: some of these end a page mid-block.
    for (let signs = 0; signs <= 40; signs += 1) {
      const pages = await pdfPages(await renderSummaryPdf(summaryWith(3, signs), reliability));
      const last = pages.at(-1) ?? '';
      expect(last, `${signs} signs`).toContain('Things I want to say or ask');
    }
  });

  it('names the shaded band only when there are enough weeks to draw it', async () => {
    const one = await pdfText(await renderSummaryPdf(summaryWith(1, 0), reliability));
    expect(one).toContain('The line is your weekly pulse');
    expect(one).not.toContain('shaded band');
    const three = await pdfText(await renderSummaryPdf(summaryWith(3, 0), reliability));
    expect(three).toContain('The shaded band is your usual range');
  });
});

describe.each(dialects)('support resources with the guide (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('gives the chosen country’s directories, international ones, and the guide, logged out too', async () => {
    const res = await t.anonymous('GET', '/api/support/resources?country=gb');
    expect(res.statusCode).toBe(200);
    const view = res.json();
    expect(view.country).toEqual({ code: 'GB', name: 'United Kingdom' });
    expect(view.emergency).toBe('999');
    expect(view.directories.country.map((d: { name: string }) => d.name)).toContain(
      'Relate (relationship counselling)',
    );
    expect(view.directories.international.length).toBeGreaterThan(0);
    expect(view.guide.books.map((b: { title: string }) => b.title)).toEqual(
      expect.arrayContaining(['The Five Love Languages', 'Hold Me Tight', 'Mating in Captivity']),
    );
    expect(view.guide.kindsOfHelp).toHaveLength(5);
  });

  it('gives only the international directories without a country, or for one it does not list', async () => {
    for (const url of ['/api/support/resources', '/api/support/resources?country=ZZ']) {
      const view = (await t.anonymous('GET', url)).json();
      expect(view.country).toBeNull();
      expect(view.directories.country).toEqual([]);
      expect(view.directories.international.length).toBeGreaterThan(0);
    }
  });
});
