import { type FormEvent, useState } from 'react';
import { BusyButton } from '../../components/busy-button';
import { Notice } from '../../components/notice';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { TimeZoneSelect } from './time-zone-select';

type Saver = {
  mutate: (zone: string, options: { onSuccess: () => void }) => void;
  isPending: boolean;
  isError: boolean;
  error: unknown;
};

type TimeZoneFormProps = {
  label: string;
  hint: string;
  name: string;
  saved: string;
  saver: Saver;
};

/** Pick a zone, then save it on purpose (arrow keys alone never change the setting). */
export function TimeZoneForm({ label, hint, name, saved, saver }: TimeZoneFormProps) {
  const [zone, setZone] = useState(saved);
  const [done, setDone] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(false);
    saver.mutate(zone, { onSuccess: () => setDone(true) });
  };

  return (
    <form className="form form--inline" onSubmit={onSubmit}>
      <TimeZoneSelect
        label={label}
        hint={hint}
        name={name}
        value={zone}
        onChange={(value) => {
          setZone(value);
          setDone(false);
        }}
      />
      <BusyButton
        type="submit"
        className="button button--secondary"
        isBusy={saver.isPending}
        isDisabled={zone === saved && !saver.isPending}
      >
        {saver.isPending ? t('common.saving') : t('common.save')}
      </BusyButton>
      {done && <Notice tone="success">{t('common.saved')}</Notice>}
      {saver.isError && <Notice tone="error">{errorText(saver.error)}</Notice>}
    </form>
  );
}
