import { Button } from 'react-aria-components';
import type { TodayQuestion } from '../../../shared/api';
import { LockIcon } from '../../components/icons';
import { WhoSees } from '../../components/who-sees';
import { t } from '../../i18n';

/** Where things stand with the partner: yes or no only, never when. */
function partnerStatus(today: TodayQuestion): string {
  if (today.visibility === 'private') return t('today.savedJournal');
  const partner = today.partnerName ?? t('nav.partner');
  return today.partnerAnswered
    ? t('today.live.partnerAnswered', { partner })
    : t('today.partnerWaiting', { partner });
}

/** My saved answer while the partner has not answered yet (or in a solo journal). */
export function SavedAnswer({ today, onEdit }: { today: TodayQuestion; onEdit: () => void }) {
  return (
    <div className="saved-answer">
      <h3 className="answer__label">{t('today.yourAnswer')}</h3>
      <p className="answer__text">{today.mine?.text}</p>
      <WhoSees visibility={today.visibility} partnerName={today.partnerName} />
      <p className="status-line">{partnerStatus(today)}</p>
      <Button className="button button--secondary" onPress={onEdit}>
        {t('common.edit')}
      </Button>
    </div>
  );
}

/** Both answers side by side, locked once revealed. */
export function RevealedAnswers({ today }: { today: TodayQuestion }) {
  const partner = today.partnerName ?? t('nav.partner');
  return (
    <section className="revealed" aria-labelledby="revealed-heading">
      <h3 id="revealed-heading" className="answer__label">
        {t('today.bothAnswers')}
      </h3>
      <div className="revealed__grid">
        <figure className="answer answer--mine">
          <figcaption className="answer__who">{t('common.you')}</figcaption>
          <p className="answer__text">{today.mine?.text}</p>
        </figure>
        <figure className="answer answer--partner">
          <figcaption className="answer__who">{partner}</figcaption>
          <p className="answer__text">{today.partner?.text}</p>
        </figure>
      </div>
      <p className="lock-note">
        <LockIcon />
        {t('today.lockedNote')}
      </p>
    </section>
  );
}
