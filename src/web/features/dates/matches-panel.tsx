import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { DateMatch, DateMatches } from '../../../shared/dates-api';
import { EmptyState } from '../../components/empty-state';
import { LoadFailed } from '../../components/load-failed';
import { Skeleton } from '../../components/skeleton';
import { useCurrentMe } from '../../data/me';
import { plural, t } from '../../i18n';
import { IdeaMeta } from './idea-meta';
import { PlanDateDialog } from './plan-date-dialog';

function MatchCard({ match }: { match: DateMatch }) {
  const headingId = `match-${match.idea.id}`;
  return (
    <article className="card idea-card match-card" aria-labelledby={headingId}>
      <p className={`match-card__strength match-card__strength--${match.strength}`}>
        {t(`dates.matches.strength.${match.strength}`)}
      </p>
      <h3 id={headingId} className="card__title idea-card__title">
        {match.idea.title}
      </h3>
      <p className="idea-card__body">{match.idea.description}</p>
      <IdeaMeta idea={match.idea} />
      {match.plannedDateId ? (
        <Link className="button button--secondary" to="/dates?tab=planned">
          {t('dates.matches.planned')}
        </Link>
      ) : (
        <PlanDateDialog what={{ idea: match.idea }} triggerLabel={t('dates.matches.plan')} />
      )}
    </article>
  );
}

/** Ideas we both said yes or maybe to, ready to become a date. */
export function MatchesPanel({
  linked,
  matches,
}: {
  linked: boolean;
  matches: UseQueryResult<DateMatches>;
}) {
  const me = useCurrentMe();
  const partner = me.couple?.partnerName ?? t('nav.partner');
  if (!linked)
    return (
      <EmptyState
        title={t('dates.matches.aloneTitle')}
        body={t('dates.matches.alone')}
        action={
          <Link className="button button--primary" to="/partner">
            {t('dates.ideas.invite')}
          </Link>
        }
      />
    );
  if (matches.isPending) return <Skeleton lines={4} />;
  if (matches.isError)
    return <LoadFailed error={matches.error} retry={() => void matches.refetch()} />;
  if (matches.data.count === 0)
    return (
      <EmptyState
        title={t('dates.matches.emptyTitle')}
        body={t('dates.matches.empty', { partner })}
        action={
          <Link className="button button--primary" to="/dates">
            {t('dates.matches.toIdeas')}
          </Link>
        }
      />
    );
  return (
    <section className="dates-section" aria-labelledby="matches-heading">
      <h2 id="matches-heading" className="dates-section__title">
        {plural('dates.matches.count', matches.data.count)}
      </h2>
      <p className="field__hint">{t('dates.matches.lead', { partner })}</p>
      <ul className="idea-list">
        {matches.data.matches.map((match) => (
          <li key={match.idea.id}>
            <MatchCard match={match} />
          </li>
        ))}
      </ul>
    </section>
  );
}
