import '../../styles/flows.css';
import './library.css';
import { type FormEvent, useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import type { NotebookEntry } from '../../../shared/library-api';
import { NOTEBOOK_LIMITS } from '../../../shared/library-limits';
import { BusyButton } from '../../components/busy-button';
import { EmptyState } from '../../components/empty-state';
import { LockIcon } from '../../components/icons';
import { LoadFailed } from '../../components/load-failed';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { errorText } from '../../data/error-text';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { formatDay } from '../../lib/format';
import { LearnedForm } from './learned-form';
import { useEditEntry, useNotebook, useRemoveEntry } from './library-api';

function EditEntry({ entry, onDone }: { entry: NotebookEntry; onDone(): void }) {
  const ids = useId();
  const edit = useEditEntry();
  const [text, setText] = useState(entry.text);
  const words = text.trim();
  const invalid = words.length === 0 || words.length > NOTEBOOK_LIMITS.text;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (invalid) return;
    edit.mutate(
      { entryId: entry.id, text: words },
      {
        onSuccess: () => {
          announce(t('library.notebook.saved'));
          onDone();
        },
      },
    );
  };
  return (
    <form className="form notebook-edit" noValidate onSubmit={submit}>
      <div className="field">
        <label className="field__label" htmlFor={`${ids}-text`}>
          {t('library.notebook.editLabel')}
        </label>
        <textarea
          id={`${ids}-text`}
          className="field__input field__textarea field__textarea--short"
          rows={3}
          value={text}
          // Opened on purpose, to change these words.
          // biome-ignore lint/a11y/noAutofocus: focus follows the person's own "Edit"
          autoFocus
          aria-invalid={invalid ? true : undefined}
          aria-describedby={`${ids}-count`}
          onChange={(e) => setText(e.target.value)}
        />
        <p id={`${ids}-count`} className={invalid ? 'field__error' : 'field__hint'}>
          {words.length === 0
            ? t('library.learned.required')
            : t('library.learned.count', { count: words.length, max: NOTEBOOK_LIMITS.text })}
        </p>
      </div>
      {edit.isError && <Notice tone="error">{errorText(edit.error)}</Notice>}
      <div className="actions">
        <BusyButton type="submit" className="button button--primary" isBusy={edit.isPending}>
          {t('library.notebook.save')}
        </BusyButton>
        <Button className="button button--quiet" onPress={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

function EntryCard({
  entry,
  partner,
  linked,
}: {
  entry: NotebookEntry;
  partner: string;
  linked: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const [asking, setAsking] = useState(false);
  const remove = useRemoveEntry();
  const who = entry.author === 'me' ? t('library.notebook.byMe') : partner;
  const mine = entry.author === 'me';
  return (
    <li className="card notebook-entry">
      {editing ? (
        <EditEntry entry={entry} onDone={() => setEditing(false)} />
      ) : (
        <p className="notebook-entry__text">{entry.text}</p>
      )}
      <p className="notebook-entry__meta">
        <span>{t('library.notebook.meta', { who, day: formatDay(entry.writtenOn) })}</span>
        {entry.edited && <span>{t('library.notebook.edited')}</span>}
        {linked && entry.visibility === 'private' && (
          <span className="notebook-entry__private">
            <LockIcon />
            {t('library.notebook.onlyYou')}
          </span>
        )}
      </p>
      {entry.article && (
        <p className="notebook-entry__from">
          <Link to={`/library/${entry.article.id}`}>
            {t('library.notebook.from', { title: entry.article.title })}
          </Link>
        </p>
      )}
      {mine && !editing && (
        <div className="notebook-entry__actions">
          {asking ? (
            <>
              <p className="notebook-entry__ask">
                {entry.visibility === 'shared'
                  ? t('library.notebook.removeAsk')
                  : t('library.notebook.removeAskSolo')}
              </p>
              <BusyButton
                className="button button--danger button--small"
                isBusy={remove.isPending}
                onPress={() =>
                  remove.mutate(entry.id, {
                    onSuccess: () => announce(t('library.notebook.removed')),
                  })
                }
              >
                {t('library.notebook.removeYes')}
              </BusyButton>
              <Button
                className="button button--quiet button--small"
                onPress={() => setAsking(false)}
              >
                {t('common.cancel')}
              </Button>
            </>
          ) : (
            <>
              <Button
                className="button button--quiet button--small"
                onPress={() => setEditing(true)}
              >
                {t('library.notebook.edit')}
              </Button>
              <Button
                className="button button--quiet button--small"
                onPress={() => setAsking(true)}
              >
                {t('library.notebook.remove')}
              </Button>
            </>
          )}
        </div>
      )}
      {remove.isError && <Notice tone="error">{errorText(remove.error)}</Notice>}
    </li>
  );
}

/** The "what we learned" notebook: our entries, newest first (or mine, while alone). */
export default function NotebookPage() {
  const me = useCurrentMe();
  const view = useNotebook();
  const data = view.data;
  const linked = me.couple !== null;
  const partner = me.couple?.partnerName ?? t('nav.partner');
  const title = linked ? t('library.notebook.title') : t('library.notebook.titleSolo');
  const hasEarlier = linked && (data?.entries.some((e) => e.visibility === 'private') ?? false);
  return (
    <div className="page notebook-page">
      <PageHeading title={t('library.notebook.title')}>{title}</PageHeading>
      <p className="page__lead">
        {linked ? t('library.notebook.lead') : t('library.notebook.leadSolo')}
      </p>
      <section className="card" aria-label={t('library.notebook.label')}>
        <LearnedForm label={t('library.notebook.label')} />
      </section>
      {view.isPending ? (
        <Skeleton lines={4} />
      ) : view.isError ? (
        <LoadFailed
          lead={t('library.notebook.loadFailed')}
          error={view.error}
          retry={() => void view.refetch()}
        />
      ) : data && data.entries.length === 0 ? (
        <EmptyState
          title={t('library.notebook.emptyTitle')}
          body={t('library.notebook.emptyBody')}
          action={
            <Link to="/library" className="button button--secondary">
              {t('library.notebook.emptyAction')}
            </Link>
          }
        />
      ) : data ? (
        <section aria-labelledby="notebook-entries" className="library-section">
          <h2 id="notebook-entries" className="library-section__title">
            {t('library.notebook.entriesLabel')}
          </h2>
          {hasEarlier && <p className="status-line">{t('library.notebook.earlier')}</p>}
          <ul className="notebook-list">
            {data.entries.map((entry) => (
              <EntryCard key={entry.id} entry={entry} partner={partner} linked={linked} />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
