/**
 * Active-listening sessions: one partner speaks on a timer while the other
 * listens, the listener reflects back what they heard, then the roles swap.
 *
 * The session is a small state machine kept on the server. The timer is
 * stored as timestamps (when it last started running, and the speaking time
 * used before that), so every device computes the same remaining time from
 * the same stored values, and nothing has to tick on the server.
 *
 *   ready ──start──▶ speaking ──reflect, or time is up──▶ reflecting
 *                    (running ⇄ paused)                     │
 *      turn 1: ──swap──▶ ready (turn 2) …   turn 2: ──finish──▶ ended
 *   end: from any phase, by either partner, at any time.
 *
 * Pure: no I/O and no clock of its own; `now` is always given.
 */

export const LISTENING_LIMITS = {
  /** A speaker's turn, in seconds: two to five minutes. */
  turnSecondsMin: 120,
  turnSecondsMax: 300,
  /** "I felt heard", from 1 (not really) to 5 (completely). */
  ratingMin: 1,
  ratingMax: 5,
  /** A topic in the speaker's own words. */
  topic: 200,
} as const;

/** A session nobody has touched for this long has been left: it counts as ended. */
export const ABANDONED_AFTER_MS = 3 * 60 * 60_000;

export const LISTENING_PHASES = ['ready', 'speaking', 'reflecting', 'ended'] as const;
export type ListeningPhase = (typeof LISTENING_PHASES)[number];

export const LISTENING_ACTIONS = [
  'start',
  'pause',
  'resume',
  'reflect',
  'swap',
  'finish',
  'end',
] as const;
export type ListeningAction = (typeof LISTENING_ACTIONS)[number];

export type Turn = 1 | 2;

/**
 * Who is acting, in the current turn. On one shared device the one account
 * plays both roles, one after the other.
 */
export type ActorRole = 'speaker' | 'listener' | 'both';

export interface ListeningState {
  phase: ListeningPhase;
  turn: Turn;
  /** The length of each speaker's turn. */
  turnMs: number;
  /** The highest turn whose speaking has begun (0: nobody has spoken yet). */
  spokenTurns: 0 | 1 | 2;
  /** When the timer last started running; null while it stands (ready, paused, reflecting, ended). */
  runningSince: string | null;
  /** Speaking time used before `runningSince`. */
  elapsedMs: number;
  /** When the speaker's timer was paused; null unless paused. */
  pausedAt: string | null;
  /** Both turns reached their reflection: the session ran its course. */
  completed: boolean;
  /** The last change, from which a left session is recognised. */
  updatedAt: string;
  endedAt: string | null;
}

/** Keeps a chosen turn length within two to five minutes. */
export function clampTurnSeconds(seconds: number): number {
  if (!Number.isFinite(seconds)) return LISTENING_LIMITS.turnSecondsMin;
  return Math.min(
    LISTENING_LIMITS.turnSecondsMax,
    Math.max(LISTENING_LIMITS.turnSecondsMin, Math.round(seconds)),
  );
}

/** A new session, ready for the first speaker. */
export function newListeningState(turnSeconds: number, now: Date): ListeningState {
  return {
    phase: 'ready',
    turn: 1,
    turnMs: clampTurnSeconds(turnSeconds) * 1000,
    spokenTurns: 0,
    runningSince: null,
    elapsedMs: 0,
    pausedAt: null,
    completed: false,
    updatedAt: now.toISOString(),
    endedAt: null,
  };
}

const at = (iso: string): number => new Date(iso).getTime();

/** Speaking time used in the current turn at `now`, never more than the turn. */
export function elapsedAt(state: ListeningState, now: Date): number {
  const running =
    state.runningSince === null ? 0 : Math.max(0, now.getTime() - at(state.runningSince));
  return Math.min(state.turnMs, state.elapsedMs + running);
}

/** Speaking time left in the current turn at `now`. */
export function remainingAt(state: ListeningState, now: Date): number {
  return state.turnMs - elapsedAt(state, now);
}

export function isPaused(state: ListeningState): boolean {
  return state.phase === 'speaking' && state.runningSince === null;
}

/**
 * The session as it stands at `now`: a running turn whose time is up is in
 * its reflection (from the moment the time ran out), and a session left
 * untouched for ABANDONED_AFTER_MS is ended (from the moment it was left).
 * Reading a session and acting on it both start here, so every device and
 * every request agree on where it is.
 */
export function settle(state: ListeningState, now: Date): ListeningState {
  let next = state;
  if (next.phase === 'speaking' && next.runningSince !== null) {
    const timeUpAt = at(next.runningSince) + (next.turnMs - next.elapsedMs);
    if (now.getTime() >= timeUpAt) {
      next = {
        ...next,
        phase: 'reflecting',
        elapsedMs: next.turnMs,
        runningSince: null,
        pausedAt: null,
        updatedAt: new Date(timeUpAt).toISOString(),
      };
    }
  }
  if (next.phase !== 'ended') {
    const leftAt = at(next.updatedAt) + ABANDONED_AFTER_MS;
    if (now.getTime() >= leftAt) next = endedAt(next, new Date(leftAt));
  }
  return next;
}

function endedAt(state: ListeningState, when: Date): ListeningState {
  const iso = when.toISOString();
  return {
    ...state,
    phase: 'ended',
    completed: state.completed || (state.turn === 2 && state.phase === 'reflecting'),
    elapsedMs: elapsedAt(state, when),
    runningSince: null,
    pausedAt: null,
    updatedAt: iso,
    endedAt: iso,
  };
}

export type ActionOutcome =
  /** The action moved the session on. */
  | { kind: 'changed'; state: ListeningState }
  /**
   * Nothing to do: it is so already, the session has moved past the turn the
   * action was meant for, or it has ended. Two devices pressing the same
   * button at once land here for the second press.
   */
  | { kind: 'unchanged'; state: ListeningState }
  /** Not this person's step now (`role`), or not a step from here (`phase`). */
  | { kind: 'refused'; reason: 'role' | 'phase'; state: ListeningState };

/** Only the speaker starts their turn and finishes it early; everything else either partner may do. */
function mayAct(action: ListeningAction, role: ActorRole): boolean {
  if (role === 'both') return true;
  if (action === 'start' || action === 'reflect') return role === 'speaker';
  return true;
}

/** Whether the action's result is in place already (within the same turn). */
function alreadyDone(action: ListeningAction, state: ListeningState): boolean {
  switch (action) {
    case 'start':
      return state.phase === 'speaking' || state.phase === 'reflecting';
    case 'pause':
    case 'resume':
      // Once time is up there is nothing left to pause or resume.
      return (
        state.phase === 'reflecting' ||
        (state.phase === 'speaking' && isPaused(state) === (action === 'pause'))
      );
    case 'reflect':
      return state.phase === 'reflecting';
    case 'swap':
    case 'finish':
    case 'end':
      return false;
  }
}

/**
 * Applies one action of one person to the session at `now`. The caller
 * states the turn the action is meant for (what their screen showed): an
 * action for a turn the session has left is a late duplicate and changes
 * nothing, except "end", which always ends.
 */
export function applyAction(
  stored: ListeningState,
  input: { action: ListeningAction; turn: Turn },
  role: ActorRole,
  now: Date,
): ActionOutcome {
  const state = settle(stored, now);
  const { action } = input;
  if (state.phase === 'ended') return { kind: 'unchanged', state };
  if (action === 'end') return { kind: 'changed', state: endedAt(state, now) };
  if (input.turn !== state.turn) return { kind: 'unchanged', state };
  if (!mayAct(action, role)) return { kind: 'refused', reason: 'role', state };
  if (alreadyDone(action, state)) return { kind: 'unchanged', state };
  const next = step(state, action, now);
  return next ? { kind: 'changed', state: next } : { kind: 'refused', reason: 'phase', state };
}

function step(
  state: ListeningState,
  action: Exclude<ListeningAction, 'end'>,
  now: Date,
): ListeningState | null {
  const iso = now.toISOString();
  const base = { ...state, updatedAt: iso };
  switch (action) {
    case 'start':
      if (state.phase !== 'ready') return null;
      return {
        ...base,
        phase: 'speaking',
        runningSince: iso,
        elapsedMs: 0,
        pausedAt: null,
        spokenTurns: state.turn,
      };
    case 'pause':
      if (state.phase !== 'speaking') return null;
      return { ...base, elapsedMs: elapsedAt(state, now), runningSince: null, pausedAt: iso };
    case 'resume':
      if (state.phase !== 'speaking') return null;
      return { ...base, runningSince: iso, pausedAt: null };
    case 'reflect':
      if (state.phase !== 'speaking') return null;
      return {
        ...base,
        phase: 'reflecting',
        elapsedMs: elapsedAt(state, now),
        runningSince: null,
        pausedAt: null,
      };
    case 'swap':
      if (state.phase !== 'reflecting' || state.turn !== 1) return null;
      return {
        ...base,
        phase: 'ready',
        turn: 2,
        elapsedMs: 0,
        runningSince: null,
        pausedAt: null,
      };
    case 'finish':
      if (state.phase !== 'reflecting' || state.turn !== 2) return null;
      return { ...endedAt(state, now), completed: true };
  }
}

/** The role of a person in a turn, from who speaks first; null for someone not in the session. */
export function roleIn(
  turn: Turn,
  personId: string,
  speakers: { first: string; second: string },
): 'speaker' | 'listener' | null {
  const speaker = turn === 1 ? speakers.first : speakers.second;
  const listener = turn === 1 ? speakers.second : speakers.first;
  if (personId === speaker) return 'speaker';
  if (personId === listener) return 'listener';
  return null;
}

/** The speaker of a turn may set its topic until that turn's speaking begins. */
export function mayChooseTopic(state: ListeningState, turn: Turn): boolean {
  return state.phase !== 'ended' && state.spokenTurns < turn;
}

/** A speaker rates their own turn once the session has ended, if they got to speak. */
export function mayRate(state: ListeningState, turn: Turn): boolean {
  return state.phase === 'ended' && state.spokenTurns >= turn;
}

export interface ReceivedRating {
  rating: number;
  /** The calendar day it was given, in the couple's time zone. */
  day: string;
  /** When it was given (orders ratings given on the same day). */
  at: string;
}

/** How many ratings one step of the listener's average takes in. */
export const AVERAGE_STEP = 3;

/** Rounds to the nearest half point (4.25 → 4.5, 4.2 → 4). */
export function roundToHalf(value: number): number {
  return Math.round(value * 2) / 2;
}

/**
 * What a listener may see of how heard their partner felt: an average that
 * no single rating can be read out of.
 *
 * - Only ratings given before the start of the current week count, so the
 *   number changes at most once a week, never right after a session (its
 *   timing says nothing about when a rating was given, or whether one was).
 * - Of those, it takes in whole steps of three, oldest first: the newest one
 *   or two wait for the next step. Between any two values the listener ever
 *   sees, at least three ratings changed, so subtracting one from the other
 *   gives at most the sum of three, never one rating.
 * - Nothing shows before there are three.
 * - It is rounded to a half point, which blurs it further.
 * - The count is never shown.
 *
 * A rating the speaker chose to share is shown beside its session anyway;
 * this rule is about the ones kept private.
 */
export function listenerAverage(
  ratings: readonly ReceivedRating[],
  weekStart: string,
): number | null {
  const counted = ratings
    .filter((r) => r.day < weekStart)
    .sort((a, b) => (a.day === b.day ? a.at.localeCompare(b.at) : a.day.localeCompare(b.day)));
  const whole = counted.slice(0, counted.length - (counted.length % AVERAGE_STEP));
  if (whole.length < AVERAGE_STEP) return null;
  return roundToHalf(whole.reduce((sum, r) => sum + r.rating, 0) / whole.length);
}
