import { Link } from 'react-router';
import type { ConcernNudge } from '../../../shared/checkins-api';
import { BusyButton } from '../../components/busy-button';
import { WhoSees } from '../../components/who-sees';
import { plural, t } from '../../i18n';
import { useDismissNudge } from './checkin-api';

/**
 * A gentle word for me alone about a concern I have raised for weeks in a
 * row, with suggestions that fit my situation; my partner never sees it.
 */
export function NudgeCard({ nudge, partner }: { nudge: ConcernNudge; partner: string }) {
  const dismiss = useDismissNudge();
  return (
    <section className="card checkin-nudge" aria-labelledby="checkin-nudge-heading">
      <h2 id="checkin-nudge-heading" className="card__title">
        {t('checkins.nudge.heading')}
      </h2>
      <WhoSees
        visibility="private"
        partnerName={partner}
        detail={t('checkins.nudge.private', { partner })}
      />
      <p>{plural('checkins.nudge.body', nudge.weeks, { text: nudge.text })}</p>
      <p>{t('checkins.nudge.lead')}</p>
      <ul className="checkin-nudge__ideas">
        {nudge.suggestions.includes('listening') && (
          <li>
            <p>{t('checkins.nudge.listening')}</p>
            <Link to="/listening" className="button button--secondary button--small">
              {t('checkins.nudge.listeningAction')}
            </Link>
          </li>
        )}
        {nudge.suggestions.includes('therapy') && (
          <li>
            <p>{t('checkins.nudge.therapy')}</p>
          </li>
        )}
        {nudge.suggestions.includes('support') && (
          <li>
            <p>{t('checkins.nudge.support')}</p>
            <Link to="/for-you/support" className="button button--secondary button--small">
              {t('checkins.nudge.supportAction')}
            </Link>
          </li>
        )}
      </ul>
      <BusyButton
        className="button button--quiet"
        isBusy={dismiss.isPending}
        onPress={() => dismiss.mutate(nudge.concernId)}
      >
        {t('checkins.nudge.dismiss')}
      </BusyButton>
    </section>
  );
}
