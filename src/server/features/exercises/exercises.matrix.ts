/**
 * Authorization-matrix entries for the guided exercises: one per route. Run
 * by tests/http/authorization-matrix.test.ts; only tests import this file.
 *
 * The world's owner was routed to private support by the private screen, so
 * exercises are not offered to them: their list is empty and every exercise
 * and run answers exactly like one that does not exist. Stopping is the one
 * thing they can still do. The run in the world is the partner's invitation.
 */
import { expect } from 'vitest';
import { type FeatureMatrix, none, own, type World } from '../../../../tests/support/matrix';
import type { Person } from '../../../../tests/support/test-app';

const EXERCISE_ID = 'ex-breathing-in-step';
const MISSING_EXERCISE = 'ex-no-such-exercise';
const MISSING_RUN = 'AAAAAAAAAAAAAAAAAAAAAA';

/** The partner invites the owner to breathe in step (the owner never joins). */
export async function buildExercisesWorld(
  partner: Person,
): Promise<{ runId: string; exerciseId: string }> {
  const started = await partner.request('POST', `/api/exercises/${EXERCISE_ID}/runs`, {
    mode: 'together',
    ready: true,
  });
  if (started.statusCode !== 200) throw new Error(`exercise run: ${started.body}`);
  return { runId: started.json().id, exerciseId: EXERCISE_ID };
}

const runUrl = (w: World, action?: string) =>
  `/api/exercise-runs/${w.exercises.runId}${action ? `/${action}` : ''}`;
const missingRunUrl = (action?: string) =>
  `/api/exercise-runs/${MISSING_RUN}${action ? `/${action}` : ''}`;

/** Not offered to the owner, unknown to a stranger: both get the answer for a run that does not exist. */
const hiddenRun = { owner: 404, partner: 200, stranger: 404, anonymous: 401 };

export const exercisesMatrix: FeatureMatrix = {
  'GET /api/exercises': {
    call: none,
    expect: own,
    check: (res, actor) => {
      if (actor === 'anonymous') return;
      const count = res.json().exercises.length;
      if (actor === 'owner') expect(count).toBe(0);
      else expect(count).toBeGreaterThanOrEqual(15);
    },
  },
  'GET /api/exercises/:exerciseId': {
    call: (w) => ({ url: `/api/exercises/${w.exercises.exerciseId}` }),
    expect: { owner: 404, partner: 200, stranger: 200, anonymous: 401 },
    sameAsMissing: {
      actors: ['owner'],
      missing: () => ({ url: `/api/exercises/${MISSING_EXERCISE}` }),
    },
  },
  // A run already under way for the couple is the partner's answer; a stranger alone starts one on their own screen.
  'POST /api/exercises/:exerciseId/runs': {
    call: (w) => ({
      url: `/api/exercises/${w.exercises.exerciseId}/runs`,
      body: { mode: 'one-device', ready: true },
    }),
    expect: { owner: 404, partner: 200, stranger: 200, anonymous: 401 },
    sameAsMissing: {
      actors: ['owner'],
      missing: () => ({
        url: `/api/exercises/${MISSING_EXERCISE}/runs`,
        body: { mode: 'one-device', ready: true },
      }),
    },
    check: (res, actor, w) => {
      if (actor === 'partner') expect(res.json().id).toBe(w.exercises.runId);
      if (actor === 'stranger') expect(res.json().id).not.toBe(w.exercises.runId);
    },
  },
  'GET /api/exercise-runs/current': {
    call: none,
    expect: own,
    check: (res, actor, w) => {
      if (actor === 'anonymous') return;
      const run = res.json().run;
      if (actor === 'partner') expect(run.id).toBe(w.exercises.runId);
      else expect(run).toBeNull();
    },
  },
  'GET /api/exercise-runs/:runId': {
    call: (w) => ({ url: runUrl(w) }),
    expect: hiddenRun,
    sameAsMissing: { actors: ['owner', 'stranger'], missing: () => ({ url: missingRunUrl() }) },
  },
  // The partner started it, so their "ready" again changes nothing; the owner cannot join.
  'POST /api/exercise-runs/:runId/consent': {
    call: (w) => ({ url: runUrl(w, 'consent') }),
    expect: hiddenRun,
    sameAsMissing: {
      actors: ['owner', 'stranger'],
      missing: () => ({ url: missingRunUrl('consent') }),
    },
    check: (res, actor) => {
      if (actor === 'partner') expect(res.json().status).toBe('invited');
    },
  },
  // Anyone in the couple can always stop, whatever their route; a second stop changes nothing.
  'POST /api/exercise-runs/:runId/stop': {
    call: (w) => ({ url: runUrl(w, 'stop') }),
    expect: { owner: 204, partner: 204, stranger: 404, anonymous: 401 },
    sameAsMissing: { actors: ['stranger'], missing: () => ({ url: missingRunUrl('stop') }) },
  },
  // Nothing to finish before both are ready: the partner's run stays as it is.
  'POST /api/exercise-runs/:runId/finish': {
    call: (w) => ({ url: runUrl(w, 'finish') }),
    expect: hiddenRun,
    sameAsMissing: {
      actors: ['owner', 'stranger'],
      missing: () => ({ url: missingRunUrl('finish') }),
    },
    check: (res, actor) => {
      if (actor === 'partner') expect(res.json().status).toBe('invited');
    },
  },
};
