import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { openEventStream } from '../../../../tests/support/sse';
import {
  createTestApp,
  type Person,
  type TestApp,
  testCatalog,
} from '../../../../tests/support/test-app';
import type { TravelIdea, TripPlan } from '../../../shared/interests-api';
import { interestsOf } from './interests.catalog';

const library = interestsOf(testCatalog());
const [h1, h2, h3] = library.hobbies.map((h) => h.id);
const [i1, i2, i3] = library.ideas.map((i) => i.id);

describe.each(dialects)('shared hobbies and travel (%s)', (dialect) => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => t.close());

  const pickHobby = (p: Person, id: string | undefined, pick: string) =>
    p.request('PUT', `/api/hobbies/${id}/pick`, { pick });
  const pickIdea = (p: Person, id: string | undefined, pick: string) =>
    p.request('PUT', `/api/travel/${id}/pick`, { pick });
  const hobbyMatchIds = async (p: Person) =>
    (await p.request('GET', '/api/hobbies/matches'))
      .json()
      .matches.map((m: { hobby: { id: string } }) => m.hobby.id);
  const travelMatchIds = async (p: Person) =>
    (await p.request('GET', '/api/travel/matches'))
      .json()
      .matches.map((m: { idea: { id: string } }) => m.idea.id);
  const addWish = async (p: Person, title: string): Promise<TravelIdea> => {
    const res = await p.request('POST', '/api/travel/wishes', {
      title,
      description: 'Somewhere we keep talking about',
      scale: 'weekend',
      budget: '$$',
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };

  it('lists every hobby with my own mark only, and shows a hobby only when both said yes or maybe', async () => {
    const { a, b } = await t.buildCouple();
    const listed = (await a.request('GET', '/api/hobbies')).json().hobbies;
    expect(listed.length).toBe(library.hobbies.length);
    expect(listed[0]).toMatchObject({ id: h1, mine: null });
    const res = await pickHobby(a, h1, 'yes');
    expect(res.json()).toEqual({ hobbyId: h1, mine: 'yes', matches: [] });
    expect(await hobbyMatchIds(b)).toEqual([]);
    await pickHobby(b, h1, 'maybe');
    await pickHobby(a, h2, 'maybe');
    await pickHobby(b, h2, 'maybe');
    await pickHobby(a, h3, 'yes');
    await pickHobby(b, h3, 'no');
    const matches = (await b.request('GET', '/api/hobbies/matches')).json().matches;
    expect(
      matches.map((m: { hobby: { id: string }; strength: string }) => [m.hobby.id, m.strength]),
    ).toEqual([
      [h1, 'yes-and-maybe'],
      [h2, 'both-maybe'],
    ]);
    expect(await hobbyMatchIds(a)).toEqual([h1, h2]);
    // My list carries my marks, never my partner's.
    const bList = (await b.request('GET', '/api/hobbies')).json().hobbies;
    expect(bList.find((h: { id: string }) => h.id === h3).mine).toBe('no');
    expect(bList.find((h: { id: string }) => h.id === h2).mine).toBe('maybe');
    const aList = (await a.request('GET', '/api/hobbies')).json().hobbies;
    expect(aList.find((h: { id: string }) => h.id === h3).mine).toBe('yes');
    // A match goes when one side changes to "no".
    await pickHobby(a, h2, 'no');
    expect(await hobbyMatchIds(b)).toEqual([h1]);
    expect((await pickHobby(a, 'no-such-hobby', 'yes')).statusCode).toBe(404);
  });

  it('answers me byte for byte the same whether my partner marked “no” or nothing', async () => {
    const one = await t.buildCouple();
    const two = await t.buildCouple();
    await pickHobby(one.b, h1, 'no');
    await pickIdea(one.b, i1, 'no');
    // Nothing at all from two.b.
    const hobbyReply = async (p: Person) => (await pickHobby(p, h1, 'yes')).body;
    const travelReply = async (p: Person) => (await pickIdea(p, i1, 'yes')).body;
    expect(await hobbyReply(one.a)).toBe(await hobbyReply(two.a));
    expect(await travelReply(one.a)).toBe(await travelReply(two.a));
    for (const url of [
      '/api/hobbies',
      '/api/hobbies/matches',
      '/api/travel',
      '/api/travel/matches',
    ]) {
      const [x, y] = [await one.a.request('GET', url), await two.a.request('GET', url)];
      expect(x.statusCode).toBe(200);
      expect(x.body, url).toBe(y.body);
    }
    const plan = async (p: Person) => (await p.request('GET', `/api/travel/${i1}/plan`)).body;
    expect(await plan(one.a)).toBe(await plan(two.a));
  });

  it('tells both partners of a new match, and nobody of a one-sided mark (ids only)', async () => {
    const { a, b } = await t.buildCouple();
    const [sa, sb] = [await openEventStream(url, a.cookie), await openEventStream(url, b.cookie)];
    try {
      await pickHobby(b, h1, 'no');
      await pickHobby(a, h1, 'yes');
      await pickHobby(a, h2, 'maybe');
      await pickIdea(a, i1, 'yes');
      await pickHobby(b, h2, 'yes');
      const expected = { type: 'interests.match', topic: 'hobby', itemId: h2 };
      // The first event either hears of is the match: the one-sided marks sent nothing.
      expect(await sb.next()).toEqual(expected);
      expect(await sa.next()).toEqual(expected);
      // Changing a match from yes to maybe is no new match.
      await pickHobby(b, h2, 'maybe');
      await pickIdea(b, i1, 'maybe');
      expect(await sa.next()).toEqual({ type: 'interests.match', topic: 'travel', itemId: i1 });
    } finally {
      sa.close();
      sb.close();
    }
  });

  it('shows the partner an own idea as the author’s proposal, counting the author’s yes', async () => {
    const { a, b } = await t.buildCouple();
    const wish = await addWish(a, 'The lighthouse we saw from the ferry');
    expect(wish).toMatchObject({ source: 'own', addedBy: 'me', pace: null });
    expect(wish.id).toMatch(/^wish-[0-9a-f]{20}$/);
    const seenByB = (await b.request('GET', '/api/travel')).json().ideas;
    expect(seenByB.find((i: { id: string }) => i.id === wish.id)).toMatchObject({
      addedBy: 'partner',
      mine: null,
      title: 'The lighthouse we saw from the ferry',
    });
    expect(seenByB.length).toBe(library.ideas.length + 1);
    expect(await travelMatchIds(b)).toEqual([]);
    await pickIdea(b, wish.id, 'maybe');
    expect(await travelMatchIds(a)).toEqual([wish.id]);
    // Only its author removes it; for the partner it is not theirs to remove.
    const missing = await b.request('DELETE', '/api/travel/wish-00000000000000000000');
    const notTheirs = await b.request('DELETE', `/api/travel/${wish.id}`);
    expect(notTheirs.statusCode).toBe(404);
    expect(notTheirs.body).toBe(missing.body);
    expect((await a.request('DELETE', `/api/travel/${wish.id}`)).statusCode).toBe(204);
    expect(await travelMatchIds(b)).toEqual([]);
    expect((await pickIdea(b, wish.id, 'yes')).statusCode).toBe(404);
    // Someone alone keeps their own private wishlist.
    const solo = await t.signUp();
    const own = await addWish(solo, 'A quiet week by a northern lake');
    expect((await solo.request('GET', '/api/travel')).json().ideas.at(-1).id).toBe(own.id);
    expect((await solo.request('GET', '/api/travel/matches')).json()).toEqual({ matches: [] });
    expect((await pickIdea(a, own.id, 'yes')).statusCode).toBe(404);
  });

  it('plans a matched trip: when, budget, a checklist either can tick', async () => {
    const { a, b } = await t.buildCouple();
    const unmatched = await a.request('GET', `/api/travel/${i2}/plan`);
    const missing = await a.request('GET', '/api/travel/no-such-idea/plan');
    expect(unmatched.statusCode).toBe(404);
    expect(unmatched.body).toBe(missing.body);
    await pickIdea(a, i2, 'yes');
    await pickIdea(b, i2, 'yes');
    const empty: TripPlan = (await a.request('GET', `/api/travel/${i2}/plan`)).json();
    expect(empty).toMatchObject({ ideaId: i2, when: null, budget: null, items: [] });
    const set = await b.request('PUT', `/api/travel/${i2}/plan`, {
      when: { kind: 'season', season: 'autumn', year: 2027 },
      budget: '$$',
    });
    expect(set.statusCode, set.body).toBe(200);
    const added = await a.request('POST', `/api/travel/${i2}/plan/items`, {
      text: 'Book the train',
    });
    expect(added.statusCode).toBe(201);
    const item = added.json().items[0];
    expect(item).toMatchObject({
      text: 'Book the train',
      addedBy: 'me',
      done: false,
      doneBy: null,
    });
    const ticked = (
      await b.request('PATCH', `/api/travel/${i2}/plan/items/${item.id}`, { done: true })
    ).json();
    expect(ticked.items[0]).toMatchObject({ addedBy: 'partner', done: true, doneBy: 'me' });
    const seenByA: TripPlan = (await a.request('GET', `/api/travel/${i2}/plan`)).json();
    expect(seenByA).toMatchObject({
      when: { kind: 'season', season: 'autumn', year: 2027 },
      budget: '$$',
      items: [{ doneBy: 'partner', done: true }],
    });
    const matches = (await a.request('GET', '/api/travel/matches')).json().matches;
    expect(matches[0]).toMatchObject({
      idea: { id: i2 },
      plan: { items: 1, done: 1, budget: '$$' },
    });
    await a.request('PATCH', `/api/travel/${i2}/plan/items/${item.id}`, { done: false });
    expect((await b.request('GET', `/api/travel/${i2}/plan`)).json().items[0]).toMatchObject({
      done: false,
      doneBy: null,
    });
    const backwards = await a.request('PUT', `/api/travel/${i2}/plan`, {
      when: { kind: 'dates', from: '2027-05-10', to: '2027-05-01' },
      budget: null,
    });
    expect(backwards.statusCode).toBe(400);
    const dates = await a.request('PUT', `/api/travel/${i2}/plan`, {
      when: { kind: 'dates', from: '2027-05-01', to: '2027-05-04' },
      budget: '$$$',
    });
    expect(dates.json().when).toEqual({ kind: 'dates', from: '2027-05-01', to: '2027-05-04' });
    expect(
      (await a.request('DELETE', `/api/travel/${i2}/plan/items/${item.id}`)).json().items,
    ).toEqual([]);
    // The plan lives with the match: once it is no longer mutual, it is gone from view.
    await pickIdea(b, i2, 'no');
    expect((await a.request('GET', `/api/travel/${i2}/plan`)).statusCode).toBe(404);
    await pickIdea(b, i2, 'maybe');
    expect((await a.request('GET', `/api/travel/${i2}/plan`)).json().budget).toBe('$$$');
  });

  it('updates the partner live when the plan or its checklist changes', async () => {
    const { a, b } = await t.buildCouple();
    await pickIdea(a, i3, 'yes');
    await pickIdea(b, i3, 'yes');
    const stream = await openEventStream(url, b.cookie);
    try {
      await a.request('POST', `/api/travel/${i3}/plan/items`, { text: 'Pack the warm socks' });
      expect(await stream.next()).toEqual({ type: 'travel.changed', ideaId: i3 });
    } finally {
      stream.close();
    }
  });

  it('keeps marks, ideas and plans with the couple they were made in', async () => {
    const { a, b } = await t.buildCouple();
    await pickHobby(a, h1, 'yes');
    await pickHobby(b, h1, 'yes');
    await pickIdea(a, i1, 'yes');
    await pickIdea(b, i1, 'yes');
    const wish = await addWish(b, 'The island with the old chapel');
    const plan = await a.request('POST', `/api/travel/${i1}/plan/items`, {
      text: 'Ask about ferries',
    });
    const itemId = plan.json().items[0].id;
    expect((await a.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
    // The ex-partner: alone now, with nothing of the couple's.
    expect(await hobbyMatchIds(b)).toEqual([]);
    expect(await travelMatchIds(b)).toEqual([]);
    const missing = await b.request('GET', '/api/travel/no-such-idea/plan');
    const gone = await b.request('GET', `/api/travel/${i1}/plan`);
    expect(gone.statusCode).toBe(404);
    expect(gone.body).toBe(missing.body);
    expect(
      (await b.request('PATCH', `/api/travel/${i1}/plan/items/${itemId}`, { done: true }))
        .statusCode,
    ).toBe(404);
    expect(JSON.stringify((await b.request('GET', '/api/travel')).json())).not.toContain(wish.id);
    expect((await b.request('GET', '/api/hobbies')).json().hobbies[0].mine).toBeNull();
    // The next partner: a fresh start; the marks of the earlier couple do not match anything.
    const c = await t.signUp('Cy');
    const invite = await a.request('POST', '/api/couple/invites');
    await c.request('POST', '/api/couple/join', { code: invite.json().code });
    await pickHobby(c, h1, 'yes');
    await pickIdea(c, i1, 'yes');
    expect(await hobbyMatchIds(c)).toEqual([]);
    expect(await travelMatchIds(c)).toEqual([]);
    expect((await c.request('GET', `/api/travel/${i1}/plan`)).statusCode).toBe(404);
    await pickIdea(a, i1, 'yes');
    const fresh = (await c.request('GET', `/api/travel/${i1}/plan`)).json();
    expect(fresh.items).toEqual([]);
    expect(JSON.stringify(fresh)).not.toContain('Ask about ferries');
  });
});
