import '../../styles/flows.css';
import '../../styles/ratings.css';
import './listening.css';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import type { ListeningActionBody, ListeningSession } from '../../../shared/listening-api';
import { BusyButton } from '../../components/busy-button';
import { LoadFailed } from '../../components/load-failed';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { errorText } from '../../data/error-text';
import { queryKeys } from '../../data/keys';
import { t } from '../../i18n';
import { useListeningAction, useListeningPrompts, useListeningSession } from './listening-api';
import { type TimerStatus, timerStatus } from './listening-logic';
import { RatingCard } from './rating-card';
import { ListenerGuide, SpeakerGuide } from './role-guides';
import { SessionTimer, useTimeLeft } from './session-timer';
import { NO_TOPIC, type TopicChoice, TopicPicker, topicBody } from './topic-picker';

type Act = (body: ListeningActionBody) => void;

/** Whether I speak in the current turn (on one shared device: whether it is my turn to speak). */
function iSpeakNow(session: ListeningSession): boolean {
  return session.turns.find((turn) => turn.turn === session.turn)?.speaker === 'me';
}

/**
 * The names on the role guides: on my own device only my role is shown, as
 * "you"; on one shared device both are shown, the other one by name.
 */
function namesOf(session: ListeningSession): { speaker: string | null; listener: string | null } {
  if (session.mode === 'together') return { speaker: null, listener: null };
  return iSpeakNow(session)
    ? { speaker: null, listener: session.partnerName }
    : { speaker: session.partnerName, listener: null };
}

function roleLine(session: ListeningSession): string {
  return iSpeakNow(session)
    ? t('listening.session.youSpeak', { partner: session.partnerName })
    : t('listening.session.youListen', { partner: session.partnerName });
}

/** The speaker's turn about to begin: their topic (which they may still change), then "start". */
function ReadyStep({ session, act, busy }: { session: ListeningSession; act: Act; busy: boolean }) {
  const prompts = useListeningPrompts();
  const current = session.turns.find((turn) => turn.turn === session.turn);
  const [choosing, setChoosing] = useState(current?.topic === null);
  const [topic, setTopic] = useState<TopicChoice>(NO_TOPIC);
  const [tried, setTried] = useState(false);
  const mayStart = session.myRole !== 'listener';
  if (!mayStart) {
    return (
      <p className="status-line listening-wait">
        {t('listening.session.waiting', { partner: session.partnerName })}
      </p>
    );
  }
  const body = topicBody(topic);
  const withTopic = choosing && current?.topicOpen === true;
  const onStart = () => {
    if (!withTopic) {
      // The topic chosen when the session began stays as it is.
      act({ action: 'start', turn: session.turn });
    } else if (body === undefined) {
      setTried(true);
    } else {
      act({ action: 'start', turn: session.turn, topic: body });
    }
  };
  const forPartner = current?.speaker === 'partner';
  return (
    <div className="listening-ready">
      {current?.topicOpen &&
        (choosing ? (
          prompts.isSuccess && (
            <TopicPicker
              prompts={prompts.data.prompts}
              choice={topic}
              onChange={(next) => {
                setTopic(next);
                setTried(false);
              }}
              heading={
                forPartner
                  ? t('listening.topic.headingFor', { partner: session.partnerName })
                  : t('listening.topic.heading')
              }
              partnerName={session.partnerName}
              missing={tried && body === undefined}
            />
          )
        ) : (
          <Button className="button button--quiet" onPress={() => setChoosing(true)}>
            {t('listening.topic.change')}
          </Button>
        ))}
      <BusyButton className="button button--primary listening-main" isBusy={busy} onPress={onStart}>
        {session.myRole === 'both'
          ? t('listening.session.startTurn')
          : t('listening.session.startMine')}
      </BusyButton>
    </div>
  );
}

/** Pause or resume, and end, always at hand while the session is on. */
function StandingControls({
  session,
  act,
  busy,
}: {
  session: ListeningSession;
  act: Act;
  busy: boolean;
}) {
  const [confirming, setConfirming] = useState(false);
  const speaking = session.phase === 'speaking';
  return (
    <div className="listening-controls">
      {speaking && (
        <BusyButton
          className="button button--secondary"
          isBusy={busy}
          onPress={() => act({ action: session.paused ? 'resume' : 'pause', turn: session.turn })}
        >
          {session.paused ? t('listening.session.resume') : t('listening.session.pause')}
        </BusyButton>
      )}
      {confirming ? (
        <div className="listening-confirm">
          <p className="listening-confirm__question">{t('listening.session.endConfirm')}</p>
          <BusyButton
            className="button button--danger"
            isBusy={busy}
            onPress={() => act({ action: 'end', turn: session.turn })}
          >
            {t('listening.session.endNow')}
          </BusyButton>
          <Button className="button button--quiet" onPress={() => setConfirming(false)}>
            {t('listening.session.keepGoing')}
          </Button>
        </div>
      ) : (
        <Button className="button button--quiet" onPress={() => setConfirming(true)}>
          {t('listening.session.end')}
        </Button>
      )}
    </div>
  );
}

/** The step that moves the session on from here, for whoever may take it. */
function MainStep({ session, act, busy }: { session: ListeningSession; act: Act; busy: boolean }) {
  if (session.phase === 'ready') return <ReadyStep session={session} act={act} busy={busy} />;
  if (session.phase === 'speaking') {
    if (session.myRole === 'listener') return null;
    return (
      <BusyButton
        className="button button--primary listening-main"
        isBusy={busy}
        onPress={() => act({ action: 'reflect', turn: session.turn })}
      >
        {session.myRole === 'both'
          ? t('listening.session.doneShared')
          : t('listening.session.done')}
      </BusyButton>
    );
  }
  if (session.phase === 'reflecting') {
    const last = session.turn === 2;
    return (
      <BusyButton
        className="button button--primary listening-main"
        isBusy={busy}
        onPress={() => act({ action: last ? 'finish' : 'swap', turn: session.turn })}
      >
        {last ? t('listening.session.finish') : t('listening.session.swap')}
      </BusyButton>
    );
  }
  return null;
}

/** The word under the clock; none while it runs. */
function timerWord(status: TimerStatus): string | null {
  switch (status) {
    case 'ready':
      return t('listening.session.ready');
    case 'paused':
      return t('listening.session.paused');
    case 'timeUp':
      return t('listening.session.timeUp');
    case 'turnEnded':
      return t('listening.session.turnEnded');
    case 'running':
      return null;
  }
}

function LiveSession({ session, receivedAt }: { session: ListeningSession; receivedAt: number }) {
  const client = useQueryClient();
  const action = useListeningAction(session.id);
  const refresh = useCallback(
    () => void client.invalidateQueries({ queryKey: queryKeys.listening }),
    [client],
  );
  const left = useTimeLeft(session.timer, receivedAt, refresh);
  const act: Act = (body) => action.mutate(body);
  const names = namesOf(session);
  const current = session.turns.find((turn) => turn.turn === session.turn);
  const shared = session.mode === 'shared-device';
  const status = timerStatus(session);
  return (
    <>
      <section className="card listening-now" aria-labelledby="listening-turn">
        <h2 className="eyebrow" id="listening-turn">
          {t('listening.session.turn', { turn: session.turn })}
        </h2>
        <p className="listening-now__roles">{roleLine(session)}</p>
        <p className="listening-now__topic">
          {current?.topic ? (
            <>
              <span className="listening-now__topic-label">{t('listening.session.topic')}: </span>
              {current.topic.text}
            </>
          ) : (
            t('listening.session.noTopic')
          )}
        </p>
        <SessionTimer
          timer={session.timer}
          left={left}
          state={timerWord(status)}
          showClock={status !== 'turnEnded'}
        />
        <p className="visually-hidden" aria-live="polite">
          {timerWord(status) ?? ''}
        </p>
        <MainStep session={session} act={act} busy={action.isPending} />
        {action.isError && (
          <Notice tone="error">
            {errorText(action.error, { validation_failed: 'listening.session.movedOn' })}
          </Notice>
        )}
        <StandingControls session={session} act={act} busy={action.isPending} />
      </section>
      {(session.myRole !== 'listener' || shared) && (
        <SpeakerGuide
          phase={session.phase}
          name={names.speaker}
          partnerName={session.partnerName}
          shared={shared}
        />
      )}
      {(session.myRole !== 'speaker' || shared) && (
        <ListenerGuide phase={session.phase} name={names.listener} />
      )}
    </>
  );
}

function EndedSession({ session }: { session: ListeningSession }) {
  const partnerSpoke = session.turns.some((turn) => turn.speaker === 'partner');
  return (
    <>
      <section className="card listening-ended" aria-labelledby="listening-ended">
        <h2 id="listening-ended" className="card__title">
          {t('listening.session.endedHeading')}
        </h2>
        <p>
          {session.completed
            ? t('listening.session.endedCompleted')
            : t('listening.session.endedEarly')}
        </p>
        {session.mode === 'shared-device' && partnerSpoke && (
          <p className="field__hint">
            {t('listening.session.sharedPartnerRates', { partner: session.partnerName })}
          </p>
        )}
      </section>
      <RatingCard session={session} />
      <Link to="/listening" className="button button--secondary">
        {t('listening.session.back')}
      </Link>
    </>
  );
}

/** One session, live on this device: roles, the timer, the cues, and at the end the rating. */
export default function SessionPage() {
  const { sessionId = '' } = useParams();
  const session = useListeningSession(sessionId);
  return (
    <div className="page listening-page">
      <PageHeading title={t('listening.title')}>{t('listening.session.heading')}</PageHeading>
      {session.isPending ? (
        <Skeleton lines={6} />
      ) : session.isError ? (
        <LoadFailed error={session.error} retry={() => void session.refetch()} />
      ) : session.data.phase === 'ended' ? (
        <EndedSession session={session.data} />
      ) : (
        <LiveSession session={session.data} receivedAt={session.dataUpdatedAt} />
      )}
    </div>
  );
}
