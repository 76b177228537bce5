import { useEffect, useState } from 'react';
import type { ListeningSession } from '../../../shared/listening-api';
import { t } from '../../i18n';
import { clockParts, clockText, remainingMs } from './listening-logic';

const RADIUS = 54;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/**
 * The time left in the turn, counted on from the server's reading each
 * second while it runs. When it reaches zero, `onTimeUp` asks the server
 * where the session is now (it has moved to the reflection).
 */
export function useTimeLeft(
  timer: ListeningSession['timer'],
  receivedAt: number,
  onTimeUp: () => void,
): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!timer.running) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [timer.running]);
  const left = remainingMs(timer, receivedAt, now);
  useEffect(() => {
    if (!timer.running) return;
    const due = remainingMs(timer, receivedAt, Date.now());
    const wait = setTimeout(onTimeUp, due + 400);
    return () => clearTimeout(wait);
  }, [timer, receivedAt, onTimeUp]);
  return left;
}

type SessionTimerProps = {
  timer: ListeningSession['timer'];
  left: number;
  /** A word under the numbers: "Paused", "Time is up", or nothing while it runs. */
  state: string | null;
  /** False once the speaker ended the turn early: no time is left to count, only the word shows. */
  showClock?: boolean;
};

/**
 * A big, calm clock: the numbers and a ring that empties as the turn goes.
 * The ring eases from second to second unless the person asked for less
 * motion; the numbers carry the meaning either way.
 */
export function SessionTimer({ timer, left, state, showClock = true }: SessionTimerProps) {
  const share = timer.turnMs > 0 ? left / timer.turnMs : 0;
  const { minutes, seconds } = clockParts(left);
  return (
    <div className="listening-timer">
      <svg className="listening-timer__ring" viewBox="0 0 120 120" aria-hidden="true">
        <circle className="listening-timer__track" cx="60" cy="60" r={RADIUS} />
        {showClock && (
          <circle
            className="listening-timer__fill"
            cx="60"
            cy="60"
            r={RADIUS}
            strokeDasharray={CIRCUMFERENCE}
            strokeDashoffset={CIRCUMFERENCE * (1 - share)}
          />
        )}
      </svg>
      <div className="listening-timer__text">
        {/* A timer role is not announced as it changes: screen readers read it when asked. */}
        {showClock && (
          <p
            className="listening-timer__clock"
            role="timer"
            aria-label={`${t('listening.session.timer')}: ${t('listening.session.timerValue', { minutes, seconds })}`}
          >
            {clockText(left)}
          </p>
        )}
        <p
          className={
            showClock
              ? 'listening-timer__state'
              : 'listening-timer__state listening-timer__state--alone'
          }
        >
          {state ?? t('listening.session.timer')}
        </p>
      </div>
    </div>
  );
}
