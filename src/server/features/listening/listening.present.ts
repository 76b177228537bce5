/**
 * How a listening session leaves the server, for the person asking: their
 * role, the timer as read now, the topics, and only the ratings they may
 * see (their own; their partner's only when it was shared).
 */
import type { Catalog } from '../../../content/load';
import type { ListeningPrompt } from '../../../content/schema';
import {
  type ActorRole,
  elapsedAt,
  isPaused,
  type ListeningState,
  mayChooseTopic,
  mayRate,
  roleIn,
  type Turn,
} from '../../../core/listening';
import type { ListeningSession } from '../../../shared/listening-api';
import type { AuthContext } from '../../lib/auth-context';
import type { RatingRow, SessionRow, SessionStateColumns, TurnRow } from './listening.repository';

export function asTurn(value: number): Turn {
  return value === 2 ? 2 : 1;
}

export function stateOf(row: SessionRow): ListeningState {
  return {
    phase: row.phase,
    turn: asTurn(row.turn),
    turnMs: row.turn_ms,
    spokenTurns: row.spoken_turns === 2 ? 2 : row.spoken_turns === 1 ? 1 : 0,
    runningSince: row.running_since,
    elapsedMs: row.elapsed_ms,
    pausedAt: row.paused_at,
    completed: row.completed === 1,
    updatedAt: row.updated_at,
    endedAt: row.ended_at,
  };
}

export function columnsOf(state: ListeningState): SessionStateColumns {
  return {
    phase: state.phase,
    turn: state.turn,
    spoken_turns: state.spokenTurns,
    running_since: state.runningSince,
    elapsed_ms: state.elapsedMs,
    paused_at: state.pausedAt,
    completed: state.completed ? 1 : 0,
    updated_at: state.updatedAt,
    ended_at: state.endedAt,
  };
}

/** Whether two states would be stored the same way. */
export function sameState(a: ListeningState, b: ListeningState): boolean {
  return JSON.stringify(columnsOf(a)) === JSON.stringify(columnsOf(b));
}

/** Who speaks in each turn, from the session's turns. */
export function speakersOf(turns: readonly TurnRow[]): { first: string; second: string } {
  const first = turns.find((t) => t.turn === 1)?.speaker_id ?? '';
  const second = turns.find((t) => t.turn === 2)?.speaker_id ?? '';
  return { first, second };
}

/** My role in the current turn: on one shared device, both in turn. */
export function roleOf(
  row: SessionRow,
  state: ListeningState,
  turns: readonly TurnRow[],
  userId: string,
): ActorRole {
  if (row.mode === 'shared-device') return 'both';
  return roleIn(state.turn, userId, speakersOf(turns)) ?? 'listener';
}

const promptCache = new WeakMap<Catalog, Map<string, ListeningPrompt>>();

/** A prompt of the list by id, if it is (still) there. */
export function findPrompt(catalog: Catalog, id: string): ListeningPrompt | undefined {
  let byId = promptCache.get(catalog);
  if (!byId) {
    byId = new Map(catalog.listeningPrompts.map((p) => [p.id, p]));
    promptCache.set(catalog, byId);
  }
  return byId.get(id);
}

const RETIRED_PROMPT_TEXT = 'A topic that is no longer in the list';

function topicOf(
  catalog: Catalog,
  turn: TurnRow,
): { promptId: string | null; text: string } | null {
  if (turn.topic !== null) return { promptId: null, text: turn.topic };
  if (turn.prompt_id === null) return null;
  return {
    promptId: turn.prompt_id,
    text: findPrompt(catalog, turn.prompt_id)?.text ?? RETIRED_PROMPT_TEXT,
  };
}

/** The turn I spoke in (or will speak in), if any. */
export function myTurnOf(turns: readonly TurnRow[], userId: string): Turn | null {
  const mine = turns.find((t) => t.speaker_id === userId);
  return mine ? asTurn(mine.turn) : null;
}

/** What I may see of the ratings in a session: mine, and my partner's only when shared. */
export function ratingsFor(
  ratings: readonly RatingRow[],
  sessionId: string,
  userId: string,
): Pick<ListeningSession['rating'], 'mine' | 'partnerShared'> {
  const own = ratings.find((r) => r.session_id === sessionId && r.speaker_id === userId);
  const theirs = ratings.find(
    (r) => r.session_id === sessionId && r.speaker_id !== userId && r.shared === 1,
  );
  return {
    mine: own ? { rating: own.rating, shared: own.shared === 1 } : null,
    partnerShared: theirs ? { rating: theirs.rating } : null,
  };
}

/** The session as this person sees it at `now` (the state already settled to `now`). */
export function presentSession(
  catalog: Catalog,
  auth: AuthContext,
  input: {
    row: SessionRow;
    state: ListeningState;
    turns: readonly TurnRow[];
    ratings: readonly RatingRow[];
    now: Date;
  },
): ListeningSession {
  const { row, state, turns, now } = input;
  const me = auth.user.id;
  const shared = row.mode === 'shared-device';
  const myTurn = myTurnOf(turns, me);
  return {
    id: row.id,
    mode: row.mode,
    phase: state.phase,
    turn: state.turn,
    paused: isPaused(state),
    completed: state.completed,
    timer: {
      turnMs: state.turnMs,
      elapsedMs: elapsedAt(state, now),
      running: state.runningSince !== null,
      at: now.toISOString(),
    },
    turns: [...turns]
      .sort((a, b) => a.turn - b.turn)
      .map((turn) => ({
        turn: asTurn(turn.turn),
        speaker: turn.speaker_id === me ? ('me' as const) : ('partner' as const),
        topic: topicOf(catalog, turn),
        topicOpen: mayChooseTopic(state, asTurn(turn.turn)) && (shared || turn.speaker_id === me),
      })),
    myRole: roleOf(row, state, turns, me),
    partnerName: auth.couple?.partnerName ?? '',
    startedByMe: row.started_by === me,
    version: row.version,
    rating: {
      myTurn: myTurn !== null && mayRate(state, myTurn) ? myTurn : null,
      ...ratingsFor(input.ratings, row.id, me),
    },
  };
}
