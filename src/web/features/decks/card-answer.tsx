/** Writing a card's answer (kept as a draft on this device until saved), and the card's quieter actions. */
import '../../styles/card-aside.css';
import { useEffect, useRef } from 'react';
import { Button } from 'react-aria-components';
import { useNavigate } from 'react-router';
import type { Card } from '../../../shared/decks-api';
import { AnswerForm } from '../../components/answer-form';
import { BusyButton } from '../../components/busy-button';
import { Notice } from '../../components/notice';
import { SkipControl } from '../../components/skip-control';
import { errorText } from '../../data/error-text';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { deckPath } from './deck-words';
import { useAnswerCard, usePutBackCard, useSkipCard } from './decks-api';

export function cardDraftKey(userId: string, cardId: string): string {
  return `rekindle.deck-draft.${userId}.${cardId}`;
}

type CardAnswerFormProps = {
  card: Card;
  onSaved: () => void;
  onCancel?: (() => void) | undefined;
};

export function CardAnswerForm({ card, onSaved, onCancel }: CardAnswerFormProps) {
  const me = useCurrentMe();
  const save = useAnswerCard(card.id);
  return (
    <AnswerForm
      draftKey={cardDraftKey(me.user.id, card.id)}
      saved={card.mine?.text}
      visibility={card.visibility}
      partnerName={card.partnerName}
      save={save}
      onSaved={(saved) => {
        onSaved();
        announce(
          saved.revealed
            ? t('decks.card.revealedNow')
            : t(card.withPartner ? 'today.saved' : 'today.savedJournal'),
        );
      }}
      onCancel={onCancel}
    />
  );
}

/** "Not now" on a card: only ever known to me. */
export function SkipCardControl({ card, onSkipped }: { card: Card; onSkipped: () => void }) {
  const skip = useSkipCard(card.id);
  return (
    <SkipControl
      skip={skip}
      label={t('decks.card.skip')}
      hint={
        card.withPartner
          ? t('decks.card.skipPrivate', { partner: card.partnerName ?? t('nav.partner') })
          : t('decks.card.skipPrivateSolo')
      }
      hintId="card-skip-hint"
      announcement={t('decks.card.skippedAnnounce')}
      onSkipped={onSkipped}
    />
  );
}

/** A card set aside: no more asking, and still open to answer. */
export function SkippedCard({
  card,
  onAnswer,
  takeFocus,
}: {
  card: Card;
  onAnswer: () => void;
  takeFocus: boolean;
}) {
  const back = useSkipCard(card.id);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus]);
  return (
    <div className="card-aside">
      <h3 ref={heading} tabIndex={-1} className="card-aside__heading">
        {t('decks.card.skippedTitle')}
      </h3>
      <p className="card-aside__text">{t('decks.card.skippedBody')}</p>
      {card.withPartner && (
        <p className="status-line card-aside__text">
          {t('decks.card.skipPrivate', { partner: card.partnerName ?? t('nav.partner') })}
        </p>
      )}
      {back.isError && <Notice tone="error">{errorText(back.error)}</Notice>}
      <div className="actions">
        <Button className="button button--secondary" onPress={onAnswer}>
          {t('question.answerAnyway')}
        </Button>
        <BusyButton
          className="button button--quiet"
          isBusy={back.isPending}
          onPress={() =>
            back.mutate(false, { onSuccess: () => announce(t('decks.card.unskippedAnnounce')) })
          }
        >
          {t('decks.card.unskip')}
        </BusyButton>
      </div>
    </div>
  );
}

/** Back into the deck, while nobody has written on it. */
export function PutBackControl({ card }: { card: Card }) {
  const putBack = usePutBackCard(card.id);
  const navigate = useNavigate();
  const hint = card.withPartner
    ? t('decks.card.putBackHint', { partner: card.partnerName ?? t('nav.partner') })
    : t('decks.card.putBackHintSolo');
  return (
    <div className="card-aside">
      <BusyButton
        className="button button--quiet card-aside__button"
        isBusy={putBack.isPending}
        aria-describedby="card-put-back-hint"
        onPress={() =>
          putBack.mutate(undefined, {
            onSuccess: () => {
              announce(t('decks.card.putBackAnnounce'));
              navigate(deckPath(card.deckId));
            },
          })
        }
      >
        {t('decks.card.putBack')}
      </BusyButton>
      <p id="card-put-back-hint" className="field__hint card-aside__text">
        {hint}
      </p>
      {putBack.isError && (
        <Notice tone="error">
          {errorText(putBack.error, { answer_locked: 'decks.card.putBackRefused' })}
        </Notice>
      )}
    </div>
  );
}
