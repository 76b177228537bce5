/** Writing a card's answer (kept as a draft on this device until saved), and the card's quieter actions. */
import { useEffect, useRef } from 'react';
import { Button, FieldError, Label, TextArea, TextField } from 'react-aria-components';
import { useNavigate } from 'react-router';
import type { Card } from '../../../shared/decks-api';
import { LIMITS } from '../../../shared/limits';
import { BusyButton } from '../../components/busy-button';
import { Notice } from '../../components/notice';
import { useClearFieldError, ValidatedForm } from '../../components/validated-form';
import { WhoSees } from '../../components/who-sees';
import { errorText } from '../../data/error-text';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { useDraft } from '../question/use-draft';
import { deckPath } from './deck-words';
import { useAnswerCard, usePutBackCard, useSkipCard } from './decks-api';

function validateAnswer(value: string): string | null {
  if (!value.trim()) return t('common.required');
  return value.length > LIMITS.answer ? t('today.answerTooLong') : null;
}

const VALIDATORS = { answer: validateAnswer };

export function cardDraftKey(userId: string, cardId: string): string {
  return `rekindle.deck-draft.${userId}.${cardId}`;
}

function AnswerBox({
  card,
  text,
  onChange,
}: {
  card: Card;
  text: string;
  onChange: (v: string) => void;
}) {
  const clearError = useClearFieldError();
  return (
    <TextField
      className="field"
      name="answer"
      value={text}
      onChange={(value) => {
        clearError('answer');
        onChange(value);
      }}
      isRequired
    >
      <Label className="field__label">{t('today.answerLabel')}</Label>
      <WhoSees slot="description" visibility={card.visibility} partnerName={card.partnerName} />
      <TextArea className="field__input field__textarea" rows={6} />
      <FieldError className="field__error" />
    </TextField>
  );
}

type CardAnswerFormProps = {
  card: Card;
  onSaved: () => void;
  onCancel?: (() => void) | undefined;
};

export function CardAnswerForm({ card, onSaved, onCancel }: CardAnswerFormProps) {
  const me = useCurrentMe();
  const draft = useDraft(cardDraftKey(me.user.id, card.id), card.mine?.text ?? '');
  const save = useAnswerCard(card.id);
  const submit = () =>
    save.mutate(draft.text.trim(), {
      onSuccess: (saved) => {
        draft.clear();
        onSaved();
        announce(
          saved.revealed
            ? t('decks.card.revealedNow')
            : t(card.withPartner ? 'today.saved' : 'today.savedJournal'),
        );
      },
    });
  return (
    <ValidatedForm className="form answer-form" validators={VALIDATORS} onValidSubmit={submit}>
      <AnswerBox card={card} text={draft.text} onChange={draft.change} />
      {draft.isKept && <p className="field__hint">{t('today.draftKept')}</p>}
      {save.isError && <Notice tone="error">{errorText(save.error)}</Notice>}
      <div className="actions">
        <BusyButton type="submit" className="button button--primary" isBusy={save.isPending}>
          {save.isPending ? t('today.saving') : card.mine ? t('today.update') : t('today.save')}
        </BusyButton>
        {onCancel && (
          <Button
            className="button button--quiet"
            onPress={() => {
              draft.clear();
              onCancel();
            }}
          >
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </ValidatedForm>
  );
}

/** "Not now" on a card: only ever known to me. */
export function SkipCardControl({ card, onSkipped }: { card: Card; onSkipped: () => void }) {
  const skip = useSkipCard(card.id);
  const hint = card.withPartner
    ? t('decks.card.skipPrivate', { partner: card.partnerName ?? t('nav.partner') })
    : t('decks.card.skipPrivateSolo');
  return (
    <div className="card-skip">
      <BusyButton
        className="button button--quiet card-aside__button"
        isBusy={skip.isPending}
        aria-describedby="card-skip-hint"
        onPress={() =>
          skip.mutate(true, {
            onSuccess: () => {
              announce(t('decks.card.skippedAnnounce'));
              onSkipped();
            },
          })
        }
      >
        {t('decks.card.skip')}
      </BusyButton>
      <p id="card-skip-hint" className="field__hint card-skip__hint">
        {hint}
      </p>
      {skip.isError && <Notice tone="error">{errorText(skip.error)}</Notice>}
    </div>
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
