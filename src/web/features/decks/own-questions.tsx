/** The couple's own questions: add one, see who wrote each, remove your own. */
import { useId, useState } from 'react';
import { OWN_QUESTION_MAX, OWN_QUESTION_MIN } from '../../../core/decks';
import { BusyButton } from '../../components/busy-button';
import { WordsField } from '../../components/field';
import { Notice } from '../../components/notice';
import { ValidatedForm } from '../../components/validated-form';
import { errorText } from '../../data/error-text';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { useAddOwnQuestion, useOwnQuestions, useRemoveOwnQuestion } from './decks-api';

function validateQuestion(value: string): string | null {
  const text = value.trim();
  if (!text) return t('common.required');
  if (text.length < OWN_QUESTION_MIN) return t('decks.own.tooShort');
  return text.length > OWN_QUESTION_MAX ? t('decks.own.tooLong') : null;
}

const VALIDATORS = { question: validateQuestion };

function AddQuestion() {
  const me = useCurrentMe();
  const [text, setText] = useState('');
  const add = useAddOwnQuestion();
  return (
    <ValidatedForm
      className="form own-questions__add"
      validators={VALIDATORS}
      onValidSubmit={() =>
        add.mutate(text.trim(), {
          onSuccess: () => {
            setText('');
            announce(t('decks.own.added'));
          },
        })
      }
    >
      <WordsField
        name="question"
        label={t('decks.own.addLabel')}
        value={text}
        onChange={setText}
        visibility={me.couple ? 'shared' : 'private'}
        partnerName={me.couple?.partnerName ?? null}
        rows={2}
        short
      />
      {add.isError && (
        <Notice tone="error">{errorText(add.error, { limit_reached: 'decks.own.full' })}</Notice>
      )}
      <BusyButton type="submit" className="button button--primary" isBusy={add.isPending}>
        {add.isPending ? t('common.saving') : t('decks.own.add')}
      </BusyButton>
    </ValidatedForm>
  );
}

export function OwnQuestions() {
  const me = useCurrentMe();
  const own = useOwnQuestions();
  const remove = useRemoveOwnQuestion();
  const headingId = useId();
  const partner = me.couple?.partnerName ?? t('nav.partner');
  const questions = own.data?.questions ?? [];
  return (
    <section className="card own-questions" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__title">
        {me.couple ? t('decks.own.manageTitle') : t('decks.own.manageTitleSolo')}
      </h2>
      <AddQuestion />
      {own.isSuccess && questions.length === 0 && (
        <p className="status-line">{t('decks.own.none')}</p>
      )}
      {questions.length > 0 && (
        <ul className="own-questions__list">
          {questions.map((question, index) => (
            <li key={question.id} className="own-questions__item">
              <p id={`own-question-${index}`} className="own-questions__text">
                {question.text}
              </p>
              <p className="status-line own-questions__who">
                {question.writtenBy === 'me'
                  ? t('decks.own.writtenByYou')
                  : t('decks.own.writtenBy', { partner })}
              </p>
              {question.writtenBy === 'me' && (
                <BusyButton
                  className="button button--quiet"
                  aria-describedby={`own-question-${index}`}
                  isBusy={remove.isPending && remove.variables === question.id}
                  onPress={() =>
                    remove.mutate(question.id, {
                      onSuccess: () => announce(t('decks.own.removed')),
                    })
                  }
                >
                  {t('decks.own.remove')}
                </BusyButton>
              )}
            </li>
          ))}
        </ul>
      )}
      {remove.isError && <Notice tone="error">{errorText(remove.error)}</Notice>}
    </section>
  );
}
