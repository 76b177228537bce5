import '../../styles/flows.css';
import '../../styles/ratings.css';
import './check.css';
import { LoadFailed } from '../../components/load-failed';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { t } from '../../i18n';
import { useCheckDefinition } from './check-api';
import { CheckFlow } from './check-flow';

/** The check: how close I feel now and how I'd like it, what weighs on me, what I notice. */
export default function CheckPage() {
  const definition = useCheckDefinition();
  return (
    <div className="page">
      <PageHeading title={t('titles.check')}>{t('check.title')}</PageHeading>
      {definition.isPending ? (
        <Skeleton lines={5} />
      ) : definition.isError ? (
        <LoadFailed error={definition.error} retry={() => void definition.refetch()} />
      ) : (
        <CheckFlow definition={definition.data} />
      )}
    </div>
  );
}
