import { type FormEvent, useId, useState } from 'react';
import { Button } from 'react-aria-components';
import type { PlannedDate } from '../../../shared/dates-api';
import { LIMITS } from '../../../shared/limits';
import { BusyButton } from '../../components/busy-button';
import { Notice } from '../../components/notice';
import { WhoSees } from '../../components/who-sees';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { CheckBox } from './check-box';
import { useRemoveReflection, useWriteReflection } from './dates-api';

/** My short reflection on a date: only mine unless I choose to share it. */
export function ReflectionForm({ date, partner }: { date: PlannedDate; partner: string }) {
  const mine = date.myReflection;
  const [editing, setEditing] = useState(mine === null);
  const [text, setText] = useState(mine?.text ?? '');
  const [shared, setShared] = useState(mine?.shared ?? false);
  const [empty, setEmpty] = useState(false);
  const write = useWriteReflection(date.id);
  const remove = useRemoveReflection(date.id);
  const ids = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setEmpty(true);
      return;
    }
    write.mutate(
      { text: text.trim(), shared },
      {
        onSuccess: () => {
          setEditing(false);
          announce(t('dates.past.saved'));
        },
      },
    );
  };

  if (!editing && mine)
    return (
      <div className="reflection">
        <p className="reflection__label">{t('dates.past.mine')}</p>
        <p className="reflection__text">{mine.text}</p>
        <WhoSees visibility={mine.shared ? 'shared' : 'private'} partnerName={partner} />
        <div className="actions">
          <Button className="button button--quiet button--small" onPress={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
          <BusyButton
            className="button button--quiet button--small"
            isBusy={remove.isPending}
            onPress={() =>
              remove.mutate(undefined, {
                onSuccess: () => {
                  setText('');
                  setShared(false);
                  setEditing(true);
                  announce(t('dates.past.removed'));
                },
              })
            }
          >
            {t('dates.past.remove')}
          </BusyButton>
        </div>
        {remove.isError && <Notice tone="error">{errorText(remove.error)}</Notice>}
      </div>
    );

  return (
    <form className="form reflection" onSubmit={submit} noValidate>
      <div className="field">
        <label className="field__label" htmlFor={`${ids}-text`}>
          {t('dates.past.question')}
        </label>
        <textarea
          id={`${ids}-text`}
          className="field__input field__textarea field__textarea--short"
          value={text}
          maxLength={LIMITS.reflection}
          aria-describedby={`${ids}-who`}
          aria-invalid={empty ? true : undefined}
          onChange={(event) => {
            setEmpty(false);
            setText(event.target.value);
          }}
        />
      </div>
      <div id={`${ids}-who`}>
        <WhoSees
          visibility={shared ? 'shared' : 'private'}
          partnerName={partner}
          detail={shared ? null : t('dates.past.privateDetail')}
        />
      </div>
      <CheckBox isSelected={shared} onChange={setShared}>
        {t('dates.past.share', { partner })}
      </CheckBox>
      {empty && <Notice tone="error">{t('common.required')}</Notice>}
      {write.isError && <Notice tone="error">{errorText(write.error)}</Notice>}
      <div className="actions">
        <BusyButton type="submit" className="button button--primary" isBusy={write.isPending}>
          {t('dates.past.save')}
        </BusyButton>
        {mine && (
          <Button className="button button--quiet" onPress={() => setEditing(false)}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
