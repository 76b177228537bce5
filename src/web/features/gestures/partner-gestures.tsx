import type { GestureDone, GestureToday } from '../../../shared/gestures-api';
import { BusyButton } from '../../components/busy-button';
import { HeartIcon } from '../../components/icons';
import { Notice } from '../../components/notice';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { formatDay } from '../../lib/format';
import { useThank } from './gestures-api';

function PartnerGesture({ done, partner }: { done: GestureDone; partner: string }) {
  const thank = useThank();
  const id = `partner-gesture-${done.id}`;
  return (
    <li className="partner-gesture" aria-labelledby={id}>
      <p className="partner-gesture__day">{formatDay(done.day)}</p>
      <p id={id} className="partner-gesture__text">
        {done.gesture.text}
      </p>
      {done.thanked ? (
        <p className="partner-gesture__thanked">
          <HeartIcon />
          {t('gestures.partner.thankedByYou')}
        </p>
      ) : (
        <BusyButton
          className="button button--secondary button--small"
          isBusy={thank.isPending}
          aria-describedby={id}
          onPress={() =>
            thank.mutate(done.id, {
              onSuccess: () => announce(t('gestures.partner.thankAnnounce', { partner })),
            })
          }
        >
          {thank.isPending ? t('gestures.partner.thanking') : t('gestures.partner.thank')}
        </BusyButton>
      )}
      {thank.isError && <Notice tone="error">{errorText(thank.error)}</Notice>}
    </li>
  );
}

/** What my partner did for me this week, each with a thank-you they will see. */
export function PartnerGestures({ partner }: { partner: NonNullable<GestureToday['partner']> }) {
  return (
    <section className="card" aria-labelledby="partner-gestures">
      <h2 id="partner-gestures" className="card__title">
        {t('gestures.partner.heading', { partner: partner.name })}
      </h2>
      {partner.done.length === 0 ? (
        <p className="status-line">{t('gestures.partner.empty')}</p>
      ) : (
        <ul className="partner-gestures">
          {partner.done.map((done) => (
            <PartnerGesture key={done.id} done={done} partner={partner.name} />
          ))}
        </ul>
      )}
    </section>
  );
}
