import type { TodayQuestion } from '../../../shared/api';
import { AnswerForm } from '../../components/answer-form';
import { SkipControl } from '../../components/skip-control';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { draftKey } from '../../lib/use-draft';
import { useSaveAnswer, useSkipQuestion } from './question-api';

type TodayAnswerFormProps = {
  today: TodayQuestion;
  /** Shown when changing a saved answer (or answering a skipped one), to go back without saving. */
  onCancel?: () => void;
  onSaved: () => void;
  /** Offered while nothing is written or set aside yet: "not now", seen by nobody else. */
  onSkipped?: () => void;
  /** The box opened because the person asked for it: put the cursor there. */
  autoFocus?: boolean;
};

/** "Skip for today", and who it stays with. */
function SkipTodayControl({ today, onSkipped }: { today: TodayQuestion; onSkipped: () => void }) {
  const skip = useSkipQuestion(today.question.id);
  return (
    <SkipControl
      skip={skip}
      label={skip.isPending ? t('question.skipping') : t('question.skip')}
      hint={
        today.visibility === 'reveal-together'
          ? t('question.skipPrivate', { partner: today.partnerName ?? t('nav.partner') })
          : t('question.skipPrivateSolo')
      }
      hintId="skip-hint"
      announcement={t('question.skippedAnnounce')}
      onSkipped={onSkipped}
    />
  );
}

/** Writing (or rewriting) today's answer, and "skip for today" while nothing is written. */
export function TodayAnswerForm({
  today,
  onCancel,
  onSaved,
  onSkipped,
  autoFocus = false,
}: TodayAnswerFormProps) {
  const me = useCurrentMe();
  const save = useSaveAnswer(today.question.id);
  return (
    <AnswerForm
      draftKey={draftKey(me.user.id, today.day, today.question.id)}
      saved={today.mine?.text}
      visibility={today.visibility}
      partnerName={today.partnerName}
      save={save}
      onSaved={onSaved}
      onCancel={onCancel}
      autoFocus={autoFocus}
    >
      {onSkipped && <SkipTodayControl today={today} onSkipped={onSkipped} />}
    </AnswerForm>
  );
}
