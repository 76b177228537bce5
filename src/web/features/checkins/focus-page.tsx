import '../../styles/flows.css';
import './checkin.css';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { CheckinState, CurrentCheckinView } from '../../../shared/checkins-api';
import { BusyButton } from '../../components/busy-button';
import { LoadFailed } from '../../components/load-failed';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { StepHeading } from '../../components/step-heading';
import { StepProgress } from '../../components/step-progress';
import { errorText } from '../../data/error-text';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { readStored, writeStored } from '../../lib/storage';
import { useCheckinState, useMoveStep } from './checkin-api';
import { FOCUS_STEPS, type FocusStep, isFocusStep, isNoteStep } from './checkin-words';
import { AgreementsStepView } from './focus-agreements';
import { NoteStepView } from './focus-notes';

/** While focus mode is open, the navigation steps aside (the Exit button stays). */
function useFocusLayout(): void {
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.focusMode = 'on';
    return () => {
      delete root.dataset.focusMode;
    };
  }, []);
}

/**
 * The check-in this screen walks through, remembered for this tab: once it is
 * finished the server's current check-in is next week's, and the closing
 * screen still belongs to this one.
 */
function useRunningCheckin(userId: string, state: CheckinState | undefined) {
  const key = `rekindle.checkin-focus.${userId}`;
  const [running, setRunning] = useState<string | null>(() => readStored(key));
  const checkin = state?.checkin;
  useEffect(() => {
    if (checkin && checkin.step !== 'waiting' && running !== checkin.id) {
      setRunning(checkin.id);
      writeStored(key, checkin.id);
    }
  }, [checkin, running, key]);
  const finished = running !== null && state?.previous?.id === running && checkin?.id !== running;
  return { finished, forget: () => writeStored(key, null) };
}

function Progress({ step }: { step: FocusStep }) {
  const index = FOCUS_STEPS.indexOf(step) + 1;
  return (
    <StepProgress
      label={t('checkins.focus.progress', {
        step: index,
        count: FOCUS_STEPS.length,
        name: t(`checkins.focus.steps.${step}`),
      })}
      value={index}
      max={FOCUS_STEPS.length}
    />
  );
}

/** Next (or Finish) and Back: either of us moves both screens. */
function StepButtons({ checkin }: { checkin: CurrentCheckinView }) {
  const move = useMoveStep();
  const first = checkin.step === FOCUS_STEPS[0];
  const last = checkin.step === 'agreements';
  return (
    <div className="focus__buttons">
      {move.isError && <Notice tone="error">{errorText(move.error)}</Notice>}
      {!first && (
        <BusyButton
          className="button button--secondary button--large focus__back"
          isBusy={move.isPending}
          onPress={() => move.mutate({ from: checkin.step, direction: 'back' })}
        >
          {t('checkins.focus.back')}
        </BusyButton>
      )}
      <BusyButton
        className="button button--primary button--large focus__next"
        isBusy={move.isPending}
        onPress={() => move.mutate({ from: checkin.step, direction: 'next' })}
      >
        {last ? t('checkins.focus.finish') : t('checkins.focus.next')}
      </BusyButton>
    </div>
  );
}

function Waiting({ checkin }: { checkin: CurrentCheckinView }) {
  const move = useMoveStep();
  return (
    <div className="focus__body">
      <StepHeading stepKey="waiting" moveFocus={false} className="focus__heading">
        {t('checkins.focus.waitingHeading')}
      </StepHeading>
      <p className="focus__prompt">{t('checkins.focus.waitingBody')}</p>
      {move.isError && <Notice tone="error">{errorText(move.error)}</Notice>}
      <div className="focus__buttons">
        <BusyButton
          className="button button--primary button--large focus__next"
          isBusy={move.isPending}
          onPress={() => move.mutate({ from: checkin.step, direction: 'next' })}
        >
          {t('checkins.focus.begin')}
        </BusyButton>
      </div>
    </div>
  );
}

function StepView({ checkin, partner }: { checkin: CurrentCheckinView; partner: string }) {
  const step = checkin.step;
  // Focus follows the step once it changes (by either of us), and screen readers hear it.
  const [moved, setMoved] = useState(false);
  const shown = useRef(step);
  useEffect(() => {
    if (shown.current === step) return;
    shown.current = step;
    setMoved(true);
    if (isFocusStep(step)) announce(t(`checkins.focus.steps.${step}`));
  }, [step]);
  if (!isFocusStep(step)) return null;
  return (
    <div className="focus__body">
      <Progress step={step} />
      <StepHeading stepKey={step} moveFocus={moved} className="focus__heading">
        {t(`checkins.focus.steps.${step}`)}
      </StepHeading>
      <p className="focus__prompt">{t(`checkins.focus.prompts.${step}`)}</p>
      {isNoteStep(step) ? (
        <NoteStepView step={step} checkin={checkin} partner={partner} />
      ) : (
        <AgreementsStepView checkin={checkin} partner={partner} />
      )}
      <StepButtons checkin={checkin} />
    </div>
  );
}

function Done({ state, onLeave }: { state: CheckinState; onLeave: () => void }) {
  const agreements = state.previous?.agreements ?? [];
  return (
    <div className="focus__body">
      <StepHeading stepKey="done" moveFocus className="focus__heading">
        {t('checkins.focus.doneHeading')}
      </StepHeading>
      <p className="focus__prompt">
        {agreements.length > 0 ? t('checkins.focus.doneBody') : t('checkins.focus.doneNone')}
      </p>
      {agreements.length > 0 && (
        <section className="focus-note" aria-labelledby="focus-done-agreements">
          <h3 id="focus-done-agreements" className="focus-note__who">
            {t('checkins.history.agreements')}
          </h3>
          <ul className="checkin-list">
            {agreements.map((agreement) => (
              <li key={agreement.id} className="checkin-list__item">
                <p className="checkin-list__text focus-note__text">{agreement.text}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <Link to="/checkin" className="button button--primary focus__done" onClick={onLeave}>
        {t('checkins.focus.doneBack')}
      </Link>
    </div>
  );
}

/**
 * Focus mode: a calm, full-screen walk through the check-in, one step at a
 * time, in large type. Either partner moves both screens on; each step shows
 * both partners' notes for that step only, as the server reveals them.
 */
export default function FocusPage() {
  useFocusLayout();
  const me = useCurrentMe();
  const state = useCheckinState();
  const running = useRunningCheckin(me.user.id, state.data);
  const data = state.data;
  const partner = data?.partnerName ?? t('nav.partner');
  let body: ReactNode;
  if (state.isPending) body = <Skeleton lines={6} />;
  else if (state.isError) {
    body = <LoadFailed error={state.error} retry={() => void state.refetch()} />;
  } else if (data && running.finished) body = <Done state={data} onLeave={running.forget} />;
  else if (!data?.checkin) {
    body = (
      <div className="focus__body">
        <p className="focus__prompt">{t('checkins.focus.gone')}</p>
        <Link to="/checkin" className="button button--primary">
          {t('checkins.focus.doneBack')}
        </Link>
      </div>
    );
  } else if (data.checkin.step === 'waiting') body = <Waiting checkin={data.checkin} />;
  else body = <StepView checkin={data.checkin} partner={partner} />;
  return (
    <section className="focus" aria-label={t('checkins.focus.label')}>
      <div className="focus__bar">
        <PageHeading title={t('checkins.title')} className="focus__title">
          {t('checkins.title')}
        </PageHeading>
        <Link
          to="/checkin"
          className="button button--quiet focus__leave"
          onClick={running.finished ? running.forget : undefined}
        >
          {t('checkins.focus.leave')}
        </Link>
      </div>
      {body}
    </section>
  );
}
