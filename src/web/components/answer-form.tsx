import type { UseMutationResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import type { Visibility } from '../../shared/api';
import { LIMITS } from '../../shared/limits';
import { errorText } from '../data/error-text';
import { t } from '../i18n';
import { useDraft } from '../lib/use-draft';
import { BusyButton } from './busy-button';
import { WordsField } from './field';
import { Notice } from './notice';
import { ValidatedForm } from './validated-form';

function validateAnswer(value: string): string | null {
  if (!value.trim()) return t('common.required');
  return value.length > LIMITS.answer ? t('today.answerTooLong') : null;
}

const VALIDATORS = { answer: validateAnswer };

type AnswerFormProps<Saved> = {
  /** Where the unsent words wait on this device (see useDraft). */
  draftKey: string;
  /** The answer already saved, if any: the box starts from it and the button says "Update". */
  saved: string | undefined;
  /** Who will read the answer, shown beside the box. */
  visibility: Visibility;
  partnerName: string | null;
  /** Sends the answer's words; what it answers with goes to onSaved. */
  save: UseMutationResult<Saved, Error, string>;
  onSaved: (result: Saved) => void;
  /** Shown when changing a saved answer (or answering one set aside), to go back without saving. */
  onCancel?: (() => void) | undefined;
  /** The box opened because the person asked for it: put the cursor there. */
  autoFocus?: boolean;
  /** More inside the form, under its buttons. */
  children?: ReactNode;
};

/**
 * Writing (or rewriting) an answer, kept as a draft on this device until
 * saved, with who-sees-this next to the box.
 */
export function AnswerForm<Saved>({
  draftKey,
  saved,
  visibility,
  partnerName,
  save,
  onSaved,
  onCancel,
  autoFocus = false,
  children,
}: AnswerFormProps<Saved>) {
  const draft = useDraft(draftKey, saved ?? '');

  const submit = () =>
    save.mutate(draft.text.trim(), {
      onSuccess: (result) => {
        draft.clear();
        onSaved(result);
      },
    });

  return (
    <ValidatedForm className="form answer-form" validators={VALIDATORS} onValidSubmit={submit}>
      <WordsField
        name="answer"
        label={t('today.answerLabel')}
        value={draft.text}
        onChange={draft.change}
        visibility={visibility}
        partnerName={partnerName}
        rows={6}
        autoFocus={autoFocus}
      />
      {draft.isKept && <p className="field__hint">{t('today.draftKept')}</p>}
      {save.isError && <Notice tone="error">{errorText(save.error)}</Notice>}
      <div className="actions">
        <BusyButton type="submit" className="button button--primary" isBusy={save.isPending}>
          {save.isPending
            ? t('today.saving')
            : saved !== undefined
              ? t('today.update')
              : t('today.save')}
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
      {children}
    </ValidatedForm>
  );
}
