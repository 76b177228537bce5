import '../../styles/flows.css';
import './library.css';
import { Link, useParams } from 'react-router';
import type { Article } from '../../../shared/library-api';
import { BusyButton } from '../../components/busy-button';
import { EmptyState } from '../../components/empty-state';
import { LockIcon } from '../../components/icons';
import { KindBadge } from '../../components/kind-badge';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { ApiError } from '../../data/client';
import { errorText } from '../../data/error-text';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { LearnedForm } from './learned-form';
import { useArticle, useReadMark } from './library-api';
import { ReadIcon } from './library-icons';
import { trackKey } from './library-words';
import { RelatedLinks } from './related-links';
import { TextBlocks } from './text-blocks';

/** My own read mark: set or taken back here, and seen by nobody else. */
function ReadMark({ article }: { article: Article }) {
  const mark = useReadMark(article.id);
  const toggle = () =>
    mark.mutate(!article.read, {
      onSuccess: (_none, read) =>
        announce(t(read ? 'library.article.markedAnnounce' : 'library.article.unmarkedAnnounce')),
    });
  return (
    <section className="read-toggle" aria-label={t('library.read')}>
      {article.read && (
        <p className="read-toggle__done">
          <ReadIcon />
          {t('library.article.isRead')}
        </p>
      )}
      <BusyButton
        className={article.read ? 'button button--quiet' : 'button button--secondary'}
        isBusy={mark.isPending}
        onPress={toggle}
      >
        {article.read ? t('library.article.unmark') : t('library.article.markRead')}
      </BusyButton>
      <p className="status-line">
        <LockIcon />
        {t('library.article.readHint')}
      </p>
      {mark.isError && <Notice tone="error">{errorText(mark.error)}</Notice>}
    </section>
  );
}

function ArticleView({ article }: { article: Article }) {
  const me = useCurrentMe();
  return (
    <>
      <article className="prose" aria-labelledby="article-title">
        <p className="prose__meta">
          {t('library.article.meta', {
            track: t(trackKey(article.track)),
            minutes: article.minutes,
          })}
        </p>
        <PageHeading title={t('library.title')} className="prose__title">
          <span id="article-title">{article.title}</span>
        </PageHeading>
        <p className="prose__summary">{article.summary}</p>
        <div className="article-card__kinds">
          {article.kinds.map((kind) => (
            <KindBadge key={kind} kind={kind} />
          ))}
        </div>
        <TextBlocks blocks={article.body} />
      </article>
      <ReadMark article={article} />
      <section className="library-section" aria-labelledby="article-practice">
        <h2 id="article-practice" className="library-section__title">
          {t('library.article.practiceHeading')}
        </h2>
        <RelatedLinks paths={article.related} />
      </section>
      <section className="card library-learned" aria-labelledby="article-learned">
        <h2 id="article-learned" className="card__title">
          {me.couple ? t('library.learned.heading') : t('library.learned.headingSolo')}
        </h2>
        <LearnedForm articleId={article.id} label={t('library.learned.label')} linkToNotebook />
      </section>
      {article.more.length > 0 && (
        <section className="library-section" aria-labelledby="article-next">
          <h2 id="article-next" className="library-section__title">
            {t('library.article.nextHeading')}
          </h2>
          <ul className="article-list">
            {article.more.map((next) => (
              <li key={next.id} className="card article-card article-card--small">
                <h3 className="article-card__title">
                  <Link to={`/library/${next.id}`}>{next.title}</Link>
                </h3>
                <p className="article-card__meta">
                  <span>{t('library.minutes', { minutes: next.minutes })}</span>
                  {next.read && (
                    <span className="read-mark">
                      <ReadIcon />
                      {t('library.read')}
                    </span>
                  )}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** One article, in comfortable reading type, with what to do next. */
export default function ArticlePage() {
  const { articleId = '' } = useParams();
  const view = useArticle(articleId);
  const gone =
    view.error instanceof ApiError && (view.error.status === 404 || view.error.status === 400);
  return (
    <div className="page article-page">
      <p className="library-back">
        <Link to="/library">{t('library.article.back')}</Link>
      </p>
      {view.isPending ? (
        <>
          <PageHeading title={t('library.title')}>{t('library.title')}</PageHeading>
          <Skeleton lines={8} />
        </>
      ) : gone ? (
        <>
          <PageHeading title={t('library.title')}>{t('library.title')}</PageHeading>
          <EmptyState
            title={t('library.article.goneTitle')}
            body={t('library.article.goneBody')}
            action={
              <Link to="/library" className="button button--primary">
                {t('library.article.back')}
              </Link>
            }
          />
        </>
      ) : view.isError ? (
        <>
          <PageHeading title={t('library.title')}>{t('library.title')}</PageHeading>
          <Notice tone="error">{`${t('library.article.loadFailed')} ${errorText(view.error)}`}</Notice>
        </>
      ) : view.data ? (
        <ArticleView key={view.data.id} article={view.data} />
      ) : null}
    </div>
  );
}
