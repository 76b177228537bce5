/**
 * The authorization matrix: every route the app serves is called as the
 * owner of a record, their partner, a stranger and an anonymous caller, and
 * the expected answer for each is asserted. A route without an entry here
 * fails the suite.
 *
 * The owner has something of every topic (a daily answer, a primer
 * reflection, a check result, a weekly pulse, a private-screen flag kept in
 * the account); no answer to anyone else may contain any of it.
 *
 * For records a caller may not see, the answer must be byte-identical to the
 * answer for a record that does not exist.
 *
 * One world per route: the others call first and the owner last, so the
 * owner's own writes cannot empty the leak checks, and anything the others
 * changed of the owner's would show in the owner's answer. Routes where one
 * caller's success changes another's answer get a fresh world per call.
 */
import { request as httpRequest } from 'node:http';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../support/databases';
import { createTestApp, type Person, type TestApp } from '../support/test-app';

type Actor = 'owner' | 'partner' | 'stranger' | 'anonymous';
/** The order the calls of one route run in, sharing one world: the owner last. */
const actors: Actor[] = ['partner', 'stranger', 'anonymous', 'owner'];
/** The owner's daily answer. */
const SECRET_TEXT = 'owner-private-words-7f3a';
/** The owner's primer reflection. */
const REFLECTION_TEXT = 'owner-primer-reflection-c41e';
/** The owner's weekly pulse: a pulse is numbers only, so its serialized values are its mark. */
const OWNER_PULSE = { emotional: 3, physical: 9, intellectual: 2, talk: 8 };
const OWNER_PULSE_MARK = '"emotional":3,"physical":9,"intellectual":2,"talk":8';
/** `afraid: yes` routes the owner to private support; the flag is kept in the account. */
const OWNER_ROUTE = 'individual';

interface World {
  owner: Person;
  partner: Person;
  stranger: Person;
  inviteCode: string;
  questionId: string;
  ownerOtherSessionId: string;
  primerCardId: string;
  ownerCheckId: string;
  ownerSessionIds: string[];
}

/** What of the owner's may show up in an answer, by topic. */
type OwnerTopic = 'answer' | 'reflection' | 'check' | 'pulse' | 'route' | 'email' | 'sessions';

/** The strings that give each of the owner's topics away. */
function ownerMarks(world: World): Record<OwnerTopic, string[]> {
  return {
    answer: [SECRET_TEXT],
    reflection: [REFLECTION_TEXT],
    check: [world.ownerCheckId],
    pulse: [OWNER_PULSE_MARK],
    // The flag shows as the route, as `individual: true` (plan, Today) or as Today's support item.
    route: [`"route":"${OWNER_ROUTE}"`, '"individual":true', '"kind":"support"'],
    email: [world.owner.email],
    sessions: world.ownerSessionIds,
  };
}

/** Nobody but the owner gets anything of the owner's, except the topics a route legitimately reveals. */
function expectNothingOfOwner(
  body: string,
  actor: Actor,
  world: World,
  reveals: OwnerTopic[] = [],
): void {
  if (actor === 'owner') return;
  for (const [topic, marks] of Object.entries(ownerMarks(world))) {
    if (reveals.includes(topic as OwnerTopic)) continue;
    for (const mark of marks) {
      expect(body, `${actor} gets the owner's ${topic}`).not.toContain(mark);
    }
  }
}

interface Call {
  url?: string;
  body?: unknown;
}

interface RouteCase {
  call: (world: World, actor: Actor) => Call;
  expect: Record<Actor, number>;
  /** For these actors, the answer must equal the answer for a record that does not exist. */
  sameAsMissing?: { actors: Actor[]; missing: (world: World) => Call };
  /** Further checks, e.g. that nothing of the owner's leaked. */
  check?: (res: LightMyRequestResponse, actor: Actor, world: World) => void;
  /** Topics of the owner's this route legitimately shows to these actors. */
  reveals?: Partial<Record<Actor, OwnerTopic[]>>;
  /** One caller's success changes what the next one gets: each call gets a fresh world. */
  worldPerCall?: true;
}

const none = (): Call => ({});
const own = { owner: 200, partner: 200, stranger: 200, anonymous: 401 };
const noLeak = (res: LightMyRequestResponse, actor: Actor) => {
  if (actor !== 'owner') expect(res.body).not.toContain(SECRET_TEXT);
};

const matrix: Record<string, RouteCase> = {
  'GET /healthz': {
    call: none,
    expect: { owner: 200, partner: 200, stranger: 200, anonymous: 200 },
  },
  // Only with the operator's bearer token (tests/http/metrics.test.ts), never with a session.
  'GET /metrics': {
    call: none,
    expect: { owner: 401, partner: 401, stranger: 401, anonymous: 401 },
  },
  'GET /api/openapi.json': {
    call: none,
    expect: { owner: 200, partner: 200, stranger: 200, anonymous: 200 },
  },
  'POST /api/auth/signup': {
    call: () => ({
      body: {
        email: `new-${Math.random().toString(36).slice(2)}@example.com`,
        password: 'another long passphrase',
        displayName: 'New',
      },
    }),
    expect: { owner: 201, partner: 201, stranger: 201, anonymous: 201 },
  },
  'POST /api/auth/login': {
    // Everyone tries the owner's email with a wrong password; only the password opens the account.
    call: (w) => ({ body: { email: w.owner.email, password: 'not the password at all' } }),
    expect: { owner: 401, partner: 401, stranger: 401, anonymous: 401 },
  },
  'POST /api/auth/logout': {
    call: none,
    expect: { owner: 204, partner: 204, stranger: 204, anonymous: 204 },
  },
  'GET /api/me': {
    call: none,
    expect: own,
    check: (res, actor, w) => {
      if (actor !== 'anonymous') expect(res.json().user.id).toBe(w[actor].id);
      if (actor === 'partner') expect(res.json().user.email).not.toBe(w.owner.email);
    },
  },
  'PATCH /api/me': { call: () => ({ body: { displayName: 'Renamed' } }), expect: own },
  'DELETE /api/me': {
    call: (w) => ({ body: { password: w.owner.password } }),
    expect: { owner: 204, partner: 401, stranger: 401, anonymous: 401 },
  },
  'POST /api/auth/password': {
    call: (w) => ({
      body: { currentPassword: w.owner.password, newPassword: 'a brand new passphrase' },
    }),
    expect: { owner: 204, partner: 401, stranger: 401, anonymous: 401 },
  },
  'GET /api/auth/sessions': {
    call: none,
    expect: own,
    check: (res, actor, w) => {
      if (actor === 'partner' || actor === 'stranger') {
        expect(res.body).not.toContain(w.ownerOtherSessionId);
      }
    },
  },
  'DELETE /api/auth/sessions/:id': {
    call: (w) => ({ url: `/api/auth/sessions/${w.ownerOtherSessionId}` }),
    expect: { owner: 204, partner: 404, stranger: 404, anonymous: 401 },
    sameAsMissing: {
      actors: ['partner', 'stranger'],
      missing: () => ({ url: `/api/auth/sessions/${'A'.repeat(43)}` }),
    },
  },
  'POST /api/auth/sessions/revoke-others': {
    call: none,
    expect: { owner: 204, partner: 204, stranger: 204, anonymous: 401 },
  },
  'POST /api/couple/invites': {
    call: none,
    expect: { owner: 409, partner: 409, stranger: 201, anonymous: 401 },
  },
  'POST /api/couple/join': {
    call: (w) => ({ body: { code: w.inviteCode } }),
    expect: { owner: 409, partner: 409, stranger: 200, anonymous: 401 },
  },
  'GET /api/couple': {
    call: none,
    expect: { owner: 200, partner: 200, stranger: 404, anonymous: 401 },
  },
  'PATCH /api/couple': {
    call: () => ({ body: { timeZone: 'Asia/Tokyo' } }),
    expect: { owner: 200, partner: 200, stranger: 404, anonymous: 401 },
  },
  'POST /api/couple/unlink': {
    call: none,
    expect: { owner: 204, partner: 204, stranger: 404, anonymous: 401 },
    // After the partner unlinks, the owner has no couple left to leave.
    worldPerCall: true,
  },
  'GET /api/questions/today': {
    call: none,
    expect: own,
    check: noLeak,
  },
  'PUT /api/questions/:questionId/answer': {
    call: (w) => ({ url: `/api/questions/${w.questionId}/answer`, body: { text: 'An answer' } }),
    expect: { owner: 200, partner: 200, stranger: 404, anonymous: 401 },
    sameAsMissing: {
      actors: ['stranger'],
      missing: () => ({
        url: '/api/questions/no-such-question/answer',
        body: { text: 'An answer' },
      }),
    },
    check: (res, actor) => {
      // The partner's answer completes the pair: the reveal is now legitimate.
      if (actor === 'stranger') noLeak(res, actor);
    },
    reveals: { partner: ['answer'] },
    // After the partner answers, the owner's answer is locked.
    worldPerCall: true,
  },
  'GET /api/questions/history': { call: none, expect: own, check: noLeak },
  'GET /api/events': {
    call: none,
    expect: { owner: 200, partner: 200, stranger: 200, anonymous: 401 },
  },
  'GET /api/primer': { call: none, expect: own, check: noLeak },
  'PUT /api/primer/:cardId': {
    call: (w) => ({ url: `/api/primer/${w.primerCardId}`, body: { reflection: 'a new thought' } }),
    expect: own,
    check: noLeak,
  },
  'POST /api/primer/complete': { call: none, expect: own },
  'GET /api/for-you': {
    call: none,
    expect: own,
    check: (res, actor) => {
      if (actor === 'partner' || actor === 'stranger') expect(res.json().route).toBe('together');
    },
  },
  'POST /api/for-you/answers': {
    call: () => ({ body: { answers: { afraid: 'no' }, remember: 'account' } }),
    expect: own,
  },
  'DELETE /api/for-you/flag': {
    call: none,
    expect: { owner: 204, partner: 204, stranger: 204, anonymous: 401 },
  },
  'GET /api/support/resources': {
    call: () => ({ url: '/api/support/resources?country=GB' }),
    expect: { owner: 200, partner: 200, stranger: 200, anonymous: 200 },
  },
  'GET /api/check': { call: none, expect: own },
  'POST /api/check/responses': {
    call: () => ({
      body: { items: { 'check-emo-1': { now: 5, wish: 8 } }, causes: {}, signs: [] },
    }),
    expect: { owner: 201, partner: 201, stranger: 201, anonymous: 401 },
  },
  'GET /api/check/results': {
    call: none,
    expect: own,
    check: (res, actor, w) => {
      if (actor !== 'owner' && actor !== 'anonymous')
        expect(res.body).not.toContain(w.ownerCheckId);
    },
  },
  'GET /api/check/comparison': {
    // The owner opted in; the partner did not: nobody gets a comparison.
    call: none,
    expect: { owner: 404, partner: 404, stranger: 404, anonymous: 401 },
    sameAsMissing: {
      actors: ['owner', 'partner', 'stranger'],
      missing: () => ({ url: '/api/check/comparison' }),
    },
  },
  'GET /api/sharing': { call: none, expect: own },
  'PUT /api/sharing/:topic': {
    call: () => ({ url: '/api/sharing/check', body: { share: true } }),
    // The stranger has no partner: an opt-in belongs to a couple.
    expect: { owner: 200, partner: 200, stranger: 404, anonymous: 401 },
  },
  'GET /api/plan': {
    call: none,
    expect: own,
    check: (res, actor) => {
      if (actor === 'partner' || actor === 'stranger') expect(res.json().individual).toBe(false);
    },
  },
  'GET /api/pulse': { call: none, expect: own },
  'POST /api/pulse': {
    call: () => ({ body: { emotional: 6, physical: 5, intellectual: 7, talk: 6 } }),
    expect: own,
  },
  'GET /api/progress': {
    call: none,
    expect: own,
    check: (res, actor) => {
      if (actor === 'partner') expect(res.json().partner).toBeNull();
    },
  },
  'GET /api/today': {
    call: none,
    expect: own,
    check: (res, actor) => {
      noLeak(res, actor);
      if (actor === 'partner' || actor === 'stranger') {
        expect(res.body).not.toContain('"support"');
        expect(res.json().individual).toBe(false);
      }
    },
  },
};

async function buildWorld(t: TestApp): Promise<World> {
  const { a: owner, b: partner } = await t.buildCouple();
  const stranger = await t.signUp('Stranger');
  const inviter = await t.signUp('Inviter');
  const invite = (await inviter.request('POST', '/api/couple/invites')).json();
  const today = (await owner.request('GET', '/api/questions/today')).json();
  await owner.request('PUT', `/api/questions/${today.question.id}/answer`, { text: SECRET_TEXT });
  await t.anonymous('POST', '/api/auth/login', { email: owner.email, password: owner.password });
  const sessions = (await owner.request('GET', '/api/auth/sessions')).json().sessions as {
    id: string;
    current: boolean;
  }[];
  const other = sessions.find((s) => !s.current);
  if (!other) throw new Error('expected a second session');
  const primerCardId = (await owner.request('GET', '/api/primer')).json().cards[0].id;
  await owner.request('PUT', `/api/primer/${primerCardId}`, { reflection: REFLECTION_TEXT });
  const check = await owner.request('POST', '/api/check/responses', {
    items: { 'check-phy-1': { now: 2, wish: 9 } },
    causes: { arguments: 3 },
    signs: ['less-talk'],
  });
  await owner.request('PUT', '/api/sharing/check', { share: true });
  await owner.request('PUT', '/api/sharing/progress', { share: true });
  await owner.request('POST', '/api/for-you/answers', {
    answers: { afraid: 'yes' },
    remember: 'account',
  });
  await owner.request('POST', '/api/pulse', OWNER_PULSE);
  return {
    primerCardId,
    ownerCheckId: check.json().id,
    owner,
    partner,
    stranger,
    inviteCode: invite.code,
    questionId: today.question.id,
    ownerOtherSessionId: other.id,
    ownerSessionIds: sessions.map((session) => session.id),
  };
}

function routeKey(method: string, url: string): string {
  return `${method} ${url}`;
}

describe.each(dialects)('authorization matrix (%s)', (dialect) => {
  let t: TestApp;
  let baseUrl: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => t.close());

  it('has an entry for every route the app serves', () => {
    const served = t.app.routeCatalog
      .filter((r) => r.url.startsWith('/api/') || r.url === '/healthz' || r.url === '/metrics')
      .map((r) => routeKey(r.method, r.url));
    const missing = served.filter((key) => !(key in matrix));
    expect(missing).toEqual([]);
    const openapi = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    for (const [path, methods] of Object.entries(openapi.paths)) {
      for (const method of Object.keys(methods)) {
        const key = routeKey(method.toUpperCase(), path.replace(/\{(\w+)\}/g, ':$1'));
        expect(matrix, `matrix entry for ${key}`).toHaveProperty([key]);
      }
    }
  });

  it('shows the owner their own marks, so the leak checks can fail', async () => {
    const world = await buildWorld(t);
    const urls = [
      '/api/me',
      '/api/auth/sessions',
      '/api/questions/today',
      '/api/primer',
      '/api/check/results',
      '/api/pulse',
      '/api/for-you',
      '/api/plan',
      '/api/today',
    ];
    const bodies = await Promise.all(
      urls.map(async (url) => (await world.owner.request('GET', url)).body),
    );
    for (const [topic, marks] of Object.entries(ownerMarks(world))) {
      expect(marks.length, topic).toBeGreaterThan(0);
      for (const mark of marks) {
        expect(
          bodies.some((body) => body.includes(mark)),
          `${topic}: ${mark}`,
        ).toBe(true);
      }
    }
  });

  async function perform(
    world: World,
    actor: Actor,
    method: string,
    call: Call,
  ): Promise<LightMyRequestResponse> {
    const url = call.url as string;
    if (actor === 'anonymous') return t.anonymous(method as 'GET', url, call.body);
    return world[actor].request(method as 'GET', url, call.body);
  }

  /**
   * Server-Sent Events are a stream: over a real connection of its own, read
   * the status and the first chunk (an error answer whole), then hang up.
   */
  function performStream(
    world: World,
    actor: Actor,
    url: string,
  ): Promise<{ status: number; body: string }> {
    const headers: Record<string, string> =
      actor === 'anonymous' ? {} : { cookie: `rekindle_session=${world[actor].cookie}` };
    return new Promise((resolve, reject) => {
      // No agent: the socket is not kept alive for reuse, so none lingers to delay app.close().
      const req = httpRequest(`${baseUrl}${url}`, { headers, agent: false }, (res) => {
        const status = res.statusCode ?? 0;
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
          if (status === 200) {
            resolve({ status, body });
            req.destroy();
          }
        });
        res.on('end', () => resolve({ status, body }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  for (const [key, entry] of Object.entries(matrix)) {
    const [method, pattern] = key.split(' ') as [string, string];
    describe(key, () => {
      let shared: World | undefined;
      beforeAll(async () => {
        if (!entry.worldPerCall) shared = await buildWorld(t);
      });

      for (const actor of actors) {
        it(`as ${actor} → ${entry.expect[actor]}`, async () => {
          const world = shared ?? (await buildWorld(t));
          const call = { url: pattern, ...entry.call(world, actor) };
          if (pattern === '/api/events') {
            const stream = await performStream(world, actor, pattern);
            expect(stream.status).toBe(entry.expect[actor]);
            expectNothingOfOwner(stream.body, actor, world, entry.reveals?.[actor]);
            return;
          }
          const res = await perform(world, actor, method, call);
          expect(res.statusCode, res.body).toBe(entry.expect[actor]);
          expect(res.body).not.toMatch(/\bat .+\(.+:\d+:\d+\)/);
          if (res.statusCode >= 400)
            expect(Object.keys(res.json().error).sort()).toEqual(['code', 'message']);
          entry.check?.(res, actor, world);
          expectNothingOfOwner(res.body, actor, world, entry.reveals?.[actor]);
          if (entry.sameAsMissing?.actors.includes(actor)) {
            const missing = await perform(world, actor, method, {
              url: pattern,
              ...entry.sameAsMissing.missing(world),
            });
            expect(res.statusCode).toBe(missing.statusCode);
            expect(res.body).toBe(missing.body);
          }
        });
      }
    });
  }
});
