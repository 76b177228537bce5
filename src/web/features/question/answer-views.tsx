import { useEffect, useRef } from 'react';
import { Button } from 'react-aria-components';
import type { TodayQuestion } from '../../../shared/api';
import { BusyButton } from '../../components/busy-button';
import { LockIcon } from '../../components/icons';
import { Notice } from '../../components/notice';
import { WhoSees } from '../../components/who-sees';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { DayRevealActions } from '../decks/reveal-actions';
import { useSkipQuestion } from './question-api';

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
      <DayRevealActions day={today.day} partnerName={partner} />
    </section>
  );
}

type SkippedProps = {
  today: TodayQuestion;
  /** Open the answer box after all. */
  onAnswer: () => void;
  /** Taken back: the question is on Today again, and the box opens. */
  onPutBack: () => void;
  /** Move focus here when this view replaced the control the person just used. */
  takeFocus: boolean;
};

/** Today's question, set aside: no more asking today, and still open to answer. */
export function SkippedAnswer({ today, onAnswer, onPutBack, takeFocus }: SkippedProps) {
  const back = useSkipQuestion(today.question.id);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus]);
  const partner = today.partnerName ?? t('nav.partner');
  const together = today.visibility === 'reveal-together';
  return (
    <div className="skipped-answer">
      <h3 ref={heading} tabIndex={-1} className="answer__label">
        {t('question.skippedTitle')}
      </h3>
      <p className="skipped-answer__body">{t('question.skippedBody')}</p>
      {together && today.partnerAnswered && (
        <p className="status-line">{t('question.skippedPartnerAnswered', { partner })}</p>
      )}
      {together && <p className="status-line">{t('question.skipPrivate', { partner })}</p>}
      {back.isError && <Notice tone="error">{errorText(back.error)}</Notice>}
      <div className="actions">
        <Button className="button button--secondary" onPress={onAnswer}>
          {t('question.answerAnyway')}
        </Button>
        <BusyButton
          className="button button--quiet"
          isBusy={back.isPending}
          onPress={() =>
            back.mutate(false, {
              onSuccess: () => {
                announce(t('question.putBackAnnounce'));
                onPutBack();
              },
            })
          }
        >
          {back.isPending ? t('question.puttingBack') : t('question.putBack')}
        </BusyButton>
      </div>
    </div>
  );
}
