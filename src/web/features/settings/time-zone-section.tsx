import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { Me } from '../../../shared/api';
import { BusyButton } from '../../components/busy-button';
import { Notice } from '../../components/notice';
import { errorText } from '../../data/error-text';
import { queryKeys } from '../../data/keys';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { useUpdateCoupleTimeZone } from '../partner/partner-api';
import { useUpdateMe } from './settings-api';
import { TimeZonePicker } from './time-zone-picker';

/**
 * My own time zone, and the couple's shared one when linked, in one form with
 * one Save: picking only changes the fields, saving changes what changed.
 */
export function TimeZoneSection() {
  const me = useCurrentMe();
  const updateMe = useUpdateMe();
  const updateCouple = useUpdateCoupleTimeZone();
  const client = useQueryClient();
  const savedMine = me.user.timeZone;
  const savedShared = me.couple?.timeZone ?? null;
  // A pick follows the saved value until the person changes it (a live change to the couple shows at once).
  const [minePick, setMine] = useState<string | null>(null);
  const [sharedPick, setShared] = useState<string | null>(null);
  const mine = minePick ?? savedMine;
  const shared = sharedPick ?? savedShared;
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const mineChanged = mine !== savedMine;
  const sharedChanged = savedShared !== null && shared !== null && shared !== savedShared;
  const keep = [savedMine, ...(savedShared ? [savedShared] : [])];

  const edit = (set: (zone: string) => void) => (zone: string) => {
    set(zone);
    setDone(false);
    setError(null);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving || (!mineChanged && !sharedChanged)) return;
    setSaving(true);
    setDone(false);
    setError(null);
    try {
      if (mineChanged) await updateMe.mutateAsync({ timeZone: mine });
      if (sharedChanged && shared !== null) {
        const couple = await updateCouple.mutateAsync(shared);
        // Shown as saved at once; the refetch that follows brings the same value.
        client.setQueryData<Me | null>(queryKeys.me, (old) =>
          old?.couple ? { ...old, couple: { ...old.couple, timeZone: couple.timeZone } } : old,
        );
      }
      setMine(null);
      setShared(null);
      setDone(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="card" aria-labelledby="time-heading">
      <h2 id="time-heading" className="card__title">
        {t('settings.timeHeading')}
      </h2>
      <form className="form" onSubmit={(event) => void onSubmit(event)}>
        <TimeZonePicker
          label={t('settings.myTimeZone')}
          hint={t('settings.myTimeZoneHint')}
          name="timeZone"
          value={mine}
          onChange={edit(setMine)}
          keep={keep}
        />
        {me.couple && shared !== null && (
          <TimeZonePicker
            label={t('settings.coupleTimeZone')}
            hint={t('settings.coupleTimeZoneHint')}
            name="coupleTimeZone"
            value={shared}
            onChange={edit(setShared)}
            keep={keep}
          />
        )}
        <BusyButton
          type="submit"
          className="button button--secondary"
          isBusy={saving}
          isDisabled={!mineChanged && !sharedChanged && !saving}
        >
          {saving ? t('common.saving') : t('common.save')}
        </BusyButton>
        {done && <Notice tone="success">{t('common.saved')}</Notice>}
        {error !== null && <Notice tone="error">{errorText(error)}</Notice>}
      </form>
    </section>
  );
}
