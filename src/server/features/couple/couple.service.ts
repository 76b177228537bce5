/** The couple: invite, join, settings and unlinking. Either partner can leave alone. */
import type { Couple, Invite } from '../../../shared/api';
import type { AuthContext } from '../../lib/auth-context';
import { DomainError } from '../../lib/errors';
import { withRetryOnConflict } from '../../lib/retry';
import { keyedHash, newId, newInviteCode, normalizeInviteCode } from '../../lib/tokens';
import {
  findUserCouple,
  joinCouple,
  leaveCouple,
  lockUsersInOrder,
} from '../accounts/accounts.queries';
import { endSharingOfCouple } from '../check/check.queries';
import type { ServiceDeps } from '../deps';
import {
  claimInvite,
  endCouple,
  findOpenInvite,
  insertCouple,
  insertInvite,
  revokeOpenInvites,
  updateCoupleTimeZone,
} from './couple.repository';

const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

function alreadyLinked(): DomainError {
  return new DomainError('already_linked', 'You are already linked with a partner.');
}

function invalidInvite(): DomainError {
  return new DomainError(
    'invalid_invite',
    'This invite code does not work. Ask your partner for a new one.',
  );
}

function hashInviteCode(secret: string, code: string): string {
  return keyedHash(secret, `invite:${normalizeInviteCode(code)}`);
}

/** Creates a single-use invite that expires in 7 days. */
export async function createInvite(
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'secret' | 'publicUrl'>,
  auth: AuthContext,
): Promise<Invite> {
  if (auth.couple) throw alreadyLinked();
  const code = newInviteCode();
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + INVITE_TTL_MS).toISOString();
  await insertInvite(deps.db, {
    id: newId(),
    codeHash: hashInviteCode(deps.secret, code),
    inviterId: auth.user.id,
    nowIso: now.toISOString(),
    expiresAt,
  });
  return { code, url: `${deps.publicUrl}/join/${code}`, expiresAt };
}

/**
 * Links the invitee with the inviter. A used, expired or unknown code gets the
 * same answer. The couple keeps the inviter's time zone for its "today".
 */
export async function joinWithInvite(
  deps: Pick<ServiceDeps, 'db' | 'dialect' | 'clock' | 'secret' | 'bus'>,
  auth: AuthContext,
  code: string,
): Promise<Couple> {
  if (auth.couple) throw alreadyLinked();
  const nowIso = deps.clock.now().toISOString();
  const coupleId = newId();
  const codeHash = hashInviteCode(deps.secret, code);
  const result = await withRetryOnConflict(() =>
    deps.db.transaction().execute(async (trx) => {
      // Every row this join touches belongs to one of the two people, and
      // their rows are locked first, in one order, before anything is written.
      const open = await findOpenInvite(trx, codeHash, nowIso);
      if (!open || open.inviter_id === auth.user.id) throw invalidInvite();
      await lockUsersInOrder(trx, deps.dialect, [auth.user.id, open.inviter_id]);
      if (!(await claimInvite(trx, open.id, nowIso))) throw invalidInvite();
      const inviterId = open.inviter_id;
      const inviter = await findUserCouple(trx, inviterId);
      if (!inviter || inviter.couple_id !== null) throw invalidInvite();
      await insertCouple(trx, { id: coupleId, timeZone: inviter.time_zone, nowIso });
      if (!(await joinCouple(trx, auth.user.id, coupleId))) throw alreadyLinked();
      if (!(await joinCouple(trx, inviterId, coupleId))) throw invalidInvite();
      await revokeOpenInvites(trx, auth.user.id, nowIso);
      await revokeOpenInvites(trx, inviterId, nowIso);
      return { inviterId, partnerName: inviter.display_name, timeZone: inviter.time_zone };
    }),
  );
  // Both people's open streams (the joiner's other devices too) learn the new couple.
  await deps.bus.publish([result.inviterId, auth.user.id], { type: 'couple.changed' });
  return { partnerName: result.partnerName, since: nowIso, timeZone: result.timeZone };
}

export function requireCouple(auth: AuthContext): NonNullable<AuthContext['couple']> {
  if (!auth.couple) throw new DomainError('not_linked', 'You are not linked with a partner.');
  return auth.couple;
}

export function presentCouple(couple: NonNullable<AuthContext['couple']>): Couple {
  return { partnerName: couple.partnerName, since: couple.since, timeZone: couple.timeZone };
}

export async function setCoupleTimeZone(
  deps: Pick<ServiceDeps, 'db' | 'bus'>,
  auth: AuthContext,
  timeZone: string,
): Promise<Couple> {
  const couple = requireCouple(auth);
  await updateCoupleTimeZone(deps.db, couple.id, timeZone);
  await deps.bus.publish([couple.partnerId], { type: 'couple.changed' }, couple.id);
  return presentCouple({ ...couple, timeZone });
}

/** Ends the couple at once for both. Each keeps what they wrote; neither sees the other's any more. */
export async function unlinkCouple(
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'bus'>,
  auth: AuthContext,
): Promise<void> {
  const couple = requireCouple(auth);
  await deps.db.transaction().execute(async (trx) => {
    await leaveCouple(trx, couple.id);
    await endCouple(trx, couple.id, deps.clock.now().toISOString());
    // What either chose to share was shared with this partner only.
    await endSharingOfCouple(trx, couple.id);
  });
  // Every open stream of both re-reads its couple: from now on, nothing of the other's.
  await deps.bus.publish([couple.partnerId, auth.user.id], { type: 'couple.changed' });
}
