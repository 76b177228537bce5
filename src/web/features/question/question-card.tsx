import { useState } from 'react';
import type { TodayQuestion } from '../../../shared/api';
import { QuestionMeta } from '../../components/kind-badge';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { AnswerForm } from './answer-form';
import { RevealedAnswers, SavedAnswer } from './answer-views';
import { draftKey, hasDraft } from './use-draft';

/** Today's question and whichever state it is in: to answer, waiting, or revealed. */
export function QuestionCard({ today }: { today: TodayQuestion }) {
  const me = useCurrentMe();
  const key = draftKey(me.user.id, today.day, today.question.id);
  // An unsaved change to a saved answer reopens the editor after a reload.
  const [editing, setEditing] = useState(() => hasDraft(key, today.mine?.text ?? ''));

  const canWrite = !today.revealed && (!today.mine || editing);
  const partner = today.partnerName ?? t('nav.partner');
  const showPartnerFirst =
    canWrite && !today.mine && today.visibility === 'reveal-together' && today.partnerAnswered;

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
      ) : canWrite ? (
        <AnswerForm
          key={key}
          today={today}
          onCancel={today.mine ? () => setEditing(false) : undefined}
          onSaved={() => {
            setEditing(false);
            announce(t(today.visibility === 'private' ? 'today.savedJournal' : 'today.saved'));
          }}
        />
      ) : (
        <SavedAnswer today={today} onEdit={() => setEditing(true)} />
      )}
    </section>
  );
}
