/**
 * Live delivery of notes left to be found: a timer per process sleeps until
 * the next note is due (at most a minute, so a clock that jumps or a note
 * written on another instance is never missed for long), claims the notes
 * whose time has come and sends each recipient an event with the note's id.
 * Re-armed at start and whenever a hidden note is written. The claim is one
 * UPDATE, so with several instances on PostgreSQL each note is announced once.
 */
import { sleepUntil } from '../../../core/notes';
import { outsideWriteScope } from '../../db/write-scope';
import type { ServiceDeps } from '../deps';
import { claimDueNotes, findNextDue } from './notes.repository';

export interface NoteDelivery {
  /** Look again now: a hidden note was just written. */
  wake(): void;
  /** Stops the timer and waits for a round under way. */
  stop(): Promise<void>;
}

export function startNoteDelivery(
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'bus'>,
  onError: (error: unknown) => void,
): NoteDelivery {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let again = false;
  let round: Promise<void> | null = null;

  const arm = (ms: number): void => {
    clearTimeout(timer);
    if (stopped) return;
    timer = setTimeout(run, ms);
    timer.unref();
  };

  const deliver = async (): Promise<void> => {
    const due = await claimDueNotes(deps.db, deps.clock.now().toISOString());
    for (const note of due) {
      if (stopped) return;
      // A note whose recipient left (account deleted) has nobody to tell.
      if (note.recipient_id === null) continue;
      // The couple travels with the event: a stream of someone no longer in it drops it.
      await deps.bus.publish(
        [note.recipient_id],
        { type: 'note.arrived', noteId: note.id },
        note.couple_id,
      );
    }
    const next = await findNextDue(deps.db);
    arm(sleepUntil(next === null ? null : new Date(next), deps.clock.now()));
  };

  function run(): void {
    if (stopped) return;
    if (round) {
      again = true;
      return;
    }
    // Delivery writes for every couple: never as the request that woke it.
    round = outsideWriteScope(async () => {
      do {
        again = false;
        try {
          await deliver();
        } catch (error) {
          if (stopped) return;
          onError(error);
          arm(sleepUntil(null, deps.clock.now()));
        }
      } while (again && !stopped);
    }).finally(() => {
      round = null;
    });
  }

  arm(0);
  return {
    wake: run,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await round;
    },
  };
}
