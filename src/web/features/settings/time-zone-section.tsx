import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { useUpdateCoupleTimeZone } from '../partner/partner-api';
import { useUpdateMe } from './settings-api';
import { TimeZoneForm } from './time-zone-form';

/** My own time zone, and the couple's shared one when linked. */
export function TimeZoneSection() {
  const me = useCurrentMe();
  const updateMe = useUpdateMe();
  const updateCouple = useUpdateCoupleTimeZone();
  const mine = {
    mutate: (zone: string, options: { onSuccess: () => void }) =>
      updateMe.mutate({ timeZone: zone }, options),
    isPending: updateMe.isPending,
    isError: updateMe.isError,
    error: updateMe.error,
  };

  return (
    <section className="card" aria-labelledby="time-heading">
      <h2 id="time-heading" className="card__title">
        {t('settings.timeHeading')}
      </h2>
      <TimeZoneForm
        label={t('settings.myTimeZone')}
        hint={t('settings.myTimeZoneHint')}
        name="timeZone"
        saved={me.user.timeZone}
        saver={mine}
      />
      {me.couple && (
        <TimeZoneForm
          label={t('settings.coupleTimeZone')}
          hint={t('settings.coupleTimeZoneHint')}
          name="coupleTimeZone"
          saved={me.couple.timeZone}
          saver={updateCouple}
        />
      )}
    </section>
  );
}
