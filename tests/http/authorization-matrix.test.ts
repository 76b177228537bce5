/**
 * The authorization matrix: every route the app serves is called as the
 * owner of a record, their partner, a stranger and an anonymous caller, and
 * the expected answer for each is asserted. Each feature declares the entries
 * of the routes it registers in `src/server/features/<feature>/<feature>.matrix.ts`
 * (types in tests/support/matrix.ts); infrastructure routes are in this file.
 * A route without an entry in its own feature's matrix fails the suite, and a
 * feature id without a matrix does not compile.
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
import { accountsMatrix } from '../../src/server/features/accounts/accounts.matrix';
import {
  buildChallengesWorld,
  challengesMatrix,
} from '../../src/server/features/challenges/challenges.matrix';
import { checkMatrix } from '../../src/server/features/check/check.matrix';
import {
  buildCheckinsWorld,
  checkinsMatrix,
} from '../../src/server/features/checkins/checkins.matrix';
import { coupleMatrix } from '../../src/server/features/couple/couple.matrix';
import { buildDatesWorld, datesMatrix } from '../../src/server/features/dates/dates.matrix';
import { buildDecksWorld, decksMatrix } from '../../src/server/features/decks/decks.matrix';
import { dialogueMatrix } from '../../src/server/features/dialogue/dialogue.matrix';
import {
  buildExercisesWorld,
  exercisesMatrix,
} from '../../src/server/features/exercises/exercises.matrix';
import { buildExportWorld, exportMatrix } from '../../src/server/features/export/export.matrix';
import type { FeatureId } from '../../src/server/features/feature';
import {
  buildGesturesWorld,
  gesturesMatrix,
} from '../../src/server/features/gestures/gestures.matrix';
import {
  buildInterestsWorld,
  interestsMatrix,
} from '../../src/server/features/interests/interests.matrix';
import { buildLibraryWorld, libraryMatrix } from '../../src/server/features/library/library.matrix';
import {
  listeningMatrix,
  runListeningSession,
} from '../../src/server/features/listening/listening.matrix';
import { buildNotesWorld, notesMatrix } from '../../src/server/features/notes/notes.matrix';
import {
  buildNotificationsWorld,
  notificationsMatrix,
} from '../../src/server/features/notifications/notifications.matrix';
import { personalMatrix } from '../../src/server/features/personal/personal.matrix';
import { planMatrix } from '../../src/server/features/plan/plan.matrix';
import { primerMatrix } from '../../src/server/features/primer/primer.matrix';
import { progressMatrix } from '../../src/server/features/progress/progress.matrix';
import {
  buildProjectsWorld,
  projectsMatrix,
} from '../../src/server/features/projects/projects.matrix';
import { buildRhythmWorld, rhythmMatrix } from '../../src/server/features/rhythm/rhythm.matrix';
import { buildSignalsWorld, signalsMatrix } from '../../src/server/features/signals/signals.matrix';
import { ssoMatrix } from '../../src/server/features/sso/sso.matrix';
import { supportMatrix } from '../../src/server/features/support/support.matrix';
import { todayMatrix } from '../../src/server/features/today/today.matrix';
import {
  buildVulnerabilityWorld,
  vulnerabilityMatrix,
} from '../../src/server/features/vulnerability/vulnerability.matrix';
import { dialects } from '../support/databases';
import {
  type Actor,
  type Call,
  expectNothingOfOwner,
  type FeatureMatrix,
  none,
  OWNER_PULSE,
  ownerMarks,
  REFLECTION_TEXT,
  type RouteCase,
  SECRET_TEXT,
  type World,
} from '../support/matrix';
import { createTestApp, type TestApp } from '../support/test-app';

/** The order the calls of one route run in, sharing one world: the owner last. */
const actors: Actor[] = ['partner', 'stranger', 'anonymous', 'owner'];

/** Routes no feature registers (routeCatalog's `feature` is null). */
const infrastructure: FeatureMatrix = {
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
  // The source of what runs (AGPL-3.0 §13), for anyone: plugins/source.ts.
  'GET /source': {
    call: none,
    expect: { owner: 200, partner: 200, stranger: 200, anonymous: 200 },
  },
  'GET /api/events': {
    call: none,
    expect: { owner: 200, partner: 200, stranger: 200, anonymous: 401 },
  },
};

/** Every feature's entries; a feature id without its matrix does not compile. */
const byFeature: Record<FeatureId, FeatureMatrix> = {
  notifications: notificationsMatrix,
  export: exportMatrix,
  rhythm: rhythmMatrix,
  library: libraryMatrix,
  signals: signalsMatrix,
  accounts: accountsMatrix,
  couple: coupleMatrix,
  dialogue: dialogueMatrix,
  primer: primerMatrix,
  personal: personalMatrix,
  support: supportMatrix,
  check: checkMatrix,
  plan: planMatrix,
  progress: progressMatrix,
  today: todayMatrix,
  decks: decksMatrix,
  listening: listeningMatrix,
  checkins: checkinsMatrix,
  gestures: gesturesMatrix,
  notes: notesMatrix,
  dates: datesMatrix,
  exercises: exercisesMatrix,
  vulnerability: vulnerabilityMatrix,
  projects: projectsMatrix,
  challenges: challengesMatrix,
  interests: interestsMatrix,
  sso: ssoMatrix,
};

/** All entries, infrastructure first; the test below checks each sits with the feature that registered it. */
const matrix: Record<string, RouteCase> = Object.fromEntries(
  [infrastructure, ...Object.values(byFeature)].flatMap((entries) => Object.entries(entries)),
);

/** The web app's static files and page fallback: public, tested in tests/http/static.test.ts. */
const STATIC_FILES = 'GET /*';

function isFeatureId(id: string): id is FeatureId {
  return Object.hasOwn(byFeature, id);
}

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
  const vulnerability = await buildVulnerabilityWorld(owner, partner);
  const projects = await buildProjectsWorld(owner);
  const listeningSessionId = await runListeningSession(owner, partner);
  const decks = await buildDecksWorld(owner, partner, today.day);
  const gestures = await buildGesturesWorld(owner);
  const notes = await buildNotesWorld(owner, t.clock.now());
  const checkins = await buildCheckinsWorld(owner, partner);
  const exercises = await buildExercisesWorld(partner);
  const dates = await buildDatesWorld(owner, partner);
  const challenges = await buildChallengesWorld(owner, partner);
  const interests = await buildInterestsWorld(owner, partner);
  const signals = await buildSignalsWorld(owner);
  const library = await buildLibraryWorld(owner);
  const notifications = await buildNotificationsWorld(owner);
  const rhythm = await buildRhythmWorld(owner);
  const exportTicket = await buildExportWorld(owner);
  return {
    notifications,
    rhythm,
    export: exportTicket,
    challenges,
    interests,
    signals,
    library,
    exercises,
    dates,
    gestures,
    notes,
    checkins,
    primerCardId,
    ownerCheckId: check.json().id,
    owner,
    partner,
    stranger,
    inviteCode: invite.code,
    questionId: today.question.id,
    ownerOtherSessionId: other.id,
    ownerSessionIds: sessions.map((session) => session.id),
    vulnerability,
    projects,
    listeningSessionId,
    decks,
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

  it('has an entry for every route the app serves, in the matrix of the feature that registered it', () => {
    const problems: string[] = [];
    const registered = new Set<string>();
    for (const route of t.app.routeCatalog) {
      const key = routeKey(route.method, route.url);
      if (key === STATIC_FILES) continue;
      const owner = route.feature ?? 'infrastructure';
      registered.add(`${owner} ${key}`);
      if (route.feature !== null && !isFeatureId(route.feature)) {
        problems.push(`${key}: registered by ${route.feature}, which is not a FeatureId`);
        continue;
      }
      const entries = route.feature === null ? infrastructure : byFeature[route.feature];
      if (!(key in entries)) problems.push(`${key}: no entry in the ${owner} matrix`);
    }
    // And no entry for a route its feature does not register.
    for (const [owner, entries] of [
      ['infrastructure', infrastructure] as const,
      ...Object.entries(byFeature),
    ])
      for (const key of Object.keys(entries))
        if (!registered.has(`${owner} ${key}`))
          problems.push(`${key}: in the ${owner} matrix, not registered by it`);
    expect(problems).toEqual([]);
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
      '/api/vulnerability',
      '/api/listening/summary',
      '/api/decks/own/questions',
      `/api/deck-cards/${world.decks.cardId}`,
      '/api/gestures',
      '/api/notes/sent',
      '/api/checkins/current',
      `/api/dates/${world.dates.dateId}`,
      '/api/challenges/current',
      '/api/travel',
      '/api/support/signals',
      '/api/support/week',
      '/api/articles',
      '/api/notebook',
      '/api/me/push-subscriptions',
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
  }, 120_000);

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
