import { Link } from 'react-router';
import type { RouteName } from '../../../shared/program-api';
import { StepHeading } from '../../components/step-heading';
import { t } from '../../i18n';
import { SupportResources } from './support-resources';

/** After the last step: a calm word, and for anyone routed elsewhere, who can help. */
export function ForYouResult({ route }: { route: RouteName }) {
  const heading =
    route === 'crisis'
      ? t('forYou.resultCrisisTitle')
      : route === 'individual'
        ? t('forYou.resultIndividualTitle')
        : t('forYou.resultTogetherTitle');
  return (
    <section className="card flow-card" aria-labelledby="screen-result">
      <StepHeading id="screen-result" stepKey="result" moveFocus>
        {heading}
      </StepHeading>
      {route === 'together' ? (
        <p>{t('forYou.resultTogetherBody')}</p>
      ) : (
        <>
          <p>{t(route === 'crisis' ? 'forYou.resultCrisisBody' : 'forYou.resultIndividualBody')}</p>
          <p>{t('forYou.resultPartner')}</p>
          <SupportResources crisisFirst={route === 'crisis'} level={3} />
        </>
      )}
      <Link to="/" className="button button--secondary">
        {t('forYou.backToday')}
      </Link>
    </section>
  );
}
