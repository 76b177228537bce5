import { Link } from 'react-router';
import { BusyButton } from '../../components/busy-button';
import { EmptyState } from '../../components/empty-state';
import { LoadFailed } from '../../components/load-failed';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { errorText } from '../../data/error-text';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { useHistory } from './history-api';
import { HistoryEntry } from './history-entry';

/** "Talk": the questions so far, with "Load more" for older ones. */
export default function HistoryPage() {
  const me = useCurrentMe();
  const history = useHistory();
  const entries = history.data?.pages.flatMap((page) => page.entries) ?? [];

  return (
    <div className="page">
      <PageHeading title={t('titles.talk')}>{t('history.title')}</PageHeading>
      <p className="page__lead">{t('history.lead')}</p>
      {history.isPending && (
        <>
          <Skeleton lines={3} />
          <Skeleton lines={3} />
        </>
      )}
      {history.isError && entries.length === 0 && (
        <LoadFailed error={history.error} retry={() => void history.refetch()} />
      )}
      {history.isSuccess && entries.length === 0 && (
        <EmptyState
          title={t('history.emptyTitle')}
          body={t('history.emptyBody')}
          action={
            <Link to="/question" className="button button--primary">
              {t('history.emptyAction')}
            </Link>
          }
        />
      )}
      {entries.map((entry) => (
        <HistoryEntry
          key={`${entry.day}-${entry.question.id}`}
          entry={entry}
          partnerName={me.couple?.partnerName ?? null}
        />
      ))}
      {history.isFetchNextPageError && <Notice tone="error">{errorText(history.error)}</Notice>}
      {history.hasNextPage ? (
        <BusyButton
          className="button button--secondary button--wide"
          isBusy={history.isFetchingNextPage}
          onPress={() => void history.fetchNextPage()}
        >
          {history.isFetchingNextPage ? t('history.loading') : t('history.load')}
        </BusyButton>
      ) : (
        entries.length > 0 && <p className="page__aside">{t('history.end')}</p>
      )}
    </div>
  );
}
