/**
 * Web push: the same generic nudge to every device a person turned it on
 * for, encrypted to each device's keys (RFC 8291, aes128gcm) and signed with
 * the server's VAPID keys (RFC 8292). web-push builds each request; it goes
 * out with fetch, without following redirects.
 *
 * A device whose push service answers 404 or 410 is gone and forgotten. Any
 * other failure rejects, so the job runner tries again later; the devices
 * already reached are marked with the nudge's day and skipped on that retry,
 * so one dead device never holds back the others or nudges them twice.
 */
import webpush, { type RequestDetails } from 'web-push';
import type { PushSetup } from '../../lib/push-setup';
import type { ServiceDeps } from '../deps';
import type { Channel } from './notifications.channels';
import { NUDGE_SUBJECT } from './notifications.messages';
import {
  deleteGoneSubscription,
  listSubscriptions,
  markDelivered,
  type PushSubscriptionRow,
} from './push-subscriptions.repository';

/** Everything a push nudge carries: the generic words and where a tap leads. No name, no content. */
export const PUSH_NUDGE = { title: 'Rekindle', body: NUDGE_SUBJECT, url: '/' } as const;
/** A push service keeps one waiting message per topic: a newer nudge replaces an older one. */
export const PUSH_TOPIC = 'rekindle-nudge';
/** How long one push service may take to answer. */
const SEND_TIMEOUT_MS = 10_000;

/** Some device could not be reached and may be later: the job is retried. Carries no address. */
export class PushFailed extends Error {
  readonly code = 'push_failed';
  constructor(
    /** The push service's status, when it answered. */
    readonly responseCode: number | undefined,
    failed: number,
  ) {
    super(`${failed} device(s) could not be reached`);
    this.name = 'PushFailed';
  }
}

type Outcome = { kind: 'delivered' } | { kind: 'gone' } | { kind: 'failed'; status?: number };

function headersOf(details: RequestDetails): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(details.headers)) {
    // fetch sets the length from the body itself.
    if (name.toLowerCase() !== 'content-length') out[name] = String(value);
  }
  return out;
}

async function deliver(
  setup: PushSetup,
  device: PushSubscriptionRow,
  ttlSeconds: number,
): Promise<Outcome> {
  try {
    const details = webpush.generateRequestDetails(
      { endpoint: device.endpoint, keys: { p256dh: device.p256dh, auth: device.auth } },
      JSON.stringify(PUSH_NUDGE),
      {
        vapidDetails: { subject: setup.subject, ...setup.keys },
        contentEncoding: 'aes128gcm',
        TTL: ttlSeconds,
        urgency: 'normal',
        topic: PUSH_TOPIC,
      },
    );
    const response = await fetch(details.endpoint, {
      method: 'POST',
      headers: headersOf(details),
      body: new Uint8Array(details.body),
      redirect: 'error',
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
    await response.body?.cancel();
    if (response.ok) return { kind: 'delivered' };
    if (response.status === 404 || response.status === 410) return { kind: 'gone' };
    return { kind: 'failed', status: response.status };
  } catch {
    return { kind: 'failed' };
  }
}

/** Web push, with the server's VAPID keys: available whenever they are there (generated at first start). */
export function pushChannel(deps: Pick<ServiceDeps, 'db' | 'clock' | 'push'>): Channel {
  const setup = deps.push ?? null;
  return {
    id: 'push',
    available: setup !== null,
    send: async (recipient) => {
      if (!setup) throw new Error('push is off');
      const devices = (await listSubscriptions(deps.db, recipient.userId)).filter(
        (device) => device.last_nudge_day !== recipient.day,
      );
      if (devices.length === 0) return;
      const now = deps.clock.now();
      const ttlSeconds = Math.max(
        0,
        Math.floor((recipient.until.getTime() - now.getTime()) / 1000),
      );
      const outcomes = await Promise.all(
        devices.map((device) => deliver(setup, device, ttlSeconds)),
      );
      const failures: (number | undefined)[] = [];
      for (const [i, outcome] of outcomes.entries()) {
        const device = devices[i];
        if (!device) continue;
        if (outcome.kind === 'delivered')
          await markDelivered(deps.db, {
            id: device.id,
            day: recipient.day,
            nowIso: deps.clock.now().toISOString(),
          });
        else if (outcome.kind === 'gone') await deleteGoneSubscription(deps.db, device.id);
        else failures.push(outcome.status);
      }
      if (failures.length > 0)
        throw new PushFailed(
          failures.find((status) => status !== undefined),
          failures.length,
        );
    },
  };
}
