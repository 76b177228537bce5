import '../../styles/flows.css';
import '../../styles/ratings.css';
import './checkin.css';
import { Link, useNavigate } from 'react-router';
import type { CheckinState, CurrentCheckinView } from '../../../shared/checkins-api';
import { BusyButton } from '../../components/busy-button';
import { EmptyState } from '../../components/empty-state';
import { LoadFailed } from '../../components/load-failed';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { AgreementsCard } from './agreements-card';
import { useCheckinState, useMoveStep } from './checkin-api';
import { instantDayText, instantTimeText } from './checkin-words';
import { NudgeCard } from './nudge-card';
import { PrepForm } from './prep-form';
import { ScheduleCard } from './schedule-card';

/** When the next check-in is, and the one button that starts (or rejoins) it. */
function NextCheckin({ checkin }: { checkin: CurrentCheckinView }) {
  const navigate = useNavigate();
  const move = useMoveStep();
  const underWay = checkin.step !== 'waiting';
  return (
    <section className="card checkin-next" aria-labelledby="checkin-next-heading">
      <h2 id="checkin-next-heading" className="card__title">
        {t('checkins.next.heading')}
      </h2>
      <p className="checkin-next__when">
        {t('checkins.next.when', {
          day: instantDayText(checkin.at),
          time: instantTimeText(checkin.at),
        })}
      </p>
      {underWay ? (
        <>
          <p>{t('checkins.next.underWay')}</p>
          <Link to="/checkin/focus" className="button button--primary">
            {t('checkins.next.join')}
          </Link>
        </>
      ) : (
        <>
          <p className="field__hint">{t('checkins.next.beginHint')}</p>
          {move.isError && <Notice tone="error">{errorText(move.error)}</Notice>}
          <BusyButton
            className="button button--primary"
            isBusy={move.isPending}
            onPress={() =>
              move.mutate(
                { from: 'waiting', direction: 'next' },
                { onSuccess: () => navigate('/checkin/focus') },
              )
            }
          >
            {t('checkins.next.begin')}
          </BusyButton>
        </>
      )}
    </section>
  );
}

function CheckinBody({ state }: { state: CheckinState }) {
  if (!state.linked) {
    return (
      <EmptyState
        title={t('checkins.alone.title')}
        body={t('checkins.alone.body')}
        action={
          <Link to="/partner" className="button button--primary">
            {t('checkins.alone.action')}
          </Link>
        }
      />
    );
  }
  const partner = state.partnerName ?? t('nav.partner');
  const checkin = state.checkin;
  return (
    <>
      {state.nudge && <NudgeCard nudge={state.nudge} partner={partner} />}
      {checkin && <NextCheckin checkin={checkin} />}
      {checkin && <PrepForm key={checkin.id} state={state} checkin={checkin} />}
      <ScheduleCard state={state} partner={partner} />
      <AgreementsCard partner={partner} />
      <p className="checkin-links">
        <Link to="/checkin/history" className="button button--secondary">
          {t('checkins.next.historyLink')}
        </Link>
      </p>
    </>
  );
}

/**
 * The weekly check-in: when it is (agreed by both), my private preparation,
 * a calm start into focus mode, our agreements and the way to past weeks.
 */
export default function CheckinPage() {
  const state = useCheckinState();
  return (
    <div className="page checkin">
      <PageHeading title={t('checkins.title')}>{t('checkins.title')}</PageHeading>
      <p className="page__lead">{t('checkins.lead')}</p>
      {state.isPending ? (
        <>
          <Skeleton lines={3} />
          <Skeleton lines={6} />
        </>
      ) : state.isError ? (
        <LoadFailed error={state.error} retry={() => void state.refetch()} />
      ) : (
        <CheckinBody state={state.data} />
      )}
    </div>
  );
}
