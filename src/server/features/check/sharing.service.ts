/**
 * Opt-ins to show my results to my partner. A side-by-side view appears only
 * when both of us opted in to the same topic, and either can withdraw.
 */
import type { Sharing, SharingTopic } from '../../../shared/program-api';
import type { AuthContext } from '../../lib/auth-context';
import type { ServiceDeps } from '../deps';
import { listSharing, setSharing } from './check.repository';

export async function getMySharing(
  deps: Pick<ServiceDeps, 'db'>,
  auth: AuthContext,
): Promise<Sharing> {
  const rows = await listSharing(deps.db, [auth.user.id]);
  return {
    check: rows.some((r) => r.topic === 'check'),
    progress: rows.some((r) => r.topic === 'progress'),
  };
}

export async function updateMySharing(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  auth: AuthContext,
  topic: SharingTopic,
  share: boolean,
): Promise<Sharing> {
  await setSharing(deps.db, auth.user.id, topic, share, deps.clock.now().toISOString());
  return getMySharing(deps, auth);
}

/** Whether both partners of my current couple opted in to a topic. */
export async function isMutuallyShared(
  deps: Pick<ServiceDeps, 'db'>,
  auth: AuthContext,
  topic: SharingTopic,
): Promise<boolean> {
  if (!auth.couple) return false;
  const rows = await listSharing(deps.db, [auth.user.id, auth.couple.partnerId]);
  const mine = rows.some((r) => r.user_id === auth.user.id && r.topic === topic);
  const theirs = rows.some((r) => r.user_id === auth.couple?.partnerId && r.topic === topic);
  return mine && theirs;
}
