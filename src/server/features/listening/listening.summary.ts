/**
 * The person's own side of listening: the session under way, what the couple
 * has done, their average as a listener (only as core/listening.ts allows),
 * their history with their own ratings, and the topics to choose from.
 */
import { addDays, localDay } from '../../../core/calendar';
import { listenerAverage, mayRate, settle } from '../../../core/listening';
import type { ListeningPrompts, ListeningSummary } from '../../../shared/listening-api';
import type { AuthContext } from '../../lib/auth-context';
import type { ServiceDeps } from '../deps';
import { myTurnOf, ratingsFor, stateOf } from './listening.present';
import {
  countCompleted,
  findVisibleRatings,
  listRatingsReceived,
  listSessionsOfCouple,
  listTurnsOf,
} from './listening.repository';

/** How many ended sessions the summary lists. */
const HISTORY_SIZE = 20;

/** Monday of the week a calendar day falls in. */
function weekStartOf(day: string): string {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** My side of listening: the session under way, sessions done, my average as listener, history. */
export async function getSummary(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  auth: AuthContext,
): Promise<ListeningSummary> {
  const couple = auth.couple;
  if (!couple) {
    return {
      linked: false,
      partnerName: null,
      active: null,
      sessionsDone: 0,
      listenerAverage: null,
      history: [],
    };
  }
  const now = deps.clock.now();
  const me = auth.user.id;
  const rows = await listSessionsOfCouple(deps.db, couple.id, HISTORY_SIZE + 1);
  const settled = rows.map((row) => ({ row, state: settle(stateOf(row), now) }));
  const open = settled.find((s) => s.state.phase !== 'ended');
  const ended = settled.filter((s) => s.state.phase === 'ended').slice(0, HISTORY_SIZE);
  const ids = ended.map((s) => s.row.id);
  const [turns, ratings, done, received] = await Promise.all([
    listTurnsOf(deps.db, ids),
    findVisibleRatings(deps.db, ids, me),
    countCompleted(deps.db, couple.id),
    listRatingsReceived(deps.db, me, couple.id),
  ]);
  const weekStart = weekStartOf(localDay(now, couple.timeZone));
  return {
    linked: true,
    partnerName: couple.partnerName,
    active: open
      ? { id: open.row.id, startedByMe: open.row.started_by === me, mode: open.row.mode }
      : null,
    sessionsDone: done,
    listenerAverage: listenerAverage(
      received.map((r) => ({ rating: r.rating, day: r.day, at: r.created_at })),
      weekStart,
    ),
    history: ended.map(({ row, state }) => {
      const myTurn = myTurnOf(
        turns.filter((t) => t.session_id === row.id),
        me,
      );
      return {
        id: row.id,
        day: row.day,
        completed: state.completed,
        myTurn: myTurn !== null && mayRate(state, myTurn) ? myTurn : null,
        ...ratingsFor(ratings, row.id, me),
      };
    }),
  };
}

/** The topics a speaker can pick from. */
export function listPrompts(deps: Pick<ServiceDeps, 'catalog'>): ListeningPrompts {
  return {
    prompts: deps.catalog.listeningPrompts.map((p) => ({
      id: p.id,
      text: p.text,
      depth: p.depth,
      kinds: p.kinds,
    })),
  };
}
