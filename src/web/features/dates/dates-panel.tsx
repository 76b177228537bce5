import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { PlannedDate, PlannedDates } from '../../../shared/dates-api';
import { EmptyState } from '../../components/empty-state';
import { LoadFailed } from '../../components/load-failed';
import { Skeleton } from '../../components/skeleton';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';

/** What the "Planned" and "Past" tabs are given. */
export type PlannedTabProps = { linked: boolean; planned: UseQueryResult<PlannedDates> };

type DatesPanelProps<Data> = {
  linked: boolean;
  query: UseQueryResult<Data>;
  /** What the tab says to someone not linked yet, above the invitation. */
  aloneTitle: string;
  alone: string;
  /** The tab itself, once the dates are here; `partner` is my partner's name. */
  children: (data: Data, partner: string) => ReactNode;
};

/** A tab of our dates: an invitation while alone, then the dates once they have loaded. */
export function DatesPanel<Data>({
  linked,
  query,
  aloneTitle,
  alone,
  children,
}: DatesPanelProps<Data>) {
  const me = useCurrentMe();
  const partner = me.couple?.partnerName ?? t('nav.partner');
  if (!linked)
    return (
      <EmptyState
        title={aloneTitle}
        body={alone}
        action={
          <Link className="button button--primary" to="/partner">
            {t('dates.ideas.invite')}
          </Link>
        }
      />
    );
  if (query.isPending) return <Skeleton lines={4} />;
  if (query.isError) return <LoadFailed error={query.error} retry={() => void query.refetch()} />;
  return children(query.data, partner);
}

/** Dates one under another, each drawn by `children`. */
export function DateList({
  dates,
  children,
}: {
  dates: readonly PlannedDate[];
  children: (date: PlannedDate) => ReactNode;
}) {
  return (
    <ul className="idea-list">
      {dates.map((date) => (
        <li key={date.id}>{children(date)}</li>
      ))}
    </ul>
  );
}
