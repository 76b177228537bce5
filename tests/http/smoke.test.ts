import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../support/databases';
import { createTestApp, type TestApp } from '../support/test-app';

describe.each(dialects)('daily question end to end (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('reveals both answers only after both answered', async () => {
    const { a, b } = await t.buildCouple();
    const todayA = (await a.request('GET', '/api/questions/today')).json();
    const todayB = (await b.request('GET', '/api/questions/today')).json();
    expect(todayA.question.id).toBe(todayB.question.id);
    expect(todayA.visibility).toBe('reveal-together');
    const put = await a.request('PUT', `/api/questions/${todayA.question.id}/answer`, {
      text: 'Mine',
    });
    expect(put.statusCode).toBe(200);
    const bView = (await b.request('GET', '/api/questions/today')).json();
    expect(bView.partnerAnswered).toBe(true);
    expect(bView.partner).toBeNull();
    await b.request('PUT', `/api/questions/${todayA.question.id}/answer`, { text: 'Yours' });
    const aView = (await a.request('GET', '/api/questions/today')).json();
    expect(aView.revealed).toBe(true);
    expect(aView.partner.text).toBe('Yours');
    const locked = await a.request('PUT', `/api/questions/${todayA.question.id}/answer`, {
      text: 'Changed',
    });
    expect(locked.statusCode).toBe(409);
  });
});
