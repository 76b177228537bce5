/**
 * This device and web push: whether the browser can show Rekindle's
 * reminders, turning them on (permission, then the browser's subscription
 * with the server's key, which the server then keeps), and telling which of
 * the person's devices is this one without the server sending addresses back.
 */
import type { PushDevice, PushSubscriptionBody } from '../../../shared/notifications-api';
import { applicationServerKey, endpointHash, subscriptionBody } from './push-keys';

/** What this browser allows: push at all, and what the person said when asked. */
export type PushSupport = 'unsupported' | 'blocked' | 'ask' | 'allowed';

/** The parts of the browser this needs, so the rules can be checked without one. */
export interface PushEnvironment {
  hasServiceWorker: boolean;
  hasPushManager: boolean;
  /** Notification.permission, or null when there are no notifications at all. */
  permission: NotificationPermission | null;
}

export function pushSupport(env: PushEnvironment): PushSupport {
  if (!env.hasServiceWorker || !env.hasPushManager || env.permission === null) return 'unsupported';
  if (env.permission === 'denied') return 'blocked';
  return env.permission === 'granted' ? 'allowed' : 'ask';
}

export function browserPushEnvironment(): PushEnvironment {
  return {
    hasServiceWorker: typeof navigator !== 'undefined' && 'serviceWorker' in navigator,
    hasPushManager: typeof window !== 'undefined' && 'PushManager' in window,
    permission:
      typeof window !== 'undefined' && 'Notification' in window ? Notification.permission : null,
  };
}

/** The device in the list that is this browser, if the server knows it. */
export function thisDevice(
  devices: readonly PushDevice[],
  localHash: string | null,
): PushDevice | undefined {
  return localHash === null ? undefined : devices.find((d) => d.endpointHash === localHash);
}

/** The service worker's registration, when one is installed (it is only in the built app). */
async function registration(): Promise<ServiceWorkerRegistration | undefined> {
  return navigator.serviceWorker.getRegistration();
}

/** This browser's subscription for Rekindle, if it has one. */
export async function localSubscription(): Promise<PushSubscription | null> {
  const reg = await registration();
  return reg ? reg.pushManager.getSubscription() : null;
}

export class PushRefused extends Error {
  constructor(readonly reason: 'blocked' | 'unsupported') {
    super(reason);
    this.name = 'PushRefused';
  }
}

/**
 * Asks for permission (only when this browser has not been asked), then
 * subscribes with the server's key. A subscription made with another key
 * (the server's keys changed) is replaced.
 */
export async function subscribeThisDevice(publicKey: string): Promise<PushSubscriptionBody> {
  const permission =
    Notification.permission === 'default'
      ? await Notification.requestPermission()
      : Notification.permission;
  if (permission !== 'granted') throw new PushRefused('blocked');
  const reg = await registration();
  if (!reg) throw new PushRefused('unsupported');
  const key = applicationServerKey(publicKey);
  const existing = await reg.pushManager.getSubscription();
  const sameKey =
    existing?.options.applicationServerKey &&
    new Uint8Array(existing.options.applicationServerKey).every((byte, i) => byte === key[i]);
  if (existing && !sameKey) await existing.unsubscribe();
  const subscription =
    existing && sameKey
      ? existing
      : await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
  const body = subscriptionBody(subscription.toJSON());
  if (!body) throw new PushRefused('unsupported');
  return body;
}

/** Ends this browser's subscription, so nothing more is shown here even before the server hears. */
export async function unsubscribeThisDevice(): Promise<void> {
  const subscription = await localSubscription();
  await subscription?.unsubscribe();
}

/** What forgetting this device uses: the browser's subscription and the server's device list. */
export interface ForgetParts {
  subscription: () => Promise<Pick<PushSubscription, 'endpoint' | 'unsubscribe'> | null>;
  devices: () => Promise<readonly PushDevice[]>;
  remove: (id: string) => Promise<unknown>;
}

/**
 * On logging out: the server forgets this browser's subscription and the
 * browser ends it, so a shared device shows nothing more of this person.
 * Each step is tried on its own, and none stops the logging out.
 */
export async function forgetThisDevice(parts: ForgetParts): Promise<void> {
  const subscription = await parts.subscription().catch(() => null);
  if (!subscription) return;
  try {
    const mine = thisDevice(await parts.devices(), await endpointHash(subscription.endpoint));
    if (mine) await parts.remove(mine.id);
  } catch {
    // The next nudge to an ended subscription removes it on the server (410).
  }
  await subscription.unsubscribe().catch(() => false);
}
