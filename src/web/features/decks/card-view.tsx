/** A card's question and where it stands: to answer, set aside, waiting, or revealed. */
import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { Card, CardQuestion } from '../../../shared/decks-api';
import { LockIcon } from '../../components/icons';
import { QuestionMeta } from '../../components/kind-badge';
import { WhoSees } from '../../components/who-sees';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { hasDraft } from '../../lib/use-draft';
import {
  CardAnswerForm,
  cardDraftKey,
  PutBackControl,
  SkipCardControl,
  SkippedCard,
} from './card-answer';
import { CardRevealActions } from './reveal-actions';

/** Kinds and depth for a deck's question; who wrote it for an own one. */
export function CardQuestionMeta({
  question,
  partner,
}: {
  question: CardQuestion;
  partner: string;
}) {
  if (question.writtenBy) {
    return (
      <p className="tag card-question__own">
        {question.writtenBy === 'me'
          ? t('decks.own.writtenByYou')
          : t('decks.own.writtenBy', { partner })}
      </p>
    );
  }
  if (!question.depth) return null;
  return <QuestionMeta kinds={question.kinds} depth={question.depth} />;
}

/** Where things stand with the partner: yes or no only, never when. */
function partnerStatus(card: Card, partner: string): string {
  if (!card.withPartner) return t('today.savedJournal');
  return card.partnerAnswered
    ? t('decks.card.partnerAnswered', { partner })
    : t('today.partnerWaiting', { partner });
}

function Revealed({ card, partner }: { card: Card; partner: string }) {
  return (
    <section className="revealed" aria-labelledby="card-revealed-heading">
      <h3 id="card-revealed-heading" className="answer__label">
        {t('today.bothAnswers')}
      </h3>
      <div className="revealed__grid">
        <figure className="answer answer--mine">
          <figcaption className="answer__who">{t('common.you')}</figcaption>
          <p className="answer__text">{card.mine?.text}</p>
        </figure>
        <figure className="answer answer--partner">
          <figcaption className="answer__who">{partner}</figcaption>
          <p className="answer__text">{card.partner?.text}</p>
        </figure>
      </div>
      {card.together && <p className="status-line">{t('decks.card.together')}</p>}
      <p className="lock-note">
        <LockIcon />
        {t('today.lockedNote')}
      </p>
    </section>
  );
}

type Focus = 'skipped' | null;

export function CardView({ card }: { card: Card }) {
  const me = useCurrentMe();
  const partner = card.partnerName ?? t('nav.partner');
  const [editing, setEditing] = useState(() =>
    hasDraft(cardDraftKey(me.user.id, card.id), card.mine?.text ?? ''),
  );
  const [focus, setFocus] = useState<Focus>(null);
  const setAside = card.skipped && !editing;
  const canWrite = !card.revealed && !setAside && (!card.mine || editing);
  const showPartnerFirst = canWrite && !card.mine && card.withPartner && card.partnerAnswered;

  return (
    <section className="card deck-card" aria-labelledby="card-question">
      <p className="eyebrow">{t('decks.cardTitle')}</p>
      <h2 id="card-question" className="question-card__text">
        {card.question.text}
      </h2>
      <CardQuestionMeta question={card.question} partner={partner} />
      {showPartnerFirst && (
        <p className="status-line">{t('today.partnerAnsweredFirst', { partner })}</p>
      )}
      {card.revealed ? (
        <>
          <Revealed card={card} partner={partner} />
          <CardRevealActions card={card} />
        </>
      ) : setAside ? (
        <SkippedCard
          card={card}
          takeFocus={focus === 'skipped'}
          onAnswer={() => setEditing(true)}
        />
      ) : canWrite ? (
        <>
          <CardAnswerForm
            card={card}
            onSaved={() => setEditing(false)}
            onCancel={card.mine || card.skipped ? () => setEditing(false) : undefined}
          />
          {!card.mine && !card.skipped && (
            <SkipCardControl card={card} onSkipped={() => setFocus('skipped')} />
          )}
        </>
      ) : (
        <div className="saved-answer">
          <h3 className="answer__label">{t('today.yourAnswer')}</h3>
          <p className="answer__text">{card.mine?.text}</p>
          <WhoSees visibility={card.visibility} partnerName={card.partnerName} />
          <p className="status-line">{partnerStatus(card, partner)}</p>
          <Button className="button button--secondary" onPress={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
        </div>
      )}
      {card.canPutBack && <PutBackControl card={card} />}
    </section>
  );
}
