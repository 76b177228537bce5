/**
 * The devices a person turned web push on for. Adding the same device again
 * changes nothing but its keys and label; a device someone else added before
 * (a shared tablet, say) moves to the person adding it now, so reminders
 * reach whoever uses it. At most MAX_PUSH_DEVICES each.
 */
import { createHash } from 'node:crypto';
import { describeDevice } from '../../../core/device-label';
import {
  MAX_PUSH_DEVICES,
  type PushDevice,
  type PushDevices,
  type PushSubscriptionBody,
} from '../../../shared/notifications-api';
import type { AuthContext } from '../../lib/auth-context';
import { DomainError, notFound } from '../../lib/errors';
import { publicPushService } from '../../lib/push-setup';
import { newId } from '../../lib/tokens';
import { isCurvePoint } from '../../lib/vapid';
import { lockUsersInOrder } from '../accounts/accounts.queries';
import type { ServiceDeps } from '../deps';
import {
  countSubscriptions,
  deleteSubscription,
  findByEndpoint,
  listSubscriptions,
  type PushSubscriptionRow,
  upsertSubscription,
} from './push-subscriptions.repository';

type Deps = Pick<ServiceDeps, 'db' | 'dialect' | 'clock' | 'push'>;

function present(row: PushSubscriptionRow): PushDevice {
  return {
    id: row.id,
    label: row.label,
    createdAt: row.created_at,
    lastSuccessAt: row.last_success_at,
    endpointHash: createHash('sha256').update(row.endpoint).digest('base64url'),
  };
}

export async function listDevices(deps: Deps, auth: AuthContext): Promise<PushDevices> {
  const rows = await listSubscriptions(deps.db, auth.user.id);
  return { publicKey: deps.push?.keys.publicKey ?? null, devices: rows.map(present) };
}

/** Keys as browsers may send them (base64url, perhaps padded), kept without padding. */
function unpadded(value: string): string {
  return value.replace(/=+$/, '');
}

function invalid(message: string): DomainError {
  return new DomainError('validation_failed', message);
}

/** Checks what the schema cannot: the address is one the server may post to, and the key is a real point. */
function checkSubscription(deps: Deps, body: PushSubscriptionBody): void {
  const allowed = deps.push?.endpointAllowed ?? publicPushService;
  if (!allowed(new URL(body.endpoint)))
    throw invalid('This browser gave a push address this server cannot send to.');
  if (!isCurvePoint(Buffer.from(unpadded(body.keys.p256dh), 'base64url')))
    throw invalid('This browser gave a key this server cannot use.');
}

export async function addDevice(
  deps: Deps,
  auth: AuthContext,
  body: PushSubscriptionBody,
  userAgent: string | undefined,
): Promise<PushDevice> {
  if (!deps.push)
    throw new DomainError(
      'channel_unavailable',
      'This server is not set up for notifications on devices.',
    );
  checkSubscription(deps, body);
  const userId = auth.user.id;
  const nowIso = deps.clock.now().toISOString();
  const row = await deps.db.transaction().execute(async (trx) => {
    // Two devices added at once count one after the other.
    await lockUsersInOrder(trx, deps.dialect, [userId]);
    const existing = await findByEndpoint(trx, body.endpoint);
    const mine = existing?.user_id === userId;
    if (!mine && (await countSubscriptions(trx, userId)) >= MAX_PUSH_DEVICES)
      throw new DomainError(
        'limit_reached',
        `Notifications can be on for ${MAX_PUSH_DEVICES} devices at most. Remove one you no longer use, then try again.`,
      );
    const next: PushSubscriptionRow = {
      // A device that changes hands gets a new id: the one its last owner knew stops working.
      id: mine && existing ? existing.id : newId(),
      user_id: userId,
      endpoint: body.endpoint,
      p256dh: unpadded(body.keys.p256dh),
      auth: unpadded(body.keys.auth),
      label: describeDevice(userAgent),
      // The same device again keeps its history; one that changes hands starts afresh.
      created_at: mine && existing ? existing.created_at : nowIso,
      last_success_at: mine && existing ? existing.last_success_at : null,
      last_nudge_day: mine && existing ? existing.last_nudge_day : null,
    };
    await upsertSubscription(trx, next);
    return (await findByEndpoint(trx, body.endpoint)) ?? next;
  });
  return present(row);
}

/** Removes one of my devices; anyone else's id is answered as an unknown one. */
export async function removeDevice(deps: Deps, auth: AuthContext, id: string): Promise<void> {
  if (!(await deleteSubscription(deps.db, auth.user.id, id))) throw notFound();
}
