import '../../styles/flows.css';
import './listening.css';
import { Link } from 'react-router';
import type { ListeningSummary } from '../../../shared/listening-api';
import { EmptyState } from '../../components/empty-state';
import { LoadFailed } from '../../components/load-failed';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { t } from '../../i18n';
import { useListeningPrompts, useListeningSummary } from './listening-api';
import { StartForm } from './start-form';
import { SummaryCard } from './summary-card';

function ActiveCard({
  active,
  partner,
}: {
  active: NonNullable<ListeningSummary['active']>;
  partner: string;
}) {
  return (
    <section className="card listening-active" aria-labelledby="listening-active">
      <h2 id="listening-active" className="card__title">
        {t('listening.active.title')}
      </h2>
      <p>
        {active.startedByMe
          ? t('listening.active.byMe')
          : t('listening.active.byPartner', { partner })}
      </p>
      <Link to={`/listening/${active.id}`} className="button button--primary">
        {t('listening.active.action')}
      </Link>
    </section>
  );
}

function Start({ summary }: { summary: ListeningSummary }) {
  const prompts = useListeningPrompts();
  const partner = summary.partnerName ?? t('nav.partner');
  if (summary.active) return <ActiveCard active={summary.active} partner={partner} />;
  if (prompts.isPending) return <Skeleton lines={6} />;
  if (prompts.isError)
    return <LoadFailed error={prompts.error} retry={() => void prompts.refetch()} />;
  return <StartForm partnerName={partner} prompts={prompts.data.prompts} />;
}

/** Listening sessions: start one (or join the one under way), and what you've done so far. */
export default function ListeningPage() {
  const summary = useListeningSummary();
  return (
    <div className="page listening-page">
      <PageHeading title={t('listening.title')}>{t('listening.heading')}</PageHeading>
      <p className="page__lead">{t('listening.lead')}</p>
      {summary.isPending ? (
        <Skeleton lines={6} />
      ) : summary.isError ? (
        <LoadFailed error={summary.error} retry={() => void summary.refetch()} />
      ) : !summary.data.linked ? (
        <EmptyState
          title={t('listening.alone.title')}
          body={t('listening.alone.body')}
          action={
            <Link to="/partner" className="button button--primary">
              {t('listening.alone.action')}
            </Link>
          }
        />
      ) : (
        <>
          <Start summary={summary.data} />
          <SummaryCard summary={summary.data} />
        </>
      )}
    </div>
  );
}
