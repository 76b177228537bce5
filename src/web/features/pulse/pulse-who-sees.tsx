import { PeopleIcon } from '../../components/icons';
import { WhoSees } from '../../components/who-sees';
import { useCurrentMe } from '../../data/me';
import { useSharing } from '../../data/sharing';
import { t } from '../../i18n';

/**
 * Pulse ratings are private unless both partners chose to share progress;
 * with my own sharing on, the label says exactly that.
 */
export function PulseWhoSees() {
  const me = useCurrentMe();
  const sharing = useSharing();
  if (!me.couple || sharing.data?.progress !== true) {
    return <WhoSees visibility="private" partnerName={null} />;
  }
  return (
    <p className="who-sees who-sees--shared">
      <PeopleIcon />
      <span>
        <span className="who-sees__label">{t('visibility.label')}</span>{' '}
        <strong>{t('pulse.sharedIfBoth', { partner: me.couple.partnerName })}</strong>
      </span>
    </p>
  );
}
