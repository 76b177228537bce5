import { useEffect, useRef } from 'react';
import type { ChallengeWeek } from '../../../shared/challenges-api';
import { BusyButton } from '../../components/busy-button';
import { KindBadge } from '../../components/kind-badge';
import { Notice } from '../../components/notice';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { factsOf, weekOfText } from './challenge-words';
import { useAnswerChallenge, useMarkChallengeDone, useSwapChallenge } from './challenges-api';
import { TickIcon } from './challenges-icon';
import { ReflectionPanel } from './reflection-panel';

type Props = { week: ChallengeWeek; partner: string };

const ERRORS = {
  answer_locked: 'challenges.changed',
  limit_reached: 'challenges.swapUsed',
} as const;

/** Where each of us stands: mine in full, my partner's only as "in" or "not yet". */
function WhereWeStand({ week, partner }: Props) {
  const mine =
    week.mine === 'in'
      ? t('challenges.status.in')
      : week.mine === 'not-now'
        ? t('challenges.status.notNow')
        : t('challenges.status.notYet');
  return (
    <ul className="challenge-stand" aria-label={t('challenges.status.label')}>
      <li className={week.mine === 'in' ? 'challenge-stand__who is-in' : 'challenge-stand__who'}>
        <span className="challenge-stand__mark" aria-hidden="true">
          {week.mine === 'in' && <TickIcon />}
        </span>
        <span>
          <span className="challenge-stand__name">{t('common.you')}</span>
          <span className="challenge-stand__state">{mine}</span>
        </span>
      </li>
      <li className={week.partnerIn ? 'challenge-stand__who is-in' : 'challenge-stand__who'}>
        <span className="challenge-stand__mark" aria-hidden="true">
          {week.partnerIn && <TickIcon />}
        </span>
        <span>
          <span className="challenge-stand__name">{partner}</span>
          <span className="challenge-stand__state">
            {week.partnerIn ? t('challenges.status.in') : t('challenges.status.notYet')}
          </span>
        </span>
      </li>
    </ul>
  );
}

/** "I'm in", "not this week" (private), and the one swap, while the week is open. */
function OpenActions({ week, partner }: Props) {
  const answer = useAnswerChallenge(week);
  const swap = useSwapChallenge(week.id);
  const busy = answer.isPending || swap.isPending;
  const say = (value: 'in' | 'not-now') =>
    answer.mutate(value, {
      onSuccess: (next) =>
        announce(
          value === 'not-now'
            ? t('challenges.notNowAnnounce')
            : next.stage === 'on'
              ? t('challenges.onAnnounce')
              : t('challenges.inAnnounce', { partner }),
        ),
    });
  return (
    <div className="challenge-actions">
      {week.mine === 'in' ? (
        <p className="status-line">{t('challenges.waiting', { partner })}</p>
      ) : (
        <div className="actions">
          <BusyButton className="button button--primary" isBusy={busy} onPress={() => say('in')}>
            {week.mine === 'not-now' ? t('challenges.inAfterAll') : t('challenges.in')}
          </BusyButton>
        </div>
      )}
      {week.mine === 'not-now' ? (
        <p className="field__hint">{t('challenges.notNowSaid', { partner })}</p>
      ) : (
        <div className="challenge-actions__quiet">
          <BusyButton
            className="button button--quiet"
            isBusy={busy}
            aria-describedby="challenge-not-now-hint"
            onPress={() => say('not-now')}
          >
            {week.mine === 'in' ? t('challenges.notNowAfterAll') : t('challenges.notNow')}
          </BusyButton>
          <p id="challenge-not-now-hint" className="field__hint">
            {week.mine === 'in'
              ? t('challenges.notNowAfterAllHint', { partner })
              : t('challenges.notNowHint', { partner })}
          </p>
        </div>
      )}
      {week.canSwap && (
        <div className="challenge-actions__quiet">
          <BusyButton
            className="button button--secondary"
            isBusy={busy}
            aria-describedby="challenge-swap-hint"
            onPress={() =>
              swap.mutate(undefined, { onSuccess: () => announce(t('challenges.swappedAnnounce')) })
            }
          >
            {t('challenges.swap')}
          </BusyButton>
          <p id="challenge-swap-hint" className="field__hint">
            {t('challenges.swapHint', { partner })}
          </p>
        </div>
      )}
      {answer.isError && <Notice tone="error">{errorText(answer.error, ERRORS)}</Notice>}
      {swap.isError && <Notice tone="error">{errorText(swap.error, ERRORS)}</Notice>}
    </div>
  );
}

/** Both are in: do it together, then either marks it done. */
function OnActions({ week }: { week: ChallengeWeek }) {
  const done = useMarkChallengeDone(week.id);
  return (
    <div className="challenge-actions">
      <p className="challenge-on">{t('challenges.on')}</p>
      <div className="actions">
        <BusyButton
          className="button button--primary"
          isBusy={done.isPending}
          onPress={() =>
            done.mutate(undefined, { onSuccess: () => announce(t('challenges.doneAnnounce')) })
          }
        >
          {t('challenges.markDone')}
        </BusyButton>
      </div>
      <p className="field__hint">{t('challenges.markDoneHint')}</p>
      {done.isError && <Notice tone="error">{errorText(done.error, ERRORS)}</Notice>}
    </div>
  );
}

/**
 * This week's challenge: what it is, where each of us stands, and the one
 * next step. When the challenge itself changes (a swap), focus moves to its
 * title so nobody is left on a button that went away.
 */
export function ChallengeCard({ week, partner }: Props) {
  const titleRef = useRef<HTMLHeadingElement>(null);
  const shown = useRef(week.challenge.id);
  useEffect(() => {
    if (shown.current === week.challenge.id) return;
    shown.current = week.challenge.id;
    titleRef.current?.focus();
  }, [week.challenge.id]);

  return (
    <section className="card challenge-card" aria-labelledby="challenge-title">
      <p className="eyebrow">{weekOfText(week.startsOn)}</p>
      <h2 id="challenge-title" ref={titleRef} tabIndex={-1} className="challenge-card__title">
        {week.challenge.title}
      </h2>
      <p className="challenge-card__body">{week.challenge.description}</p>
      <ul className="challenge-facts" aria-label={t('challenges.factsLabel')}>
        {factsOf(week.challenge).map((fact) => (
          <li key={fact} className="tag">
            {fact}
          </li>
        ))}
      </ul>
      {week.challenge.kinds.length > 0 && (
        <div className="question-meta">
          {week.challenge.kinds.map((kind) => (
            <KindBadge key={kind} kind={kind} />
          ))}
        </div>
      )}
      {week.stage === 'done' ? (
        <>
          <p className="challenge-done">
            <TickIcon />
            {t('challenges.done')}
          </p>
          <ReflectionPanel week={week} partner={partner} />
        </>
      ) : (
        <>
          <WhereWeStand week={week} partner={partner} />
          {week.stage === 'on' ? (
            <OnActions week={week} />
          ) : (
            <OpenActions week={week} partner={partner} />
          )}
        </>
      )}
    </section>
  );
}
