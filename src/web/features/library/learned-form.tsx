/** "Add what we learned": a short entry for the notebook, kept as a draft until it is added. */
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { NOTEBOOK_LIMITS } from '../../../shared/library-limits';
import { BusyButton } from '../../components/busy-button';
import { Notice } from '../../components/notice';
import { WhoSees } from '../../components/who-sees';
import { errorText } from '../../data/error-text';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { readStored, writeStored } from '../../lib/storage';
import { useAddEntry } from './library-api';

type LearnedFormProps = {
  /** The article the entry comes from, if any. */
  articleId?: string;
  /** The visible label of the text box. */
  label: string;
  /** Offer a link to the notebook once an entry is added (not on the notebook itself). */
  linkToNotebook?: boolean;
};

/** A draft survives reloads on this device (a quick exit forgets it, like every draft). */
function useDraft(key: string) {
  const [text, setText] = useState(() => readStored(key) ?? '');
  const change = (next: string) => {
    setText(next);
    writeStored(key, next === '' ? null : next);
  };
  return [text, change] as const;
}

export function LearnedForm({ articleId, label, linkToNotebook = false }: LearnedFormProps) {
  const me = useCurrentMe();
  const ids = useId();
  const add = useAddEntry();
  const [text, setText] = useDraft(`rekindle.draft.notebook.${me.user.id}.${articleId ?? 'own'}`);
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState(false);
  const length = text.trim().length;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const words = text.trim();
    if (!words || words.length > NOTEBOOK_LIMITS.text) {
      setError(
        words
          ? t('library.learned.tooLong', { max: NOTEBOOK_LIMITS.text })
          : t('library.learned.required'),
      );
      return;
    }
    setError(null);
    add.mutate(
      { text: words, ...(articleId ? { articleId } : {}) },
      {
        onSuccess: () => {
          setText('');
          setAdded(true);
          announce(t('library.learned.added'));
        },
      },
    );
  };

  const described = [error ? `${ids}-error` : null, `${ids}-count`].filter(Boolean).join(' ');
  return (
    <form className="form learned-form" noValidate onSubmit={submit}>
      <div className="field">
        <label className="field__label" htmlFor={`${ids}-text`}>
          {label}
        </label>
        <WhoSees
          visibility={me.couple ? 'shared' : 'private'}
          partnerName={me.couple?.partnerName ?? null}
        />
        <textarea
          id={`${ids}-text`}
          className="field__input field__textarea field__textarea--short"
          rows={3}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          onChange={(e) => {
            setText(e.target.value);
            setAdded(false);
            if (error) setError(null);
          }}
        />
        {error && (
          <p id={`${ids}-error`} className="field__error">
            {error}
          </p>
        )}
        <p
          id={`${ids}-count`}
          className={length > NOTEBOOK_LIMITS.text ? 'field__error' : 'field__hint'}
        >
          {t('library.learned.count', { count: length, max: NOTEBOOK_LIMITS.text })}
        </p>
      </div>
      {add.isError && <Notice tone="error">{errorText(add.error)}</Notice>}
      <div className="actions learned-form__actions">
        <BusyButton type="submit" className="button button--primary" isBusy={add.isPending}>
          {add.isPending ? t('library.learned.adding') : t('library.learned.add')}
        </BusyButton>
        {added && (
          <p className="status-line learned-form__added">
            {t('library.learned.added')}{' '}
            {linkToNotebook && <Link to="/notebook">{t('library.learned.open')}</Link>}
          </p>
        )}
      </div>
    </form>
  );
}
