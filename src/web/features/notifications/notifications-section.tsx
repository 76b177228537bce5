import '../../styles/ratings.css';
import './notifications.css';
import { type FormEvent, useId, useState } from 'react';
import { Switch } from 'react-aria-components';
import type { NotificationChoices, NotificationSettings } from '../../../shared/notifications-api';
import { BusyButton } from '../../components/busy-button';
import { Notice } from '../../components/notice';
import { Skeleton } from '../../components/skeleton';
import { errorText } from '../../data/error-text';
import { useCurrentMe } from '../../data/me';
import { currentLocale, t } from '../../i18n';
import { useNotificationSettings, useSaveNotificationSettings } from './notifications-api';
import { PushDevicesSection } from './push-devices-section';

/** "Monday 2 March, 19:00", read in the person's own time zone. */
function formatNext(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(currentLocale(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}

function Toggle({
  label,
  hint,
  isSelected,
  isDisabled,
  onChange,
}: {
  label: string;
  hint: string;
  isSelected: boolean;
  isDisabled?: boolean;
  onChange: (on: boolean) => void;
}) {
  const hintId = useId();
  return (
    <div className="reminders__toggle">
      <Switch
        className="switch"
        isSelected={isSelected}
        isDisabled={isDisabled}
        onChange={onChange}
        aria-describedby={hintId}
      >
        <span className="switch__track" aria-hidden="true">
          <span className="switch__handle" />
        </span>
        <span className="switch__label">{label}</span>
      </Switch>
      <p id={hintId} className="field__hint">
        {hint}
      </p>
    </div>
  );
}

function TimeInput({
  label,
  hint,
  value,
  isDisabled,
  onChange,
}: {
  label: string;
  hint?: string;
  value: string;
  isDisabled: boolean;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field reminders__time">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="field__input"
        type="time"
        required
        disabled={isDisabled}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}

const DEFAULT_QUIET = { from: '22:00', to: '08:00' };

function RemindersForm({ settings }: { settings: NotificationSettings }) {
  const me = useCurrentMe();
  const save = useSaveNotificationSettings();
  const [draft, setDraft] = useState<NotificationChoices>({
    enabled: settings.enabled,
    channels: settings.channels,
    nudgeTime: settings.nudgeTime,
    quietHours: settings.quietHours,
  });
  const [quiet, setQuiet] = useState(settings.quietHours ?? DEFAULT_QUIET);
  const [done, setDone] = useState(false);
  const change = (next: Partial<NotificationChoices>) => {
    setDone(false);
    setDraft((old) => ({ ...old, ...next }));
  };
  const quietSame = draft.quietHours !== null && quiet.from === quiet.to;
  const emailAvailable = settings.available.email;
  const pushAvailable = settings.available.push;
  const shown = save.data ?? settings;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending || quietSame) return;
    const choices = { ...draft, quietHours: draft.quietHours === null ? null : quiet };
    save.mutate(choices, { onSuccess: () => setDone(true) });
  };

  return (
    <form className="form reminders" onSubmit={onSubmit} noValidate>
      <Toggle
        label={t('notifications.settings.enabled')}
        hint={t('notifications.settings.enabledHint')}
        isSelected={draft.enabled}
        onChange={(enabled) => change({ enabled })}
      />
      <fieldset className="reminders__group" disabled={!draft.enabled}>
        <legend className="field__label">{t('notifications.settings.channelsLegend')}</legend>
        <div className="reminders__fixed">
          <p className="reminders__fixed-label">{t('notifications.settings.inApp')}</p>
          <p className="field__hint">{t('notifications.settings.inAppHint')}</p>
        </div>
        <Toggle
          label={t('notifications.settings.email')}
          hint={
            emailAvailable
              ? t('notifications.settings.emailHint', { email: me.user.email })
              : t('notifications.settings.emailOff')
          }
          isSelected={draft.channels.email && emailAvailable}
          isDisabled={!draft.enabled || (!emailAvailable && !draft.channels.email)}
          onChange={(email) => change({ channels: { ...draft.channels, email } })}
        />
        <Toggle
          label={t('notifications.settings.push')}
          hint={
            pushAvailable
              ? t('notifications.settings.pushHint')
              : t('notifications.settings.pushOff')
          }
          isSelected={draft.channels.push && pushAvailable}
          isDisabled={!draft.enabled || (!pushAvailable && !draft.channels.push)}
          onChange={(push) => change({ channels: { ...draft.channels, push } })}
        />
      </fieldset>
      <div className="reminders__group">
        <TimeInput
          label={t('notifications.settings.time')}
          hint={t('notifications.settings.timeHint', { zone: settings.timeZone })}
          value={draft.nudgeTime}
          isDisabled={!draft.enabled}
          onChange={(nudgeTime) => change({ nudgeTime })}
        />
        <Toggle
          label={t('notifications.settings.quiet')}
          hint={t('notifications.settings.quietHint')}
          isSelected={draft.quietHours !== null}
          isDisabled={!draft.enabled}
          onChange={(on) => change({ quietHours: on ? quiet : null })}
        />
        {draft.quietHours !== null && (
          <div className="reminders__span">
            <TimeInput
              label={t('notifications.settings.quietFrom')}
              value={quiet.from}
              isDisabled={!draft.enabled}
              onChange={(from) => {
                setDone(false);
                setQuiet((old) => ({ ...old, from }));
              }}
            />
            <TimeInput
              label={t('notifications.settings.quietTo')}
              value={quiet.to}
              isDisabled={!draft.enabled}
              onChange={(to) => {
                setDone(false);
                setQuiet((old) => ({ ...old, to }));
              }}
            />
          </div>
        )}
        {quietSame && <Notice tone="error">{t('notifications.settings.quietSame')}</Notice>}
      </div>
      <p className="reminders__next">
        {!shown.enabled
          ? t('notifications.settings.allOff')
          : shown.nextNudgeAt
            ? t('notifications.settings.next', {
                when: formatNext(shown.nextNudgeAt, shown.timeZone),
              })
            : t('notifications.settings.nextNone')}
      </p>
      <BusyButton type="submit" className="button button--secondary" isBusy={save.isPending}>
        {save.isPending ? t('common.saving') : t('notifications.settings.save')}
      </BusyButton>
      {done && <Notice tone="success">{t('notifications.settings.saved')}</Notice>}
      {save.isError && <Notice tone="error">{errorText(save.error)}</Notice>}
    </form>
  );
}

/** Settings → Reminders: the one switch, channels, the nudge's time and quiet hours, and this device. */
export function NotificationsSection() {
  const settings = useNotificationSettings();
  return (
    <section className="card" id="notifications" aria-labelledby="notifications-heading">
      <h2 id="notifications-heading" className="card__title">
        {t('notifications.settings.heading')}
      </h2>
      <p>{t('notifications.settings.lead')}</p>
      {settings.isPending && <Skeleton lines={4} card={false} />}
      {settings.isError && <Notice tone="error">{t('notifications.settings.loadFailed')}</Notice>}
      {settings.data && <RemindersForm settings={settings.data} />}
      {settings.data && <PushDevicesSection pushOn={settings.data.channels.push} />}
    </section>
  );
}
