import type { PastChallenges } from '../../../shared/challenges-api';
import { LoadFailed } from '../../components/load-failed';
import { Skeleton } from '../../components/skeleton';
import { plural, t } from '../../i18n';
import { weekOfText } from './challenge-words';
import { ReflectionPanel } from './reflection-panel';

type Props = {
  query: {
    data: PastChallenges | undefined;
    isPending: boolean;
    isError: boolean;
    error: unknown;
    refetch: () => unknown;
  };
  partner: string;
};

/** The challenges we did, newest first, each with what we wrote about it. */
export function PastChallengesList({ query, partner }: Props) {
  return (
    <section className="challenge-past" aria-labelledby="challenge-past-title">
      <h2 id="challenge-past-title" className="challenge-past__title">
        {t('challenges.past.heading')}
      </h2>
      {query.isPending ? (
        <Skeleton lines={2} />
      ) : query.isError || !query.data ? (
        <LoadFailed error={query.error} retry={() => void query.refetch()} />
      ) : query.data.weeks.length === 0 ? (
        <p className="challenge-past__empty">{t('challenges.past.empty')}</p>
      ) : (
        <>
          <p className="challenge-past__count">
            {plural('challenges.past.count', query.data.weeks.length)}
          </p>
          <ul className="challenge-past__list">
            {query.data.weeks.map((week) => (
              <li key={week.id} className="card challenge-past__item">
                <p className="eyebrow">{weekOfText(week.startsOn)}</p>
                <h3 className="challenge-past__name">{week.challenge.title}</h3>
                <ReflectionPanel week={week} partner={partner} compact />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
