/**
 * Active-listening sessions: a couple takes turns to speak and to listen, on
 * both devices at once (kept in step by live events) or on one shared device.
 * The rules of the turns and the timer are in core/listening.ts; this file
 * stores the state, serialises the two devices' actions, and keeps each
 * speaker's "I felt heard" private unless they share it.
 */
import { localDay } from '../../../core/calendar';
import {
  applyAction,
  mayChooseTopic,
  mayRate,
  newListeningState,
  settle,
} from '../../../core/listening';
import type {
  ListeningActionBody,
  ListeningRatingBody,
  ListeningSession,
  ListeningTopicBody,
  StartListeningBody,
} from '../../../shared/listening-api';
import type { Db } from '../../db/database';
import type { AuthContext } from '../../lib/auth-context';
import { DomainError, notFound } from '../../lib/errors';
import { newId } from '../../lib/tokens';
import type { ServiceDeps } from '../deps';
import {
  columnsOf,
  findPrompt,
  myTurnOf,
  presentSession,
  roleOf,
  sameState,
  speakersOf,
  stateOf,
} from './listening.present';
import {
  findMyRating,
  findOpenSession,
  findSession,
  findTurns,
  findVisibleRatings,
  insertRating,
  insertSession,
  insertTurns,
  lockSession,
  type SessionRow,
  setTopic,
  updateRatingShare,
  updateSessionState,
} from './listening.repository';

type Couple = NonNullable<AuthContext['couple']>;

function requireCouple(auth: AuthContext): Couple {
  if (!auth.couple) {
    throw new DomainError('not_linked', 'A listening session needs your partner: link up first.');
  }
  return auth.couple;
}

/**
 * The session of my current couple, or "not found": a session of another
 * couple (one I have left, or never was in) gets the same answer as one
 * that does not exist.
 */
async function requireSessionOfMine(
  db: Db,
  auth: AuthContext,
  sessionId: string,
): Promise<SessionRow> {
  const row = await findSession(db, sessionId);
  if (!row || !auth.couple || row.couple_id !== auth.couple.id) throw notFound();
  return row;
}

/** A topic as stored: a prompt of the list, or the speaker's own words. */
function topicColumns(
  deps: Pick<ServiceDeps, 'catalog'>,
  topic: ListeningTopicBody | null,
): { promptId: string | null; topic: string | null } {
  if (topic === null) return { promptId: null, topic: null };
  if ('text' in topic) return { promptId: null, topic: topic.text };
  if (!findPrompt(deps.catalog, topic.promptId)) {
    throw new DomainError('validation_failed', 'That topic is not in the list.');
  }
  return { promptId: topic.promptId, topic: null };
}

async function publishChange(
  deps: Pick<ServiceDeps, 'bus'>,
  couple: Couple,
  sessionId: string,
): Promise<void> {
  await deps.bus.publish([couple.partnerId], { type: 'listening.changed', sessionId }, couple.id);
}

/** The session as I see it now. */
async function viewOf(
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'catalog'>,
  auth: AuthContext,
  row: SessionRow,
): Promise<ListeningSession> {
  const now = deps.clock.now();
  const [turns, ratings] = await Promise.all([
    findTurns(deps.db, row.id),
    findVisibleRatings(deps.db, [row.id], auth.user.id),
  ]);
  return presentSession(deps.catalog, auth, {
    row,
    state: settle(stateOf(row), now),
    turns,
    ratings,
    now,
  });
}

/**
 * Starts a session for my couple, or gives back the one under way: a couple
 * has one session at a time, so two partners starting at once both land in
 * the same one. A session left untouched for hours counts as ended and makes
 * room for the new one.
 */
export async function startSession(
  deps: Pick<ServiceDeps, 'db' | 'dialect' | 'clock' | 'catalog' | 'bus'>,
  auth: AuthContext,
  body: StartListeningBody,
): Promise<{ created: boolean; session: ListeningSession }> {
  const couple = requireCouple(auth);
  const iSpeakFirst = body.firstSpeaker === 'me';
  if (body.topic && body.mode === 'together' && !iSpeakFirst) {
    throw new DomainError(
      'validation_failed',
      'Your partner chooses the topic of their own turn, on their device.',
    );
  }
  const topic = topicColumns(deps, body.topic ?? null);
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const open = await findOpenSession(trx, deps.dialect, couple.id, true);
    if (open) {
      const settled = settle(stateOf(open), now);
      if (settled.phase !== 'ended') return { created: false, id: open.id };
      await updateSessionState(trx, open.id, columnsOf(settled), open.version + 1);
    }
    const id = newId();
    const state = newListeningState(body.seconds, now);
    const inserted = await insertSession(trx, {
      id,
      couple_id: couple.id,
      started_by: auth.user.id,
      mode: body.mode,
      turn_ms: state.turnMs,
      version: 1,
      day: localDay(now, couple.timeZone),
      created_at: nowIso,
      ...columnsOf(state),
    });
    if (!inserted) {
      // The partner's start got there first: theirs is the session.
      const theirs = await findOpenSession(trx, deps.dialect, couple.id, false);
      if (!theirs) throw new Error('A listening session was neither inserted nor found');
      return { created: false, id: theirs.id };
    }
    const [first, second] = iSpeakFirst
      ? [auth.user.id, couple.partnerId]
      : [couple.partnerId, auth.user.id];
    await insertTurns(trx, [
      {
        session_id: id,
        turn: 1,
        speaker_id: first,
        prompt_id: topic.promptId,
        topic: topic.topic,
        updated_at: nowIso,
      },
      {
        session_id: id,
        turn: 2,
        speaker_id: second,
        prompt_id: null,
        topic: null,
        updated_at: nowIso,
      },
    ]);
    return { created: true, id };
  });
  if (outcome.created) await publishChange(deps, couple, outcome.id);
  const row = await findSession(deps.db, outcome.id);
  if (!row) throw notFound();
  return { created: outcome.created, session: await viewOf(deps, auth, row) };
}

export async function getSession(
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'catalog'>,
  auth: AuthContext,
  sessionId: string,
): Promise<ListeningSession> {
  const row = await requireSessionOfMine(deps.db, auth, sessionId);
  return viewOf(deps, auth, row);
}

const REFUSED: Record<'role' | 'phase', string> = {
  role: 'That step is the speaker’s to take.',
  phase: 'The session has moved on, so that step is not open now.',
};

/**
 * One person's press on their device: start, pause, resume, reflect, swap,
 * finish or end. The session's row is locked for the transaction, so presses
 * from both devices at once are applied one after the other; a late
 * duplicate (both pressed pause) changes nothing. With "start", the speaker
 * may set their topic in the same step.
 */
export async function actOnSession(
  deps: Pick<ServiceDeps, 'db' | 'dialect' | 'clock' | 'catalog' | 'bus'>,
  auth: AuthContext,
  sessionId: string,
  body: ListeningActionBody,
): Promise<ListeningSession> {
  if (body.topic !== undefined && body.action !== 'start') {
    throw new DomainError('validation_failed', 'A topic is chosen when a turn starts.');
  }
  const topic = body.topic === undefined ? undefined : topicColumns(deps, body.topic);
  const now = deps.clock.now();
  const changed = await deps.db.transaction().execute(async (trx) => {
    await lockSession(trx, deps.dialect, sessionId);
    const row = await requireSessionOfMine(trx, auth, sessionId);
    const turns = await findTurns(trx, row.id);
    const stored = stateOf(row);
    const role = roleOf(row, settle(stored, now), turns, auth.user.id);
    const outcome = applyAction(stored, { action: body.action, turn: body.turn }, role, now);
    if (outcome.kind === 'refused')
      throw new DomainError('validation_failed', REFUSED[outcome.reason]);
    if (outcome.kind === 'changed' && topic && mayChooseTopic(settle(stored, now), body.turn)) {
      await setTopic(trx, { sessionId, turn: body.turn, ...topic, nowIso: now.toISOString() });
    }
    if (sameState(stored, outcome.state)) return false;
    await updateSessionState(trx, row.id, columnsOf(outcome.state), row.version + 1);
    return outcome.kind === 'changed';
  });
  if (changed && auth.couple) await publishChange(deps, auth.couple, sessionId);
  return getSession(deps, auth, sessionId);
}

/**
 * The speaker's "I felt heard" for their own turn, once the session has
 * ended. Private unless they tick "share": then, and only then, the listener
 * sees it beside the session (and hears of it live). The rating itself is
 * kept as first given, so the listener's average never moves because one
 * was changed; whether it is shared can change.
 */
export async function rateTurn(
  deps: Pick<ServiceDeps, 'db' | 'dialect' | 'clock' | 'catalog' | 'bus'>,
  auth: AuthContext,
  sessionId: string,
  body: ListeningRatingBody,
): Promise<ListeningSession> {
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  const partnerSees = await deps.db.transaction().execute(async (trx) => {
    await lockSession(trx, deps.dialect, sessionId);
    const row = await requireSessionOfMine(trx, auth, sessionId);
    const couple = requireCouple(auth);
    const turns = await findTurns(trx, row.id);
    const turn = myTurnOf(turns, auth.user.id);
    if (turn === null || !mayRate(settle(stateOf(row), now), turn)) {
      throw new DomainError(
        'validation_failed',
        'You can rate your turn once the session has ended and you have had your turn.',
      );
    }
    const existing = await findMyRating(trx, row.id, turn, auth.user.id);
    if (existing) {
      if (existing.rating !== body.rating) {
        throw new DomainError(
          'answer_locked',
          'Your rating is kept as you gave it. You can still choose whether to share it.',
        );
      }
      const wasShared = existing.shared === 1;
      if (wasShared === body.share) return false;
      await updateRatingShare(trx, { sessionId: row.id, turn, shared: body.share, nowIso });
      return true;
    }
    const { first, second } = speakersOf(turns);
    await insertRating(trx, {
      session_id: row.id,
      turn,
      speaker_id: auth.user.id,
      listener_id: (turn === 1 ? second : first) || null,
      couple_id: couple.id,
      rating: body.rating,
      shared: body.share ? 1 : 0,
      day: localDay(now, couple.timeZone),
      created_at: nowIso,
      updated_at: nowIso,
    });
    return body.share;
  });
  // A private rating sends nothing: the partner cannot tell whether, or when, one was given.
  if (partnerSees && auth.couple) await publishChange(deps, auth.couple, sessionId);
  return getSession(deps, auth, sessionId);
}
