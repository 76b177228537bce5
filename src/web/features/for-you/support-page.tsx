import '../../styles/flows.css';
import { PageHeading } from '../../components/page-heading';
import { useMe } from '../../data/me';
import { t } from '../../i18n';
import { useForYou } from './for-you-api';
import { SupportResources } from './support-resources';

/** Logged in: what this person's own route says should come first. */
function RoutedResources() {
  const view = useForYou();
  return <SupportResources crisisFirst={view.data?.route === 'crisis'} />;
}

/** People who can help, for the country the person chooses. Public, so it works logged out too. */
export default function SupportPage() {
  const { data: me } = useMe();
  return (
    <div className="page">
      <PageHeading title={t('titles.forYou')}>{t('support.title')}</PageHeading>
      <p className="page__lead">{t('support.lead')}</p>
      {me ? <RoutedResources /> : <SupportResources />}
      <p className="field__hint">{t('support.exitNote')}</p>
    </div>
  );
}
