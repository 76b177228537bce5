import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';

const WEEK = 7 * 24 * 3600 * 1000;

describe.each(dialects)('pulse and progress (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('keeps one pulse per week, updated in place', async () => {
    const p = await t.signUp();
    const form = (await p.request('GET', '/api/pulse')).json();
    expect(form.mine).toBeNull();
    expect(form.kinds).toHaveLength(3);
    await p.request('POST', '/api/pulse', { emotional: 4, physical: 4, intellectual: 4, talk: 4 });
    const saved = await p.request('POST', '/api/pulse', {
      emotional: 6,
      physical: 5,
      intellectual: 7,
      talk: 8,
    });
    expect(saved.json()).toMatchObject({ emotional: 6, week: form.week });
    expect((await p.request('GET', '/api/pulse')).json().mine).toEqual({
      emotional: 6,
      physical: 5,
      intellectual: 7,
      talk: 8,
    });
    const progress = (await p.request('GET', '/api/progress')).json();
    expect(progress.engagement.weeksWithPulse).toBe(1);
    expect(progress.me.pulse[0].points).toHaveLength(1);
  });

  it('reports change honestly against the usual range, and keeps effort apart', async () => {
    const p = await t.signUp();
    const series = [4, 4, 4, 5, 7, 7, 8];
    const start = t.clock.now();
    for (const value of series) {
      await p.request('POST', '/api/pulse', {
        emotional: value,
        physical: 5,
        intellectual: 5,
        talk: 5,
      });
      t.clock.advance(WEEK);
    }
    const progress = (await p.request('GET', '/api/progress')).json();
    t.clock.set(start);
    const emotional = progress.me.pulse.find((s: { key: string }) => s.key === 'emotional');
    expect(emotional.points.map((pt: { value: number }) => pt.value)).toEqual(series);
    expect(emotional.verdict).toBe('went-up');
    expect(emotional.baseline).toBe(4);
    expect(emotional.band.high - emotional.band.low).toBeCloseTo(
      2 * progress.reliability.threshold,
      5,
    );
    expect(progress.me.pulse.find((s: { key: string }) => s.key === 'physical').verdict).toBe(
      'usual-range',
    );
    expect(progress.engagement).toEqual({
      weeksWithPulse: 7,
      questionsAnswered: 0,
      checksTaken: 0,
      primerDone: false,
    });
  });

  it("shows the partner's lines only while both opt in", async () => {
    const { a, b } = await t.buildCouple();
    await a.request('POST', '/api/pulse', { emotional: 9, physical: 9, intellectual: 9, talk: 9 });
    await a.request('PUT', '/api/sharing/progress', { share: true });
    expect((await b.request('GET', '/api/progress')).json().partner).toBeNull();
    await b.request('PUT', '/api/sharing/progress', { share: true });
    const shared = (await b.request('GET', '/api/progress')).json();
    expect(shared.partnerName).toBe('Robin');
    expect(shared.partner.pulse[0].points[0].value).toBe(9);
    await b.request('POST', '/api/couple/unlink');
    expect((await b.request('GET', '/api/progress')).json().partner).toBeNull();
  });

  it('refuses a pulse with any rating missing, storing nothing', async () => {
    const p = await t.signUp();
    const full = { emotional: 5, physical: 5, intellectual: 5, talk: 5 };
    for (const key of Object.keys(full) as (keyof typeof full)[]) {
      const { [key]: _left, ...rest } = full;
      for (const body of [rest, { ...rest, [key]: null }]) {
        const res = await p.request('POST', '/api/pulse', body);
        expect(res.statusCode).toBe(400);
        expect(res.json().error.code).toBe('validation_failed');
      }
    }
    expect((await p.request('GET', '/api/pulse')).json().mine).toBeNull();
    expect((await p.request('GET', '/api/progress')).json().engagement.weeksWithPulse).toBe(0);
  });

  it('refuses ratings outside 1–10', async () => {
    const p = await t.signUp();
    const res = await p.request('POST', '/api/pulse', {
      emotional: 0,
      physical: 5,
      intellectual: 5,
      talk: 5,
    });
    expect(res.statusCode).toBe(400);
    expect((await p.request('GET', '/api/pulse')).json().mine).toBeNull();
  });
});
