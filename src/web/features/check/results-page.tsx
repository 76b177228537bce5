import '../../styles/ratings.css';
import '../../styles/results.css';
import { Link } from 'react-router';
import type { CheckDefinition, CheckResultView } from '../../../shared/program-api';
import { LoadFailed } from '../../components/load-failed';
import { PageHeading } from '../../components/page-heading';
import { SharingToggle } from '../../components/sharing-toggle';
import { Skeleton } from '../../components/skeleton';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useCheckDefinition, useCheckResults } from './check-api';
import { ComparisonView } from './comparison';
import { KindResult } from './kind-result';
import { SharedWhoSees } from './shared-who-sees';
import { useMutualSharing } from './sharing-state';

function Causes({ result, definition }: { result: CheckResultView; definition: CheckDefinition }) {
  const label = (id: string) => definition.causes.find((c) => c.id === id)?.label ?? id;
  const top = result.causes.slice(0, 2);
  return (
    <section className="card" aria-labelledby="results-causes">
      <h2 id="results-causes" className="card__title">
        {t('results.causesHeading')}
      </h2>
      {top.length === 0 ? (
        <p>{t('results.noCauses')}</p>
      ) : (
        <ul className="results-list">
          {top.map((cause) => (
            <li key={cause.group}>
              <strong>{t(`check.groups.${cause.group}`)}</strong>
              <span>{cause.items.map(label).join(' · ')}</span>
            </li>
          ))}
        </ul>
      )}
      <h2 className="card__title">{t('results.signsHeading')}</h2>
      {result.signs.length === 0 ? (
        <p>{t('results.noSigns')}</p>
      ) : (
        <ul className="results-signs">
          {result.signs.map((id) => (
            <li key={id}>{definition.signs.find((s) => s.id === id)?.label ?? id}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Sharing({ partner }: { partner: string }) {
  return (
    <section className="card" aria-labelledby="results-sharing">
      <h2 id="results-sharing" className="card__title">
        {t('results.sharingHeading')}
      </h2>
      <SharingToggle
        topic="check"
        label={t('results.shareLabel', { partner })}
        explain={t('results.shareExplain', { partner })}
      />
    </section>
  );
}

/** My latest check, in words and numbers, for my eyes only unless I choose to share. */
export default function ResultsPage() {
  const me = useCurrentMe();
  const results = useCheckResults();
  const definition = useCheckDefinition();
  const mutual = useMutualSharing();
  const latest = results.data?.results[0];
  return (
    <div className="page">
      <PageHeading title={t('titles.checkResults')}>{t('results.title')}</PageHeading>
      <SharedWhoSees topic="check" />
      {results.isPending || definition.isPending ? (
        <Skeleton lines={5} />
      ) : results.isError || definition.isError ? (
        <LoadFailed
          error={results.error ?? definition.error}
          retry={() => void Promise.all([results.refetch(), definition.refetch()])}
        />
      ) : !latest ? (
        <section className="card empty-state" aria-labelledby="results-none">
          <h2 id="results-none" className="card__title">
            {t('results.noneTitle')}
          </h2>
          <p>{t('results.noneBody')}</p>
          <Link to="/check" className="button button--primary">
            {t('plan.takeCheck')}
          </Link>
        </section>
      ) : (
        <>
          <p className="page__lead">{t('results.from', { date: formatDate(latest.takenAt) })}</p>
          <section className="card" aria-labelledby="results-kinds">
            <h2 id="results-kinds" className="card__title">
              {t('results.kindsHeading')}
            </h2>
            <ul className="kind-results">
              {latest.kinds.map((kind) => (
                <KindResult key={kind.kind} kind={kind} />
              ))}
            </ul>
            <p className="field__hint">{t('results.gapNote')}</p>
          </section>
          <Causes result={latest} definition={definition.data} />
          {results.data.nextCheckAt && (
            <p className="status-line">
              {t('plan.nextCheck', { date: formatDate(results.data.nextCheckAt) })}
            </p>
          )}
          <div className="actions">
            <Link to="/plan" className="button button--primary">
              {t('home.planLink')}
            </Link>
            <Link to="/check" className="button button--secondary">
              {t('results.again')}
            </Link>
          </div>
          {me.couple && <Sharing partner={me.couple.partnerName} />}
          {me.couple && <ComparisonView enabled={mutual.data?.check === true} />}
        </>
      )}
    </div>
  );
}
