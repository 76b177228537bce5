import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { Switch } from 'react-aria-components';
import { NOTE_KINDS, NOTE_LIMITS, type NoteKind } from '../../../core/notes';
import { wallTimeOf } from '../../../core/wall-clock';
import type { SentNote } from '../../../shared/notes-api';
import { BusyButton } from '../../components/busy-button';
import { type Choice, ChoiceField } from '../../components/choice-group';
import { Notice } from '../../components/notice';
import { WhoSees } from '../../components/who-sees';
import { errorText } from '../../data/error-text';
import { useCurrentMe } from '../../data/me';
import { type MessageKey, t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { checkDraft, type DraftError, type DraftErrors, useNoteDraft } from './note-draft';
import { formatNoteTime } from './note-time';
import { useSendNote } from './notes-api';

const DAY_MS = 24 * 3600_000;

const ERROR_WORDS: Record<DraftError, MessageKey> = {
  required: 'common.required',
  tooLong: 'notes.write.tooLong',
  timeMissing: 'notes.write.timeMissing',
  timePast: 'notes.write.timePast',
  timeFar: 'notes.write.timeFar',
};

function errorWords(error: DraftError, max: number): string {
  return t(ERROR_WORDS[error], { max });
}

const KIND_CHOICES: readonly Choice<NoteKind>[] = NOTE_KINDS.map((kind) => ({
  value: kind,
  label: t(`notes.kinds.${kind}`),
}));

type FieldProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (described: string | undefined) => ReactNode;
};

/** A label, the control, its hint and its error, wired together for screen readers. */
function NoteField({ id, label, hint, error, children }: FieldProps) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {children(described || undefined)}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

/** Writing a note: its kind, the words, and, if wished, the time it will be found. */
export function NoteForm({ partner }: { partner: string }) {
  const me = useCurrentMe();
  const zone = me.user.timeZone;
  const ids = useId();
  const { draft, change, clear, isKept } = useNoteDraft(me.user.id);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [sent, setSent] = useState<SentNote | null>(null);
  const send = useSendNote();
  const now = new Date();

  const edit = (patch: Parameters<typeof change>[0], field?: keyof DraftErrors) => {
    setSent(null);
    if (field && errors[field]) setErrors(({ [field]: _gone, ...rest }) => rest);
    change(patch);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkDraft(draft, zone, new Date());
    if (!checked.ok) {
      setErrors(checked.errors);
      const first = (['title', 'text', 'when'] as const).find((f) => checked.errors[f]);
      if (first) document.getElementById(`${ids}-${first}`)?.focus();
      return;
    }
    setErrors({});
    send.mutate(checked.body, {
      onSuccess: (note) => {
        clear();
        setSent(note);
        announce(
          note.status === 'waiting'
            ? t('notes.write.leftAnnounce', { when: formatNoteTime(note.visibleFrom, zone) })
            : t('notes.write.sentAnnounce', { partner }),
        );
      },
    });
  };

  const length = draft.text.trim().length;
  return (
    <section className="card note-form-card" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} className="card__title">
        {t('notes.write.heading')}
      </h2>
      <form className="form note-form" noValidate onSubmit={submit}>
        <ChoiceField
          id={`${ids}-kind`}
          label={t('notes.write.kindLabel')}
          options={KIND_CHOICES}
          value={draft.kind}
          onChange={(kind) => edit({ kind }, 'title')}
          layout="row"
        />
        {draft.kind === 'celebrate' && (
          <NoteField
            id={`${ids}-title`}
            label={t('notes.write.titleLabel')}
            hint={t('notes.write.titleHint')}
            error={errors.title && errorWords(errors.title, NOTE_LIMITS.title)}
          >
            {(described) => (
              <input
                id={`${ids}-title`}
                className="field__input"
                value={draft.title}
                maxLength={NOTE_LIMITS.title}
                aria-invalid={errors.title ? true : undefined}
                aria-describedby={described}
                onChange={(e) => edit({ title: e.target.value }, 'title')}
              />
            )}
          </NoteField>
        )}
        <NoteField
          id={`${ids}-text`}
          label={t('notes.write.textLabel')}
          error={errors.text && errorWords(errors.text, NOTE_LIMITS.text)}
        >
          {(described) => (
            <>
              <WhoSees visibility="shared" partnerName={partner} />
              <textarea
                id={`${ids}-text`}
                className="field__input field__textarea"
                rows={5}
                value={draft.text}
                aria-invalid={errors.text ? true : undefined}
                aria-describedby={[described, `${ids}-count`].filter(Boolean).join(' ')}
                onChange={(e) => edit({ text: e.target.value }, 'text')}
              />
              <p
                id={`${ids}-count`}
                className={length > NOTE_LIMITS.text ? 'field__error' : 'field__hint'}
              >
                {t('notes.write.textCount', { count: length, max: NOTE_LIMITS.text })}
              </p>
            </>
          )}
        </NoteField>
        <div className="note-form__hide">
          <Switch
            className="switch"
            isSelected={draft.hide}
            onChange={(hide) =>
              edit(
                {
                  hide,
                  when: draft.when || wallTimeOf(new Date(Date.now() + 3600_000), zone),
                },
                'when',
              )
            }
            aria-describedby={`${ids}-hide-hint`}
          >
            <span className="switch__track" aria-hidden="true">
              <span className="switch__handle" />
            </span>
            <span className="switch__label">{t('notes.write.hide')}</span>
          </Switch>
          <p id={`${ids}-hide-hint`} className="field__hint">
            {t('notes.write.hideHint', { partner })}
          </p>
          {draft.hide && (
            <NoteField
              id={`${ids}-when`}
              label={t('notes.write.whenLabel')}
              hint={t('notes.write.whenHint', { zone })}
              error={errors.when && errorWords(errors.when, NOTE_LIMITS.text)}
            >
              {(described) => (
                <input
                  id={`${ids}-when`}
                  className="field__input note-form__when"
                  type="datetime-local"
                  value={draft.when}
                  min={wallTimeOf(now, zone)}
                  max={wallTimeOf(new Date(now.getTime() + NOTE_LIMITS.hideDays * DAY_MS), zone)}
                  aria-invalid={errors.when ? true : undefined}
                  aria-describedby={described}
                  onChange={(e) => edit({ when: e.target.value }, 'when')}
                />
              )}
            </NoteField>
          )}
        </div>
        {isKept && <p className="field__hint">{t('notes.write.draftKept')}</p>}
        {send.isError && <Notice tone="error">{errorText(send.error)}</Notice>}
        {sent && (
          // Said once through the announcer; shown here for the eyes.
          <p className="note-form__sent">
            {sent.status === 'waiting'
              ? t('notes.write.leftAnnounce', { when: formatNoteTime(sent.visibleFrom, zone) })
              : t('notes.write.sentAnnounce', { partner })}
          </p>
        )}
        <div className="actions">
          <BusyButton type="submit" className="button button--primary" isBusy={send.isPending}>
            {send.isPending
              ? t('notes.write.sending')
              : draft.hide
                ? t('notes.write.leave')
                : t('notes.write.send')}
          </BusyButton>
        </div>
      </form>
    </section>
  );
}
