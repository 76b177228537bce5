/**
 * Opt-ins to show my results to my partner. An opt-in belongs to the couple it
 * was given in and ends with it. A partner's results appear only while both of
 * us opt in, and only those written while we are this couple.
 */
import { isMutual } from '../../../core/visibility';
import type { Sharing, SharingTopic } from '../../../shared/program-api';
import type { AuthContext } from '../../lib/auth-context';
import { requireCouple } from '../couple/couple.service';
import type { ServiceDeps } from '../deps';
import { countOptIns, countOptInsByTopic, listMyOptIns, optIn, optOut } from './check.repository';

export async function getMySharing(
  deps: Pick<ServiceDeps, 'db'>,
  auth: AuthContext,
): Promise<Sharing> {
  const rows = auth.couple ? await listMyOptIns(deps.db, auth.user.id, auth.couple.id) : [];
  return {
    check: rows.some((r) => r.topic === 'check'),
    progress: rows.some((r) => r.topic === 'progress'),
  };
}

/** Sharing needs a partner to share with: alone, there is nothing to opt in to. */
export async function updateMySharing(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  auth: AuthContext,
  topic: SharingTopic,
  share: boolean,
): Promise<Sharing> {
  if (share) {
    const couple = requireCouple(auth);
    await optIn(deps.db, {
      userId: auth.user.id,
      coupleId: couple.id,
      topic,
      nowIso: deps.clock.now().toISOString(),
    });
  } else {
    await optOut(deps.db, auth.user.id, topic);
  }
  return getMySharing(deps, auth);
}

/** Whether both partners of my current couple opted in to a topic, within this couple. */
export async function isMutuallyShared(
  deps: Pick<ServiceDeps, 'db'>,
  auth: AuthContext,
  topic: SharingTopic,
): Promise<boolean> {
  if (!auth.couple) return false;
  return isMutual(await countOptIns(deps.db, auth.couple.id, topic));
}

/**
 * What my partner can see of mine right now, topic by topic: true only while
 * both of us opt in, within this couple. A topic I did not opt in to is
 * false whatever my partner chose, so nobody learns a partner's lone opt-in.
 */
export async function getMutualSharing(
  deps: Pick<ServiceDeps, 'db'>,
  auth: AuthContext,
): Promise<Sharing> {
  if (!auth.couple) return { check: false, progress: false };
  const rows = await countOptInsByTopic(deps.db, auth.couple.id);
  const mutual = (topic: SharingTopic) =>
    isMutual(Number(rows.find((row) => row.topic === topic)?.n ?? 0));
  return { check: mutual('check'), progress: mutual('progress') };
}
