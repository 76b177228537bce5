import './gestures.css';
import { Link } from 'react-router';
import type { GestureLibrary } from '../../../shared/gestures-api';
import { BusyButton } from '../../components/busy-button';
import { LoadFailed } from '../../components/load-failed';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { errorText } from '../../data/error-text';
import { plural, t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { GestureMeta } from './gesture-card';
import { useGestureLibrary, useNotForUs } from './gestures-api';

type Entry = GestureLibrary['gestures'][number];

function LibraryEntry({ gesture }: { gesture: Entry }) {
  const mark = useNotForUs();
  const id = `gesture-${gesture.id}`;
  const setAside = gesture.notForUs;
  return (
    <li className={setAside ? 'library-gesture is-set-aside' : 'library-gesture'}>
      <p id={id} className="library-gesture__text">
        {gesture.text}
      </p>
      <GestureMeta gesture={gesture} />
      {setAside && <p className="library-gesture__state">{t('gestures.library.setAsideLabel')}</p>}
      <BusyButton
        className="button button--quiet button--small"
        isBusy={mark.isPending}
        aria-describedby={id}
        onPress={() =>
          mark.mutate(
            { gestureId: gesture.id, notForUs: !setAside },
            {
              onSuccess: () =>
                announce(
                  t(
                    setAside
                      ? 'gestures.library.broughtBackAnnounce'
                      : 'gestures.library.setAsideAnnounce',
                  ),
                ),
            },
          )
        }
      >
        {setAside ? t('gestures.library.bringBack') : t('gestures.library.setAside')}
      </BusyButton>
      {mark.isError && <Notice tone="error">{errorText(mark.error)}</Notice>}
    </li>
  );
}

/** Every gesture, with my own "not for us" marks: set aside, or brought back. */
export default function GestureLibraryPage() {
  const library = useGestureLibrary();
  const setAside = library.data?.gestures.filter((g) => g.notForUs).length ?? 0;
  return (
    <div className="page gestures">
      <PageHeading title={t('gestures.library.title')}>{t('gestures.library.heading')}</PageHeading>
      <p className="page__lead">{t('gestures.library.lead')}</p>
      <p>
        <Link to="/gestures" className="button button--quiet">
          {t('gestures.library.back')}
        </Link>
      </p>
      {library.isPending ? (
        <Skeleton lines={6} />
      ) : library.isError ? (
        <LoadFailed error={library.error} retry={() => void library.refetch()} />
      ) : (
        <section className="card" aria-labelledby="library-heading">
          <h2 id="library-heading" className="visually-hidden">
            {t('gestures.library.heading')}
          </h2>
          {setAside > 0 && (
            <p className="status-line">{plural('gestures.library.count', setAside)}</p>
          )}
          <ul className="library-gestures">
            {library.data.gestures.map((gesture) => (
              <LibraryEntry key={gesture.id} gesture={gesture} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
