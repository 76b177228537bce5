import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';

describe.each(dialects)('primer (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('walks the cards in order, keeps private reflections, and marks itself done', async () => {
    const p = await t.signUp();
    const primer = (await p.request('GET', '/api/primer')).json();
    expect(primer.done).toBe(false);
    expect(primer.cards.length).toBeGreaterThanOrEqual(8);
    expect(primer.cards.map((c: { order: number }) => c.order)).toEqual(
      [...primer.cards.keys()].map((i) => i + 1),
    );
    const [first, second] = primer.cards;
    await p.request('PUT', `/api/primer/${first.id}`, { reflection: 'talking, mostly' });
    await p.request('PUT', `/api/primer/${second.id}`, {});
    let after = (await p.request('GET', '/api/primer')).json();
    expect(after.cards[0]).toMatchObject({ seen: true, myReflection: 'talking, mostly' });
    expect(after.cards[1]).toMatchObject({ seen: true, myReflection: null });
    expect(after.cards[2]).toMatchObject({ seen: false });
    await p.request('PUT', `/api/primer/${first.id}`, { reflection: null });
    after = (await p.request('GET', '/api/primer')).json();
    expect(after.cards[0].myReflection).toBeNull();
    expect((await p.request('POST', '/api/primer/complete')).json().done).toBe(true);
    const kinds = (await p.request('GET', '/api/today'))
      .json()
      .now.map((i: { kind: string }) => i.kind);
    expect(kinds).not.toContain('primer');
  });

  it('answers an unknown card like a missing one', async () => {
    const p = await t.signUp();
    const res = await p.request('PUT', '/api/primer/no-such-card', { reflection: 'x' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });
});
