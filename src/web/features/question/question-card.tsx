import { useState } from 'react';
import type { TodayQuestion } from '../../../shared/api';
import { QuestionMeta } from '../../components/kind-badge';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { draftKey, hasDraft } from '../../lib/use-draft';
import { TodayAnswerForm } from './answer-form';
import { RevealedAnswers, SavedAnswer, SkippedAnswer } from './answer-views';
import { DepthChoice } from './depth-choice';

/** Where focus goes after a control the person used has gone from the screen. */
type Focus = 'box' | 'skipped' | null;

/**
 * Today's question and whichever state it is in: to answer, skipped for
 * today, waiting, or revealed; then the choice of how deep the questions to come go.
 */
export function QuestionCard({ today }: { today: TodayQuestion }) {
  const me = useCurrentMe();
  const key = draftKey(me.user.id, today.day, today.question.id);
  // An unsaved change (to a saved answer, or to a skipped question) reopens the editor after a reload.
  const [editing, setEditing] = useState(() => hasDraft(key, today.mine?.text ?? ''));
  const [focus, setFocus] = useState<Focus>(null);

  const setAside = today.skipped && !today.mine && !editing;
  const canWrite = !today.revealed && !setAside && (!today.mine || editing);
  const partner = today.partnerName ?? t('nav.partner');
  const showPartnerFirst =
    canWrite && !today.mine && today.visibility === 'reveal-together' && today.partnerAnswered;
  const stopEditing = () => setEditing(false);

  return (
    <section className="card question-card" aria-labelledby="question-text">
      <p className="eyebrow">{t('today.questionHeading')}</p>
      <h2 id="question-text" className="question-card__text">
        {today.question.text}
      </h2>
      <QuestionMeta kinds={today.question.kinds} depth={today.question.depth} />
      {showPartnerFirst && (
        <p className="status-line">{t('today.partnerAnsweredFirst', { partner })}</p>
      )}
      {today.revealed ? (
        <RevealedAnswers today={today} />
      ) : setAside ? (
        <SkippedAnswer
          today={today}
          takeFocus={focus === 'skipped'}
          onAnswer={() => {
            setFocus('box');
            setEditing(true);
          }}
          onPutBack={() => setFocus('box')}
        />
      ) : canWrite ? (
        <TodayAnswerForm
          key={key}
          today={today}
          autoFocus={focus === 'box'}
          onCancel={
            today.mine || today.skipped
              ? () => {
                  // Back to where the person came from, with focus on it.
                  setFocus(today.mine ? null : 'skipped');
                  stopEditing();
                }
              : undefined
          }
          onSkipped={today.mine || today.skipped ? undefined : () => setFocus('skipped')}
          onSaved={() => {
            stopEditing();
            announce(t(today.visibility === 'private' ? 'today.savedJournal' : 'today.saved'));
          }}
        />
      ) : (
        <SavedAnswer today={today} onEdit={() => setEditing(true)} />
      )}
      <DepthChoice today={today} />
    </section>
  );
}
