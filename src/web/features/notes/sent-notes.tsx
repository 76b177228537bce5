import { useEffect } from 'react';
import type { SentNote } from '../../../shared/notes-api';
import { LoadFailed } from '../../components/load-failed';
import { Skeleton } from '../../components/skeleton';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { formatNoteDay, formatNoteTime } from './note-time';
import { useSentNotes } from './notes-api';
import { OlderNotesButton } from './older-notes-button';

function statusWords(note: SentNote, zone: string): string {
  switch (note.status) {
    case 'waiting':
      return t('notes.sent.waiting', { when: formatNoteTime(note.visibleFrom, zone) });
    case 'delivered':
      return t('notes.sent.delivered', { date: formatNoteDay(note.visibleFrom, zone) });
    case 'kept':
      return t('notes.sent.kept');
  }
}

/** When the first of my waiting notes is found, as a time in ms; null when none waits (or too far for a timer). */
function nextFoundAt(notes: readonly SentNote[]): number | null {
  const times = notes
    .filter((note) => note.status === 'waiting')
    .map((note) => Date.parse(note.visibleFrom));
  const next = Math.min(...times);
  // Timers cannot wait longer than about 24 days; a page open that long fetches again anyway.
  return Number.isFinite(next) && next - Date.now() < 2 ** 31 - 1 ? next : null;
}

/** The notes I wrote, with those still waiting to be found. Never whether one was opened. */
export function SentNotes({ hideWhenEmpty = false }: { hideWhenEmpty?: boolean }) {
  const me = useCurrentMe();
  const notes = useSentNotes();
  const all = notes.data?.pages.flatMap((page) => page.notes) ?? [];
  const nextFound = nextFoundAt(all);
  const { refetch } = notes;
  // A waiting note becomes "delivered" at its time: look again then (no event tells the author).
  useEffect(() => {
    if (nextFound === null) return;
    const timer = setTimeout(() => void refetch(), Math.max(0, nextFound - Date.now()) + 1000);
    return () => clearTimeout(timer);
  }, [nextFound, refetch]);
  // Alone, the list matters only when it holds notes kept from an earlier link.
  if (hideWhenEmpty && (!notes.isSuccess || all.length === 0)) return null;
  return (
    <section className="card notes-sent" aria-labelledby="notes-sent">
      <h2 id="notes-sent" className="card__title">
        {t('notes.sent.heading')}
      </h2>
      {notes.isPending ? (
        <Skeleton lines={3} />
      ) : notes.isError ? (
        <LoadFailed error={notes.error} retry={() => void notes.refetch()} />
      ) : all.length === 0 ? (
        <p className="status-line">{t('notes.sent.empty')}</p>
      ) : (
        <>
          <ul className="sent-list">
            {all.map((note) => (
              <li key={note.id} className={`sent-note sent-note--${note.status}`}>
                <p className="sent-note__kind">
                  {t(`notes.eyebrow.${note.kind}`)}
                  {note.title && <span className="sent-note__title">{note.title}</span>}
                </p>
                <p className="sent-note__text">{note.text}</p>
                <p className="sent-note__status">{statusWords(note, me.user.timeZone)}</p>
              </li>
            ))}
          </ul>
          <OlderNotesButton notes={notes} label={t('notes.sent.older')} />
        </>
      )}
      <p className="field__hint">{t('notes.sent.noReceipts')}</p>
    </section>
  );
}
