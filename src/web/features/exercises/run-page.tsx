import './exercises.css';
import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import type { Run } from '../../../shared/exercises-api';
import { BusyButton } from '../../components/busy-button';
import { LoadFailed } from '../../components/load-failed';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { errorText } from '../../data/error-text';
import { useCurrentMe } from '../../data/me';
import { type MessageKey, t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { useRun, useRunAction } from './exercises-api';
import { Pacer } from './pacer';
import { clockOffset, clockText, momentAt, type RunMoment } from './run-moment';

const UNDER_WAY = new Set<Run['status']>(['invited', 'starting', 'running']);

/** Server time in ms, ticking a few times a second while `active`. */
function useServerNow(offset: number, active: boolean): number {
  const [now, setNow] = useState(() => Date.now() + offset);
  useEffect(() => {
    setNow(Date.now() + offset);
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now() + offset), 250);
    return () => clearInterval(timer);
  }, [offset, active]);
  return now;
}

/** Keeps the screen awake while the run is under way, where the browser allows it. */
function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | null = null;
    let released = false;
    navigator.wakeLock
      .request('screen')
      .then((sentinel) => {
        if (released) void sentinel.release();
        else lock = sentinel;
      })
      .catch(() => {});
    return () => {
      released = true;
      void lock?.release().catch(() => {});
    };
  }, [active]);
}

type EndedStatus = 'stopped' | 'finished' | 'expired';

const ENDED_WORDS: Record<EndedStatus, { title: MessageKey; body: MessageKey }> = {
  stopped: { title: 'exercises.ended.stoppedTitle', body: 'exercises.ended.stoppedBody' },
  finished: { title: 'exercises.ended.finishedTitle', body: 'exercises.ended.finishedBody' },
  expired: { title: 'exercises.ended.expiredTitle', body: 'exercises.ended.expiredBody' },
};

function endedStatus(status: Run['status']): EndedStatus {
  return status === 'finished' || status === 'expired' ? status : 'stopped';
}

/** However it ended, nobody is blamed: "It ended. That's okay." */
function Ended({ status }: { status: EndedStatus }) {
  const words = ENDED_WORDS[status];
  return (
    <section className="run-ended" aria-labelledby="run-ended-title">
      <h2 id="run-ended-title" className="run-ended__title">
        {t(words.title)}
      </h2>
      <p>{t(words.body)}</p>
      <Link className="button button--primary" to="/exercises">
        {t('exercises.back')}
      </Link>
    </section>
  );
}

function Waiting({ run, partner }: { run: Run; partner: string }) {
  return (
    <section className="run-waiting" aria-labelledby="run-waiting-title">
      <h2 id="run-waiting-title" className="run-state__title">
        {t('exercises.run.waitingTitle', { partner })}
      </h2>
      <p>{t('exercises.run.waitingBody', { partner })}</p>
      <p className="status-line">{t('exercises.run.waitingLapse')}</p>
      <p className="exercise-consent__text">{run.exercise.consent}</p>
    </section>
  );
}

function Invitation({ run, partner }: { run: Run; partner: string }) {
  const { consent } = useRunAction(run.id);
  return (
    <section className="run-waiting" aria-labelledby="run-invited-title">
      <h2 id="run-invited-title" className="run-state__title">
        {t('exercises.run.invitedTitle', { partner })}
      </h2>
      <p className="exercise-consent__text">{run.exercise.consent}</p>
      <p>{run.exercise.summary}</p>
      {consent.isError && <Notice tone="error">{errorText(consent.error)}</Notice>}
      <div className="actions actions--stack">
        <BusyButton
          className="button button--primary"
          isBusy={consent.isPending}
          onPress={() => consent.mutate()}
        >
          {t('exercises.run.ready')}
        </BusyButton>
        <Link className="button button--secondary" to="/exercises">
          {t('exercises.run.notNow')}
        </Link>
      </div>
      <p className="status-line">{t('exercises.run.notNowHint')}</p>
    </section>
  );
}

function Running({ moment }: { moment: RunMoment }) {
  if (moment.kind === 'count-in') {
    return (
      <section className="run-countin" aria-labelledby="run-countin">
        <h2 id="run-countin" className="run-state__title">
          {t('exercises.run.startingIn', { seconds: moment.secondsLeft })}
        </h2>
        <p className="run-countin__number" aria-hidden="true">
          {moment.secondsLeft}
        </p>
      </section>
    );
  }
  if (moment.kind === 'over') return null;
  const { step, pacer } = moment;
  return (
    <section className="run-step" aria-labelledby="run-step-count">
      <div className="run-step__top">
        <div>
          <h2 id="run-step-count" className="run-step__count">
            {t('exercises.run.stepOf', { step: step.index + 1, count: step.count })}
          </h2>
          <p className="run-step__time">
            {t('exercises.run.stepLeft', { time: clockText(step.stepSecondsLeft) })}
          </p>
        </div>
        <p className="run-step__left">
          {t('exercises.run.totalLeft', { time: clockText(step.secondsLeft) })}
        </p>
      </div>
      {pacer && <Pacer moment={pacer} />}
      <p className="run-step__text">{step.text}</p>
    </section>
  );
}

/** The buttons that are always there while a run is under way: Stop, and "we're done". */
function RunControls({ run, running }: { run: Run; running: boolean }) {
  const { stop, finish } = useRunAction(run.id);
  return (
    <div className="run-controls">
      {(stop.isError || finish.isError) && (
        <Notice tone="error">{errorText(stop.error ?? finish.error)}</Notice>
      )}
      <BusyButton
        className="button button--primary run-controls__stop"
        isBusy={stop.isPending}
        onPress={() => stop.mutate()}
      >
        {t('exercises.run.stop')}
      </BusyButton>
      {running && (
        <Button
          className="button button--quiet"
          isDisabled={finish.isPending}
          onPress={() => finish.mutate()}
        >
          {t('exercises.run.done')}
        </Button>
      )}
    </div>
  );
}

/** Tells screen-reader users what changed: the run's state, and each new step. */
function useRunAnnouncements(run: Run | undefined, moment: RunMoment | null, partner: string) {
  const last = useRef<string | null>(null);
  let key: string | null = null;
  let text = '';
  if (run) {
    if (!UNDER_WAY.has(run.status)) {
      key = run.status;
      text = t(ENDED_WORDS[endedStatus(run.status)].title);
    } else if (moment?.kind === 'step') {
      key = `step-${moment.step.index}`;
      text = `${t('exercises.run.stepOf', { step: moment.step.index + 1, count: moment.step.count })}. ${moment.step.text}`;
    } else if (run.status === 'starting') {
      key = 'starting';
      text = t('exercises.run.bothReady', { partner });
    }
  }
  useEffect(() => {
    if (key === null || key === last.current) return;
    // The first state is what the screen opened on: its heading says it already.
    if (last.current !== null) announce(text);
    last.current = key;
  }, [key, text]);
}

/**
 * The run: calm and uncluttered. Waiting or joining, a count-in so both
 * phones begin together, then each step with its time left and, while
 * breathing, the pacer. Stop is always there, for either of you.
 */
export default function RunPage() {
  const { runId = '' } = useParams();
  const me = useCurrentMe();
  const run = useRun(runId);
  const partner = me.couple?.partnerName ?? t('nav.partner');
  const data = run.data;
  const offset = data ? clockOffset(data.serverNow, run.dataUpdatedAt) : 0;
  const underWay = data !== undefined && UNDER_WAY.has(data.status);
  const now = useServerNow(offset, underWay);
  const moment = data ? momentAt(data, now) : null;
  const ticking = moment !== null && moment.kind !== 'over';
  useWakeLock(ticking);
  useRunAnnouncements(data, moment, partner);

  // When the last step ends here, ask the server, so both phones agree it is over.
  const over = moment?.kind === 'over' && data?.status !== 'finished';
  const { refetch } = run;
  useEffect(() => {
    if (over) void refetch();
  }, [over, refetch]);

  if (run.isPending) {
    return (
      <div className="page">
        <Skeleton lines={4} />
      </div>
    );
  }
  if (run.isError) {
    return (
      <div className="page">
        <PageHeading title={t('exercises.title')}>{t('exercises.heading')}</PageHeading>
        <LoadFailed error={run.error} retry={() => void run.refetch()} />
        <Link to="/exercises">{t('exercises.back')}</Link>
      </div>
    );
  }
  const r = run.data;
  const showMoment = moment !== null && moment.kind !== 'over' && underWay;
  return (
    <div className="page run">
      <PageHeading title={t('exercises.title')} className="run__title">
        {r.exercise.title}
      </PageHeading>
      {r.mode === 'one-device' && underWay && (
        <p className="status-line run__mode">{t('exercises.run.oneDevice')}</p>
      )}
      <div className="run__body">
        {!underWay || moment?.kind === 'over' ? (
          <Ended status={underWay ? 'finished' : endedStatus(r.status)} />
        ) : showMoment ? (
          <Running moment={moment} />
        ) : r.startedByMe ? (
          <Waiting run={r} partner={partner} />
        ) : (
          <Invitation run={r} partner={partner} />
        )}
      </div>
      {underWay && moment?.kind !== 'over' && (
        <RunControls run={r} running={moment?.kind === 'step'} />
      )}
    </div>
  );
}
