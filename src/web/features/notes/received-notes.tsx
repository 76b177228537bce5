import { useEffect, useRef, useState } from 'react';
import type { ReceivedNote } from '../../../shared/notes-api';
import { BusyButton } from '../../components/busy-button';
import { HeartIcon } from '../../components/icons';
import { LoadFailed } from '../../components/load-failed';
import { Notice } from '../../components/notice';
import { Skeleton } from '../../components/skeleton';
import { errorText } from '../../data/error-text';
import { useCurrentMe } from '../../data/me';
import { plural, t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { formatNoteDay } from './note-time';
import { useOpenNote, useReceivedNotes } from './notes-api';
import { OlderNotesButton } from './older-notes-button';

/** One note for me: folded until I open it, like a note found on the table. */
function ReceivedCard({ note, partner }: { note: ReceivedNote; partner: string }) {
  const me = useCurrentMe();
  const open = useOpenNote();
  const words = useRef<HTMLDivElement>(null);
  const [justOpened, setJustOpened] = useState(false);
  useEffect(() => {
    if (justOpened && note.read) words.current?.focus();
  }, [justOpened, note.read]);
  const headingId = `note-${note.id}`;
  const date = formatNoteDay(note.foundAt, me.user.timeZone);
  return (
    <li>
      <article
        className={`note-card note-card--${note.kind}${note.read ? '' : ' note-card--sealed'}`}
        aria-labelledby={headingId}
      >
        <h3 id={headingId} className="note-card__kind">
          {t(`notes.eyebrow.${note.kind}`)}
        </h3>
        {note.read ? (
          <div ref={words} className="note-card__words" tabIndex={-1}>
            {note.title && <p className="note-card__title">{note.title}</p>}
            <p className="note-card__text">{note.text}</p>
          </div>
        ) : (
          <>
            <p className="note-card__from">
              <HeartIcon />
              {t('notes.received.sealed', { partner })}
            </p>
            <BusyButton
              className="button button--primary"
              isBusy={open.isPending}
              aria-describedby={headingId}
              onPress={() =>
                open.mutate(note.id, {
                  onSuccess: () => {
                    setJustOpened(true);
                    announce(t('notes.received.openedAnnounce'));
                  },
                })
              }
            >
              {open.isPending ? t('notes.received.opening') : t('notes.received.open')}
            </BusyButton>
          </>
        )}
        <p className="note-card__when">
          {note.leftToFind
            ? t('notes.received.leftToFind', { date })
            : t('notes.received.found', { date })}
        </p>
        {open.isError && <Notice tone="error">{errorText(open.error)}</Notice>}
      </article>
    </li>
  );
}

/** The gallery of notes my partner left me, newest first. */
export function ReceivedNotes({ partner }: { partner: string }) {
  const notes = useReceivedNotes();
  const unread = notes.data?.pages[0]?.unread ?? 0;
  const all = notes.data?.pages.flatMap((page) => page.notes) ?? [];
  return (
    <section className="notes-received" aria-labelledby="notes-received">
      <h2 id="notes-received" className="notes__heading">
        {t('notes.received.heading')}
      </h2>
      {notes.isPending ? (
        <Skeleton lines={3} />
      ) : notes.isError ? (
        <LoadFailed error={notes.error} retry={() => void notes.refetch()} />
      ) : all.length === 0 ? (
        <p className="card notes__empty">{t('notes.received.empty', { partner })}</p>
      ) : (
        <>
          {unread > 0 && (
            <p className="notes__waiting">{plural('notes.received.waiting', unread)}</p>
          )}
          <ul className="note-gallery">
            {all.map((note) => (
              <ReceivedCard key={note.id} note={note} partner={partner} />
            ))}
          </ul>
          <OlderNotesButton notes={notes} label={t('notes.received.older')} />
        </>
      )}
    </section>
  );
}
