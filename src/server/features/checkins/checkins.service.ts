/**
 * The weekly check-in's use-cases: preparing privately, walking through it
 * together in focus mode, and looking after one's own concerns. The check-in
 * row is locked while a step or a note changes, so two partners acting at
 * once are serialised: a step moves once, and a note is revealed exactly
 * when its step comes.
 */
import { moveStep } from '../../../core/checkin';
import type { CheckinState, PrepBody, StepBody } from '../../../shared/checkins-api';
import type { Db } from '../../db/database';
import type { AuthContext } from '../../lib/auth-context';
import { notFound } from '../../lib/errors';
import { newId } from '../../lib/tokens';
import type { ServiceDeps } from '../deps';
import { savePulse } from '../progress/progress.queries';
import { presentPartnerNotes } from './checkins.present';
import {
  type CheckinRow,
  countPrepsOfConcern,
  deleteConcernIfUnused,
  findConcernOf,
  findPreps,
  insertConcern,
  lockCheckin,
  type PrepRow,
  updateConcern,
  updateStep,
  upsertPrep,
} from './checkins.repository';
import { getCheckinState, requireCurrent } from './checkins.state';

type Couple = NonNullable<AuthContext['couple']>;

/** Tells my partner's devices to refetch: ids only, and only when what they may see changed. */
export async function announceChange(
  deps: Pick<ServiceDeps, 'bus'>,
  couple: Pick<Couple, 'id' | 'partnerId'>,
  checkinId: string | null,
): Promise<void> {
  await deps.bus.publish([couple.partnerId], { type: 'checkin.changed', checkinId }, couple.id);
}

function emptyPrep(checkinId: string, userId: string): PrepRow {
  return {
    checkin_id: checkinId,
    user_id: userId,
    appreciation: null,
    success: null,
    concern: null,
    concern_id: null,
    concern_private: 0,
    goals: null,
    pulse_week: null,
  };
}

/**
 * Which concern this week's words belong to: the open one of mine they carry
 * on, the one this preparation already started, or a new one.
 */
async function concernIdFor(
  db: Db,
  input: {
    auth: AuthContext;
    couple: Couple;
    before: PrepRow;
    continues: string | null;
    nowIso: string;
  },
): Promise<string> {
  const { auth, couple, before, continues } = input;
  if (continues !== null) {
    const found = await findConcernOf(db, auth.user.id, continues);
    if (!found || found.couple_id !== couple.id) throw notFound();
    if (found.resolved === 1) await updateConcern(db, auth.user.id, continues, { resolved: 0 });
    return continues;
  }
  // Started in this very preparation (carried nowhere else): the same concern, reworded.
  if (before.concern_id && (await countPrepsOfConcern(db, before.concern_id)) === 1) {
    return before.concern_id;
  }
  const id = newId();
  await insertConcern(db, { id, userId: auth.user.id, coupleId: couple.id, nowIso: input.nowIso });
  return id;
}

/**
 * Saves my preparation, a part at a time. Before focus mode reaches a note
 * nothing of it reaches my partner: no event, no count, no changed answer.
 * Typed during focus mode for a step that has come, it appears on their
 * screen at once. Ratings are saved as my weekly pulse.
 */
export async function savePrep(
  deps: Pick<ServiceDeps, 'db' | 'dialect' | 'clock' | 'bus'>,
  auth: AuthContext,
  body: PrepBody,
): Promise<CheckinState> {
  const { couple, row } = await requireCurrent(deps, auth);
  const nowIso = deps.clock.now().toISOString();
  const changed = await deps.db.transaction().execute(async (trx) => {
    const locked = await lockCheckin(trx, deps.dialect, row.id);
    if (!locked) throw notFound();
    const before =
      (await findPreps(trx, row.id)).find((p) => p.user_id === auth.user.id) ??
      emptyPrep(row.id, auth.user.id);
    const next: PrepRow = { ...before };
    if (body.appreciation !== undefined) next.appreciation = body.appreciation;
    if (body.success !== undefined) next.success = body.success;
    if (body.goals !== undefined) next.goals = body.goals;
    if (body.concern === null) {
      Object.assign(next, { concern: null, concern_id: null, concern_private: 0 });
    } else if (body.concern !== undefined) {
      next.concern = body.concern.text;
      next.concern_private = body.concern.private ? 1 : 0;
      next.concern_id = await concernIdFor(trx, {
        auth,
        couple,
        before,
        continues: body.concern.continues,
        nowIso,
      });
    }
    if (body.ratings !== undefined) {
      next.pulse_week = (await savePulse({ db: trx, clock: deps.clock }, auth, body.ratings)).week;
    }
    await upsertPrep(trx, { ...next, nowIso });
    if (before.concern_id && before.concern_id !== next.concern_id) {
      await deleteConcernIfUnused(trx, auth.user.id, before.concern_id);
    }
    const seen = (prep: PrepRow) => JSON.stringify(presentPartnerNotes(prep, locked.step));
    return seen(before) !== seen(next);
  });
  if (changed) await announceChange(deps, couple, row.id);
  return getCheckinState(deps, auth);
}

/**
 * Moves focus mode one step on (or back), for both of us. `from` is the step
 * the person saw: when both press "Next" at once, the second press finds the
 * step already moved and changes nothing.
 */
export async function moveFocusStep(
  deps: Pick<ServiceDeps, 'db' | 'dialect' | 'clock' | 'bus'>,
  auth: AuthContext,
  body: StepBody,
): Promise<CheckinState> {
  const { couple, row } = await requireCurrent(deps, auth);
  const moved = await deps.db.transaction().execute(async (trx) => {
    const locked: CheckinRow | undefined = await lockCheckin(trx, deps.dialect, row.id);
    if (!locked) throw notFound();
    if (locked.step !== body.from) return false;
    const next = moveStep(locked.step, body.direction);
    if (next === locked.step) return false;
    await updateStep(trx, row.id, next);
    return true;
  });
  if (moved) await announceChange(deps, couple, row.id);
  return getCheckinState(deps, auth);
}

/** Calls one of my own concerns resolved, or still open. Only I ever see this. */
export async function setConcernResolved(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  auth: AuthContext,
  concernId: string,
  resolved: boolean,
): Promise<CheckinState> {
  const found = await findConcernOf(deps.db, auth.user.id, concernId);
  if (!found) throw notFound();
  await updateConcern(deps.db, auth.user.id, concernId, { resolved: resolved ? 1 : 0 });
  return getCheckinState(deps, auth);
}

/** Sets aside the gentle note about a concern of mine: it is not raised again. */
export async function dismissNudge(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  auth: AuthContext,
  concernId: string,
): Promise<CheckinState> {
  const found = await findConcernOf(deps.db, auth.user.id, concernId);
  if (!found) throw notFound();
  await updateConcern(deps.db, auth.user.id, concernId, { nudge_dismissed: 1 });
  return getCheckinState(deps, auth);
}
