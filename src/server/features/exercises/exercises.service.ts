/**
 * Guided exercises for two. A run belongs to the couple (or, on one device,
 * to a person not linked yet); its state is read from its times by the rules
 * in core/exercises.ts, so both phones draw the same moment.
 *
 * A person whose private screen routed them to the individual track is not
 * offered exercises at all: their list is empty and every exercise and run is
 * "not found" to them, exactly as for something that does not exist. Nothing
 * here reads the partner's route, so the partner's answers are the same
 * whether or not the other has the flag; an invitation the other never joins
 * simply lapses. Stopping is the one thing anyone in the couple can always do.
 */
import { localDay } from '../../../core/calendar';
import {
  applyRunAction,
  clampPace,
  inviteExpiresAt,
  isActive,
  type RunAction,
  type RunTimes,
  runStatus,
  START_LEAD_SECONDS,
  totalSeconds,
} from '../../../core/exercises';
import { mayOfferCoupleActivities } from '../../../core/private-screen';
import type {
  CurrentRun,
  Exercise,
  ExerciseList,
  ExerciseListQuery,
  Run,
  RunMode,
} from '../../../shared/exercises-api';
import type { AuthContext } from '../../lib/auth-context';
import { DomainError, notFound } from '../../lib/errors';
import { newId } from '../../lib/tokens';
import type { ServiceDeps } from '../deps';
import { lifeEventScope, livesApartOn } from '../rhythm/rhythm.queries';
import { exercisesOf, summaryOf } from './exercises.catalog';
import {
  findActiveRun,
  findRunInScope,
  insertActiveRun,
  markEnded,
  markStarted,
  type RunRow,
  releaseRun,
} from './exercises.repository';

interface Scope {
  key: string;
  coupleId: string | null;
}

/** A couple's runs are shared by both partners; a person alone has their own. */
function scopeOf(auth: AuthContext): Scope {
  return auth.couple
    ? { key: `c:${auth.couple.id}`, coupleId: auth.couple.id }
    : { key: `u:${auth.user.id}`, coupleId: null };
}

function isOffered(auth: AuthContext): boolean {
  return mayOfferCoupleActivities(auth.route);
}

function timesOf(row: RunRow): RunTimes {
  const at = (iso: string | null) => (iso === null ? null : Date.parse(iso));
  return {
    invitedAt: Date.parse(row.created_at),
    startedAt: at(row.started_at),
    stoppedAt: at(row.stopped_at),
    finishedAt: at(row.finished_at),
    totalSeconds: row.total_seconds,
  };
}

/** A run as the person asking sees it: no times once it has ended, and never who stopped it. */
function present(row: RunRow, exercise: Exercise, auth: AuthContext, now: Date): Run {
  const times = timesOf(row);
  const status = runStatus(times, now.getTime());
  const mine = row.started_by === auth.user.id;
  const bothReady = row.mode === 'one-device' || row.started_at !== null;
  return {
    id: row.id,
    mode: row.mode,
    status,
    pace: row.pace,
    startedAt: status === 'starting' || status === 'running' ? row.started_at : null,
    expiresAt: status === 'invited' ? new Date(inviteExpiresAt(times)).toISOString() : null,
    serverNow: now.toISOString(),
    startedByMe: mine,
    meReady: mine || bothReady,
    partnerReady: !mine || bothReady,
    exercise,
  };
}

/**
 * The exercises on offer, filtered by sort and length; none for someone not
 * offered them. While we live apart (a "long distance" life event of ours
 * holds today), only those that also work over a call, unless every one is
 * asked for (for a visit): then those for one room come after them.
 */
export async function listExercises(
  deps: Pick<ServiceDeps, 'catalog' | 'db' | 'clock'>,
  auth: AuthContext,
  query: ExerciseListQuery,
): Promise<ExerciseList> {
  if (!isOffered(auth)) return { exercises: [] };
  const { maxMinutes, category } = query;
  const fitting = exercisesOf(deps.catalog)
    .list.filter((e) => category === undefined || e.category === category)
    .filter((e) => maxMinutes === undefined || e.minutes <= maxMinutes);
  const couple = auth.couple;
  const apart =
    couple !== null &&
    (await livesApartOn(
      deps.db,
      lifeEventScope(auth.user.id, couple.id),
      localDay(deps.clock.now(), couple.timeZone),
    ));
  if (!apart) return { exercises: fitting.map(summaryOf) };
  const overACall = fitting.filter((e) => e.distance);
  const oneRoom = fitting.filter((e) => !e.distance);
  const included = query.all === 'true';
  return {
    exercises: (included ? [...overACall, ...oneRoom] : overACall).map(summaryOf),
    apart: { oneRoom: oneRoom.length, included },
  };
}

function requireExercise(deps: Pick<ServiceDeps, 'catalog'>, exerciseId: string): Exercise {
  const exercise = exercisesOf(deps.catalog).byId.get(exerciseId);
  if (!exercise) throw notFound();
  return exercise;
}

export function getExercise(
  deps: Pick<ServiceDeps, 'catalog'>,
  auth: AuthContext,
  exerciseId: string,
): Exercise {
  if (!isOffered(auth)) throw notFound();
  return requireExercise(deps, exerciseId);
}

/** A run of my scope with its exercise, or "not found" (also for a run of any other scope). */
async function requireRun(
  deps: Pick<ServiceDeps, 'db' | 'catalog'>,
  scope: Scope,
  runId: string,
): Promise<{ row: RunRow; exercise: Exercise }> {
  const row = await findRunInScope(deps.db, runId, scope.key);
  if (!row) throw notFound();
  return { row, exercise: requireExercise(deps, row.exercise_id) };
}

async function tellPartner(
  deps: Pick<ServiceDeps, 'bus'>,
  auth: AuthContext,
  runId: string,
): Promise<void> {
  if (!auth.couple) return;
  await deps.bus.publish([auth.couple.partnerId], { type: 'exercise.run', runId }, auth.couple.id);
}

/**
 * Starts a run: in step on both phones (an invitation the partner joins), or
 * on one device (both said they are ready on the same screen, so it begins
 * after the count-in). A couple has one active run at a time: when one is
 * already under way, that run is the answer.
 */
export async function startRun(
  deps: Pick<ServiceDeps, 'db' | 'catalog' | 'clock' | 'bus'>,
  auth: AuthContext,
  exerciseId: string,
  input: { mode: RunMode; pace: number },
): Promise<Run> {
  if (!isOffered(auth)) throw notFound();
  const exercise = requireExercise(deps, exerciseId);
  if (input.mode === 'together' && !auth.couple) {
    throw new DomainError(
      'not_linked',
      'Doing it in step on two phones needs a linked partner. You can do it together on this one.',
    );
  }
  const scope = scopeOf(auth);
  const now = deps.clock.now();
  const holder = await findActiveRun(deps.db, scope.key);
  if (holder) {
    if (isActive(runStatus(timesOf(holder), now.getTime()))) return presentRow(deps, holder, auth);
    await releaseRun(deps.db, holder.id);
  }
  const id = newId();
  const inserted = await insertActiveRun(deps.db, {
    id,
    scope: scope.key,
    couple_id: scope.coupleId,
    exercise_id: exercise.id,
    mode: input.mode,
    pace: exercise.pacer ? clampPace(input.pace) : 0,
    total_seconds: totalSeconds(exercise.steps),
    started_by: auth.user.id,
    created_at: now.toISOString(),
    started_at:
      input.mode === 'one-device'
        ? new Date(now.getTime() + START_LEAD_SECONDS * 1000).toISOString()
        : null,
  });
  const row = inserted
    ? await findRunInScope(deps.db, id, scope.key)
    : await findActiveRun(deps.db, scope.key);
  if (!row) throw notFound();
  if (inserted) await tellPartner(deps, auth, id);
  return presentRow(deps, row, auth);
}

function presentRow(
  deps: Pick<ServiceDeps, 'catalog' | 'clock'>,
  row: RunRow,
  auth: AuthContext,
): Run {
  return present(row, requireExercise(deps, row.exercise_id), auth, deps.clock.now());
}

/** The couple's run under way (invited, starting or running), if any. */
export async function getCurrentRun(
  deps: Pick<ServiceDeps, 'db' | 'catalog' | 'clock'>,
  auth: AuthContext,
): Promise<CurrentRun> {
  if (!isOffered(auth)) return { run: null };
  const row = await findActiveRun(deps.db, scopeOf(auth).key);
  if (!row) return { run: null };
  const exercise = exercisesOf(deps.catalog).byId.get(row.exercise_id);
  const now = deps.clock.now();
  if (!exercise || !isActive(runStatus(timesOf(row), now.getTime()))) return { run: null };
  return { run: present(row, exercise, auth, now) };
}

export async function getRun(
  deps: Pick<ServiceDeps, 'db' | 'catalog' | 'clock'>,
  auth: AuthContext,
  runId: string,
): Promise<Run> {
  if (!isOffered(auth)) throw notFound();
  const { row, exercise } = await requireRun(deps, scopeOf(auth), runId);
  return present(row, exercise, auth, deps.clock.now());
}

/**
 * Applies an action by the rules of core/exercises.ts. Each write is guarded
 * by the state it was decided on, so a stop and a "ready" at the same moment
 * never both win; anything that changes nothing is simply no change.
 */
async function act(
  deps: Pick<ServiceDeps, 'db' | 'catalog' | 'clock' | 'bus'>,
  auth: AuthContext,
  runId: string,
  action: RunAction,
): Promise<RunRow> {
  const scope = scopeOf(auth);
  // Not requireRun: a run can be stopped even if its exercise has left the library.
  const row = await findRunInScope(deps.db, runId, scope.key);
  if (!row) throw notFound();
  const now = deps.clock.now();
  // The one who started an invitation is ready already: their "ready" again changes nothing.
  const change =
    action === 'consent' && row.started_by === auth.user.id
      ? null
      : applyRunAction(timesOf(row), action, now.getTime());
  if (change === null) return row;
  const iso = (ms: number) => new Date(ms).toISOString();
  if ('startedAt' in change) await markStarted(deps.db, row.id, iso(change.startedAt));
  else if ('stoppedAt' in change)
    await markEnded(deps.db, row.id, { stopped_at: iso(change.stoppedAt) });
  else await markEnded(deps.db, row.id, { finished_at: iso(change.finishedAt) });
  await tellPartner(deps, auth, row.id);
  return (await findRunInScope(deps.db, row.id, scope.key)) ?? row;
}

/** The partner's "I'm ready" to an invitation: the run starts for both after the count-in. */
export async function consentToRun(
  deps: Pick<ServiceDeps, 'db' | 'catalog' | 'clock' | 'bus'>,
  auth: AuthContext,
  runId: string,
): Promise<Run> {
  if (!isOffered(auth)) throw notFound();
  return presentRow(deps, await act(deps, auth, runId, 'consent'), auth);
}

/**
 * Either partner stops the run, at any moment, for any reason; it simply ends
 * for both, and who stopped it is not kept. Stopping an ended run changes
 * nothing. Anyone in the couple may stop, whatever their route.
 */
export async function stopRun(
  deps: Pick<ServiceDeps, 'db' | 'catalog' | 'clock' | 'bus'>,
  auth: AuthContext,
  runId: string,
): Promise<void> {
  await act(deps, auth, runId, 'stop');
}

/** "We're done": ends a run under way as finished, before its last step is over. */
export async function finishRun(
  deps: Pick<ServiceDeps, 'db' | 'catalog' | 'clock' | 'bus'>,
  auth: AuthContext,
  runId: string,
): Promise<Run> {
  if (!isOffered(auth)) throw notFound();
  return presentRow(deps, await act(deps, auth, runId, 'finish'), auth);
}
