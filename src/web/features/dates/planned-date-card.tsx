import { Button } from 'react-aria-components';
import type { PlannedDate } from '../../../shared/dates-api';
import { BusyButton } from '../../components/busy-button';
import { DialogShell } from '../../components/dialog-shell';
import { Notice } from '../../components/notice';
import { errorText } from '../../data/error-text';
import { useCurrentMe } from '../../data/me';
import { currentLocale, t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { formatStart, zoneCity } from './date-words';
import { useCancelDate } from './dates-api';
import { lengthWords } from './idea-meta';
import { PlanDateDialog } from './plan-date-dialog';

/** When a date is, on its own clock, naming the zone when it is not mine. */
export function WhenLine({ date }: { date: PlannedDate }) {
  const me = useCurrentMe();
  const start = formatStart(date.startsAt, date.timeZone, currentLocale());
  const zone =
    date.timeZone === me.user.timeZone
      ? ''
      : ` ${t('dates.zoneTime', { city: zoneCity(date.timeZone) })}`;
  return (
    <p className="planned-date__when">
      <time dateTime={date.startsAt}>{`${start}${zone}`}</time>
      <span aria-hidden="true"> · </span>
      <span className="visually-hidden">, </span>
      {lengthWords(date.durationMinutes)}
    </p>
  );
}

function CancelDate({ date }: { date: PlannedDate }) {
  const cancel = useCancelDate(date.id);
  return (
    <DialogShell
      triggerLabel={t('dates.planned.cancel')}
      triggerClassName="button button--quiet"
      title={t('dates.planned.cancelTitle', { title: date.title })}
      isBusy={cancel.isPending}
    >
      {(close) => (
        <>
          <p>{t('dates.planned.cancelBody')}</p>
          {cancel.isError && <Notice tone="error">{errorText(cancel.error)}</Notice>}
          <div className="actions">
            <BusyButton
              className="button button--danger"
              isBusy={cancel.isPending}
              onPress={() =>
                cancel.mutate(undefined, {
                  onSuccess: () => {
                    announce(t('dates.planned.cancelled'));
                    close();
                  },
                })
              }
            >
              {t('dates.planned.cancelConfirm')}
            </BusyButton>
            <Button className="button button--quiet" onPress={close}>
              {t('dates.planned.keep')}
            </Button>
          </div>
        </>
      )}
    </DialogShell>
  );
}

/** A date ahead: when and where, the notes we share, and what can be done with it. */
export function PlannedDateCard({ date }: { date: PlannedDate }) {
  const headingId = `date-${date.id}`;
  return (
    <article className="card planned-date" aria-labelledby={headingId} id={`planned-${date.id}`}>
      {date.phase === 'now' && <p className="eyebrow">{t('dates.planned.now')}</p>}
      <h3 id={headingId} className="card__title">
        {date.title}
      </h3>
      <WhenLine date={date} />
      {date.place && (
        <p className="planned-date__place">
          <span className="planned-date__label">{t('dates.planned.place')}</span> {date.place}
        </p>
      )}
      {date.notes && (
        <p className="planned-date__notes">
          <span className="planned-date__label">{t('dates.planned.notes')}</span> {date.notes}
        </p>
      )}
      <div className="actions planned-date__actions">
        <a
          className="button button--secondary"
          href={`/api/dates/${encodeURIComponent(date.id)}/ics`}
          download
        >
          {t('dates.planned.ics')}
        </a>
        <PlanDateDialog
          what={{ date }}
          triggerLabel={t('dates.planned.change')}
          triggerClassName="button button--quiet"
        />
        <CancelDate date={date} />
      </div>
    </article>
  );
}
