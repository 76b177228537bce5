/** Pure pieces of the listening screens: the time left, its words, and a few topics to show. */
import type { ListeningSession } from '../../../shared/listening-api';

/**
 * Time left in the turn at `now` (ms, local clock), from the server's reading
 * received at `receivedAt`: counting on from that reading keeps every device
 * on the same time, whatever its own clock says.
 */
export function remainingMs(
  timer: ListeningSession['timer'],
  receivedAt: number,
  now: number,
): number {
  const since = timer.running ? Math.max(0, now - receivedAt) : 0;
  return Math.max(0, timer.turnMs - Math.min(timer.turnMs, timer.elapsedMs + since));
}

/**
 * What the clock of the current turn says: ready to start, running, paused,
 * "time is up" (the whole turn was used), or "turn ended" when the speaker
 * ended it early (then no time is left to count, and the clock is not shown).
 */
export type TimerStatus = 'ready' | 'running' | 'paused' | 'timeUp' | 'turnEnded';

export function timerStatus(
  session: Pick<ListeningSession, 'phase' | 'paused' | 'timer'>,
): TimerStatus {
  if (session.phase === 'ready') return 'ready';
  if (session.phase === 'speaking') return session.paused ? 'paused' : 'running';
  return session.timer.elapsedMs >= session.timer.turnMs ? 'timeUp' : 'turnEnded';
}

/** "3:05": minutes and seconds, rounded up so the last second shows "0:01", not "0:00". */
export function clockText(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** Whole minutes and seconds for screen readers, e.g. { minutes: 3, seconds: 5 }. */
export function clockParts(ms: number): { minutes: number; seconds: number } {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}

/**
 * A few items in a fresh random order (Fisher–Yates on a copy), skipping the
 * ones shown last time when there are enough others.
 */
export function pickSome<T>(
  items: readonly T[],
  count: number,
  avoid: readonly T[] = [],
  random: () => number = Math.random,
): T[] {
  const fresh = items.filter((item) => !avoid.includes(item));
  const pool = fresh.length >= count ? fresh : [...items];
  for (let i = pool.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, count);
}
