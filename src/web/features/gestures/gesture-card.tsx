import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { Gesture, GestureToday } from '../../../shared/gestures-api';
import { BusyButton } from '../../components/busy-button';
import { KindBadge } from '../../components/kind-badge';
import { Notice } from '../../components/notice';
import { WhoSees } from '../../components/who-sees';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { useMarkDone, useNotForUs, useUndoDone } from './gestures-api';

/** The gesture's kinds, how long it takes and whether it works apart: small tags under its words. */
export function GestureMeta({ gesture }: { gesture: Gesture }) {
  return (
    <div className="gesture-meta">
      {gesture.kinds.map((kind) => (
        <KindBadge key={kind} kind={kind} />
      ))}
      <span className="tag">{t(`gestures.effort.${gesture.effort}`)}</span>
      {gesture.distance && <span className="tag">{t('gestures.distance')}</span>}
    </div>
  );
}

/** Who sees what: the partner sees a gesture once it is marked done, never a "not for us". */
function GestureWhoSees({ partner }: { partner: string | null }) {
  if (partner === null)
    return <WhoSees visibility="private" partnerName={null} detail={t('gestures.whoSeesSolo')} />;
  return (
    <WhoSees
      visibility="shared"
      partnerName={partner}
      detail={t('gestures.whoSees', { partner })}
    />
  );
}

function DoneState({ today }: { today: GestureToday }) {
  const undo = useUndoDone();
  const done = today.done;
  if (!done) return null;
  const partner = today.partner?.name ?? null;
  return (
    <>
      <p className="eyebrow">{t('gestures.doneEyebrow')}</p>
      <h2 id="gesture-text" className="gesture-card__text">
        {done.gesture.text}
      </h2>
      {partner !== null && (
        <p className={done.thanked ? 'gesture-card__thanks' : 'status-line'}>
          {done.thanked
            ? t('gestures.thanked', { partner })
            : t('gestures.notThanked', { partner })}
        </p>
      )}
      {undo.isError && <Notice tone="error">{errorText(undo.error)}</Notice>}
      <BusyButton
        className="button button--quiet"
        isBusy={undo.isPending}
        onPress={() =>
          undo.mutate(undefined, { onSuccess: () => announce(t('gestures.undoneAnnounce')) })
        }
      >
        {t('gestures.undo')}
      </BusyButton>
    </>
  );
}

function SuggestionState({ today, gesture }: { today: GestureToday; gesture: Gesture }) {
  const markDone = useMarkDone();
  const notForUs = useNotForUs();
  const partner = today.partner?.name ?? null;
  const error = markDone.error ?? notForUs.error;
  return (
    <>
      <p className="eyebrow">{t('gestures.todayEyebrow')}</p>
      <h2 id="gesture-text" className="gesture-card__text">
        {gesture.text}
      </h2>
      {gesture.why && <p className="gesture-card__why">{gesture.why}</p>}
      <GestureMeta gesture={gesture} />
      <GestureWhoSees partner={partner} />
      {error && <Notice tone="error">{errorText(error)}</Notice>}
      <div className="actions">
        <BusyButton
          className="button button--primary"
          isBusy={markDone.isPending}
          onPress={() =>
            markDone.mutate(gesture.id, {
              onSuccess: () => announce(t('gestures.doneAnnounce')),
            })
          }
        >
          {markDone.isPending ? t('gestures.saving') : t('gestures.done')}
        </BusyButton>
        <BusyButton
          className="button button--quiet"
          isBusy={notForUs.isPending}
          aria-describedby="not-for-us-hint"
          onPress={() =>
            notForUs.mutate(
              { gestureId: gesture.id, notForUs: true },
              { onSuccess: () => announce(t('gestures.notForUsAnnounce')) },
            )
          }
        >
          {t('gestures.notForUs')}
        </BusyButton>
      </div>
      <p id="not-for-us-hint" className="field__hint">
        {t('gestures.notForUsHint')}
      </p>
    </>
  );
}

/** Today's gesture: to do, or done (with the partner's thank-you), or none left to suggest. */
export function GestureCard({ today }: { today: GestureToday }) {
  const shown = today.done ? `done:${today.done.id}` : (today.suggestion?.id ?? 'none');
  const first = useRef(shown);
  // After a change the person asked for, the new words are read out from the heading.
  useEffect(() => {
    if (first.current === shown) return;
    first.current = shown;
    const heading = document.getElementById('gesture-text');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  }, [shown]);

  return (
    <section className="card gesture-card" aria-labelledby="gesture-text">
      {today.done ? (
        <DoneState today={today} />
      ) : today.suggestion ? (
        <SuggestionState today={today} gesture={today.suggestion} />
      ) : (
        <>
          <h2 id="gesture-text" className="card__title">
            {t('gestures.todayEyebrow')}
          </h2>
          <p>{t('gestures.noneLeft')}</p>
          <Link to="/gestures/all" className="button button--secondary">
            {t('gestures.library.link')}
          </Link>
        </>
      )}
    </section>
  );
}
