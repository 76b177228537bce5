import { useEffect, useState } from 'react';
import type { PushDevice } from '../../../shared/notifications-api';
import { BusyButton } from '../../components/busy-button';
import { Notice } from '../../components/notice';
import { Skeleton } from '../../components/skeleton';
import { ApiError } from '../../data/client';
import { errorText } from '../../data/error-text';
import { type MessageKey, t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { formatDateTime } from '../../lib/format';
import { useAddPushDevice, usePushDevices, useRemovePushDevice } from './notifications-api';
import {
  browserPushEnvironment,
  localSubscription,
  PushRefused,
  type PushSupport,
  pushSupport,
  subscribeThisDevice,
  thisDevice,
  unsubscribeThisDevice,
} from './push-device';
import { endpointHash } from './push-keys';

/** What a failed "turn on" says, by the server's error code. */
const ADD_ERRORS: Partial<Record<string, MessageKey>> = {
  limit_reached: 'notifications.device.tooMany',
  validation_failed: 'notifications.device.refused',
  channel_unavailable: 'notifications.device.serverOff',
};

function DeviceRow({ device, current }: { device: PushDevice; current: boolean }) {
  const remove = useRemovePushDevice();
  const onRemove = async () => {
    // This browser stops showing them at once, even before the server hears.
    if (current) await unsubscribeThisDevice().catch(() => {});
    remove.mutate(device.id, { onSuccess: () => announce(t('notifications.device.removed')) });
  };
  return (
    <li className="session">
      <div className="session__info">
        <p className="session__device">
          {device.label}
          {current && <span className="tag">{t('notifications.device.heading')}</span>}
        </p>
        <p className="field__hint">
          {t('notifications.device.added', { date: formatDateTime(device.createdAt) })}
          <br />
          {device.lastSuccessAt
            ? t('notifications.device.lastReminder', { date: formatDateTime(device.lastSuccessAt) })
            : t('notifications.device.noReminderYet')}
        </p>
        {remove.isError && <Notice tone="error">{errorText(remove.error)}</Notice>}
      </div>
      <BusyButton
        className="button button--secondary button--small"
        aria-label={t('notifications.device.removeLabel', { device: device.label })}
        isBusy={remove.isPending}
        onPress={() => void onRemove()}
      >
        {t('notifications.device.remove')}
      </BusyButton>
    </li>
  );
}

/**
 * Settings → Reminders → This device: turn notifications on here (the
 * browser asks first), the devices they are on for, each with Remove, and
 * plain words when this browser cannot show them or they were refused.
 */
export function PushDevicesSection({ pushOn }: { pushOn: boolean }) {
  const devices = usePushDevices();
  const add = useAddPushDevice();
  const [support, setSupport] = useState<PushSupport>(() => pushSupport(browserPushEnvironment()));
  const [localHash, setLocalHash] = useState<string | null>(null);
  const [turningOn, setTurningOn] = useState(false);
  const [failure, setFailure] = useState<'unsupported' | 'failed' | null>(null);

  useEffect(() => {
    if (support === 'unsupported') return;
    let live = true;
    localSubscription()
      .then(async (subscription) => {
        const hash = subscription ? await endpointHash(subscription.endpoint) : null;
        if (live) setLocalHash(hash);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [support]);

  const list = devices.data?.devices ?? [];
  const publicKey = devices.data?.publicKey ?? null;
  const current = thisDevice(list, localHash);

  const turnOn = async () => {
    if (!publicKey || turningOn) return;
    setFailure(null);
    add.reset();
    setTurningOn(true);
    try {
      const body = await subscribeThisDevice(publicKey);
      const device = await add.mutateAsync(body);
      setLocalHash(device.endpointHash);
      announce(t('notifications.device.on'));
    } catch (error) {
      // A refused permission shows through `support`; the server's answer through `add.error`.
      if (error instanceof PushRefused) {
        if (error.reason === 'unsupported') setFailure('unsupported');
      } else if (!(error instanceof ApiError)) setFailure('failed');
    } finally {
      setSupport(pushSupport(browserPushEnvironment()));
      setTurningOn(false);
    }
  };

  return (
    <section className="reminders__group" aria-labelledby="push-device-heading">
      <h3 id="push-device-heading" className="field__label">
        {t('notifications.device.heading')}
      </h3>
      <p className="field__hint">{t('notifications.device.lead')}</p>
      {devices.isPending && <Skeleton lines={2} card={false} />}
      {devices.isError && <Notice tone="error">{t('notifications.device.loadFailed')}</Notice>}
      {devices.data && publicKey === null && <p>{t('notifications.device.serverOff')}</p>}
      {devices.data && publicKey !== null && (
        <>
          {(support === 'unsupported' || failure === 'unsupported') && (
            <p>{t('notifications.device.unsupported')}</p>
          )}
          {support === 'blocked' && <p>{t('notifications.device.blocked')}</p>}
          {(support === 'ask' || support === 'allowed') && failure !== 'unsupported' && (
            <>
              {current ? (
                <p>{t('notifications.device.on')}</p>
              ) : (
                <BusyButton
                  className="button button--secondary"
                  isBusy={turningOn}
                  onPress={() => void turnOn()}
                >
                  {turningOn
                    ? t('notifications.device.turningOn')
                    : t('notifications.device.turnOn')}
                </BusyButton>
              )}
              {current && !pushOn && <Notice>{t('notifications.device.pushIsOff')}</Notice>}
            </>
          )}
          {failure === 'failed' && <Notice tone="error">{t('notifications.device.failed')}</Notice>}
          {add.isError && <Notice tone="error">{errorText(add.error, ADD_ERRORS)}</Notice>}
          <h3 className="field__label">{t('notifications.device.listHeading')}</h3>
          {list.length === 0 ? (
            <p className="field__hint">{t('notifications.device.none')}</p>
          ) : (
            <ul className="session-list">
              {list.map((device) => (
                <DeviceRow key={device.id} device={device} current={device === current} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
