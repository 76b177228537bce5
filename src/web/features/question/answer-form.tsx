import { Button, FieldError, Label, TextArea, TextField } from 'react-aria-components';
import type { TodayQuestion } from '../../../shared/api';
import { LIMITS } from '../../../shared/limits';
import { BusyButton } from '../../components/busy-button';
import { Notice } from '../../components/notice';
import { useClearFieldError, ValidatedForm } from '../../components/validated-form';
import { WhoSees } from '../../components/who-sees';
import { errorText } from '../../data/error-text';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { useSaveAnswer, useSkipQuestion } from './question-api';
import { draftKey, useDraft } from './use-draft';

const MAX_LENGTH = LIMITS.answer;

function validateAnswer(value: string): string | null {
  if (!value.trim()) return t('common.required');
  return value.length > MAX_LENGTH ? t('today.answerTooLong') : null;
}

const VALIDATORS = { answer: validateAnswer };

type AnswerBoxProps = {
  today: TodayQuestion;
  text: string;
  onChange: (text: string) => void;
  autoFocus: boolean;
};

function AnswerBox({ today, text, onChange, autoFocus }: AnswerBoxProps) {
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
      <WhoSees slot="description" visibility={today.visibility} partnerName={today.partnerName} />
      <TextArea className="field__input field__textarea" rows={6} autoFocus={autoFocus} />
      <FieldError className="field__error" />
    </TextField>
  );
}

type AnswerFormProps = {
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
function SkipControl({ today, onSkipped }: { today: TodayQuestion; onSkipped: () => void }) {
  const skip = useSkipQuestion(today.question.id);
  const hint =
    today.visibility === 'reveal-together'
      ? t('question.skipPrivate', { partner: today.partnerName ?? t('nav.partner') })
      : t('question.skipPrivateSolo');
  return (
    <div className="skip-control">
      <BusyButton
        className="button button--quiet"
        isBusy={skip.isPending}
        aria-describedby="skip-hint"
        onPress={() =>
          skip.mutate(true, {
            onSuccess: () => {
              announce(t('question.skippedAnnounce'));
              onSkipped();
            },
          })
        }
      >
        {skip.isPending ? t('question.skipping') : t('question.skip')}
      </BusyButton>
      <p id="skip-hint" className="field__hint skip-control__hint">
        {hint}
      </p>
      {skip.isError && <Notice tone="error">{errorText(skip.error)}</Notice>}
    </div>
  );
}

/** Writing (or rewriting) today's answer, with who-sees-this next to the box. */
export function AnswerForm({
  today,
  onCancel,
  onSaved,
  onSkipped,
  autoFocus = false,
}: AnswerFormProps) {
  const me = useCurrentMe();
  const saved = today.mine?.text ?? '';
  const draft = useDraft(draftKey(me.user.id, today.day, today.question.id), saved);
  const save = useSaveAnswer(today.question.id);

  const submit = () =>
    save.mutate(draft.text.trim(), {
      onSuccess: () => {
        draft.clear();
        onSaved();
      },
    });

  return (
    <ValidatedForm className="form answer-form" validators={VALIDATORS} onValidSubmit={submit}>
      <AnswerBox today={today} text={draft.text} onChange={draft.change} autoFocus={autoFocus} />
      {draft.isKept && <p className="field__hint">{t('today.draftKept')}</p>}
      {save.isError && <Notice tone="error">{errorText(save.error)}</Notice>}
      <div className="actions">
        <BusyButton type="submit" className="button button--primary" isBusy={save.isPending}>
          {save.isPending ? t('today.saving') : today.mine ? t('today.update') : t('today.save')}
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
      {onSkipped && <SkipControl today={today} onSkipped={onSkipped} />}
    </ValidatedForm>
  );
}
