import '../../styles/flows.css';
import '../../styles/ratings.css';
import './notes.css';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { PageHeading } from '../../components/page-heading';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { NoteForm } from './note-form';
import { ReceivedNotes } from './received-notes';
import { SentNotes } from './sent-notes';

/** Notes: the ones left for me, writing one (now or to be found later), and the ones I wrote. */
export default function NotesPage() {
  const me = useCurrentMe();
  const partner = me.couple?.partnerName ?? null;
  return (
    <div className="page notes">
      <PageHeading title={t('notes.title')}>{t('notes.heading')}</PageHeading>
      {partner === null ? (
        <EmptyState
          title={t('notes.solo.title')}
          body={t('notes.solo.body')}
          action={
            <Link to="/partner" className="button button--primary">
              {t('notes.solo.action')}
            </Link>
          }
        />
      ) : (
        <>
          <p className="page__lead">{t('notes.lead', { partner })}</p>
          <ReceivedNotes partner={partner} />
          <NoteForm partner={partner} />
        </>
      )}
      <SentNotes hideWhenEmpty={partner === null} />
    </div>
  );
}
