import '../../styles/flows.css';
import './library.css';
import { Link, useSearchParams } from 'react-router';
import type { ArticleSummary } from '../../../shared/library-api';
import { LIBRARY_TRACKS } from '../../../shared/library-limits';
import { LockIcon } from '../../components/icons';
import { KindBadge } from '../../components/kind-badge';
import { LoadFailed } from '../../components/load-failed';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { t } from '../../i18n';
import { useArticles } from './library-api';
import { HelpIcon, NotebookIcon, ReadIcon } from './library-icons';
import { trackKey } from './library-words';

function ArticleCard({ article }: { article: ArticleSummary }) {
  return (
    <li className={article.read ? 'card article-card article-card--read' : 'card article-card'}>
      <h3 className="article-card__title">
        <Link to={`/library/${article.id}`}>{article.title}</Link>
      </h3>
      <p className="article-card__summary">{article.summary}</p>
      <p className="article-card__meta">
        <span>{t('library.minutes', { minutes: article.minutes })}</span>
        {article.read && (
          <span className="read-mark">
            <ReadIcon />
            {t('library.read')}
          </span>
        )}
      </p>
      {/* An article about all three kinds is about closeness in general: no badges to scan. */}
      {article.kinds.length < 3 && (
        <div className="article-card__kinds">
          {article.kinds.map((kind) => (
            <KindBadge key={kind} kind={kind} />
          ))}
        </div>
      )}
    </li>
  );
}

function parseTrack(value: string | null): number | null {
  const n = Number(value);
  return (LIBRARY_TRACKS as readonly number[]).includes(n) ? n : null;
}

/** The tracks as a row of links: all, or one track's articles. */
function TrackFilter({ current, tracks }: { current: number | null; tracks: readonly number[] }) {
  return (
    <nav className="track-filter" aria-label={t('library.filterLabel')}>
      <ul>
        <li>
          <Link
            to="/library"
            className="track-filter__chip"
            aria-current={current === null ? 'true' : undefined}
          >
            {t('library.all')}
          </Link>
        </li>
        {tracks.map((track) => (
          <li key={track}>
            <Link
              to={`/library?track=${track}`}
              className="track-filter__chip"
              aria-current={current === track ? 'true' : undefined}
            >
              {t(trackKey(track))}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The library: short articles by track, with reading times and my own read marks. */
export default function LibraryPage() {
  const [params] = useSearchParams();
  const current = parseTrack(params.get('track'));
  const view = useArticles();
  const articles = view.data?.articles ?? [];
  const tracks = [...new Set(articles.map((a) => a.track))];
  const shown = current === null ? tracks : tracks.filter((track) => track === current);
  const readCount = articles.filter((a) => a.read).length;
  return (
    <div className="page library-page">
      <PageHeading title={t('library.title')}>{t('library.title')}</PageHeading>
      <p className="page__lead">{t('library.lead')}</p>
      <div className="library-links">
        <Link to="/help" className="button button--secondary">
          <HelpIcon />
          {t('library.helpLink')}
        </Link>
        <Link to="/notebook" className="button button--secondary">
          <NotebookIcon />
          {t('library.notebookLink')}
        </Link>
      </div>
      {view.isPending ? (
        <Skeleton lines={6} />
      ) : view.isError ? (
        <LoadFailed
          lead={t('library.loadFailed')}
          error={view.error}
          retry={() => void view.refetch()}
        />
      ) : (
        <>
          <TrackFilter current={current} tracks={tracks} />
          <p className="status-line library-privacy">
            <LockIcon />
            <span>
              {readCount > 0 &&
                `${t('library.readCount', { read: readCount, count: articles.length })} `}
              {t('library.privacy')}
            </span>
          </p>
          {shown.map((track) => (
            <section
              key={track}
              className="library-track"
              aria-labelledby={`library-track-${track}`}
            >
              <h2 id={`library-track-${track}`} className="library-track__title">
                {t(trackKey(track))}
              </h2>
              <ul className="article-list">
                {articles
                  .filter((a) => a.track === track)
                  .map((article) => (
                    <ArticleCard key={article.id} article={article} />
                  ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
