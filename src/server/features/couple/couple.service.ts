/** The couple: invite, join, settings and unlinking. Either partner can leave alone. */
import type {
  Couple,
  CoupleNoticeKind,
  CoupleNoticeResponse,
  Invite,
  InvitePreview,
} from '../../../shared/api';
import type { AuthContext } from '../../lib/auth-context';
import { DomainError, notFound } from '../../lib/errors';
import type { Limit } from '../../lib/rate-limiter';
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
  deleteNoticeOf,
  dismissNotice,
  endCouple,
  findNoticeOf,
  findOpenInvite,
  insertCouple,
  insertInvite,
  replaceNotice,
  revokeOpenInvites,
  updateCoupleTimeZone,
} from './couple.repository';

const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Looking up an invite code, to see who sent it or to join, counts against
 * these. A code has 80 random bits, so the limits are not what keeps codes
 * from being guessed; they keep a person, or an address, from hammering.
 * Signed in, the person counts (so a household behind one address is not
 * one bucket); a visitor not signed in counts by address.
 */
export const INVITE_LOOKUP_LIMITS: { perPerson: Limit; perAddress: Limit } = {
  perPerson: { max: 20, windowMs: 15 * 60_000 },
  perAddress: { max: 30, windowMs: 15 * 60_000 },
};

/** Who is looking an invite up: a signed-in person, or a visitor known only by address. */
export type InviteLookupBy = { userId: string } | { ip: string };

async function countInviteLookup(
  deps: Pick<ServiceDeps, 'limiter'>,
  by: InviteLookupBy,
): Promise<void> {
  if ('userId' in by) {
    await deps.limiter.consume(`invite-person:${by.userId}`, INVITE_LOOKUP_LIMITS.perPerson);
  } else {
    await deps.limiter.consume(`invite-ip:${by.ip}`, INVITE_LOOKUP_LIMITS.perAddress);
  }
}

/** No account has this id: looked up when a code matches nothing, so every code costs the same. */
const NO_ONE = '';

function alreadyLinked(): DomainError {
  return new DomainError('already_linked', 'You are already linked with a partner.');
}

/** Used, expired, unknown or one's own: one answer for all, so none can be told apart. */
function invalidInvite(): DomainError {
  return new DomainError(
    'invalid_invite',
    "This code doesn't match any invite. Ask your partner for a new one.",
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
 * Who sent an invite: their display name, and nothing else. A used, expired
 * or unknown code (or one's own) gets the same answer, after the same work:
 * one look-up of the code and one of a person, whatever the code.
 */
export async function previewInvite(
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'secret' | 'limiter'>,
  by: InviteLookupBy,
  code: string,
): Promise<InvitePreview> {
  await countInviteLookup(deps, by);
  const nowIso = deps.clock.now().toISOString();
  const open = await findOpenInvite(deps.db, hashInviteCode(deps.secret, code), nowIso);
  const inviter = await findUserCouple(deps.db, open?.inviter_id ?? NO_ONE);
  const own = 'userId' in by && open?.inviter_id === by.userId;
  if (!open || !inviter || own) throw invalidInvite();
  return { inviterName: inviter.display_name };
}

/**
 * Links the invitee with the inviter. A used, expired or unknown code gets the
 * same answer. The couple keeps the inviter's time zone for its "today". The
 * inviter, who did not act, finds a note the next time they open the app.
 */
export async function joinWithInvite(
  deps: Pick<ServiceDeps, 'db' | 'dialect' | 'clock' | 'secret' | 'bus' | 'limiter'>,
  auth: AuthContext,
  code: string,
): Promise<Couple> {
  if (auth.couple) throw alreadyLinked();
  await countInviteLookup(deps, { userId: auth.user.id });
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
      // News of an earlier couple is over for both; the inviter hears of this one.
      await deleteNoticeOf(trx, auth.user.id);
      await replaceNotice(trx, {
        recipientId: inviterId,
        kind: 'linked',
        partnerId: auth.user.id,
        nowIso,
      });
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

/**
 * Ends the couple at once for both. Each keeps what they wrote; neither sees
 * the other's any more; what they shared stops being shared. The partner who
 * did not act finds a note the next time they open the app (what the unlink
 * dialog promises, one by one, is checked in tests/http/pairing-notices.test.ts).
 */
export async function unlinkCouple(
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'bus'>,
  auth: AuthContext,
): Promise<void> {
  const couple = requireCouple(auth);
  const nowIso = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    // Both unlinking at the same moment: the first ends it and tells the other.
    const first = await endCouple(trx, couple.id, nowIso);
    await leaveCouple(trx, couple.id);
    // What either chose to share was shared with this partner only.
    await endSharingOfCouple(trx, couple.id);
    // The one who acted needs no note of an earlier change; the other gets one of this.
    await deleteNoticeOf(trx, auth.user.id);
    if (first) {
      await replaceNotice(trx, {
        recipientId: couple.partnerId,
        kind: 'unlinked',
        partnerId: auth.user.id,
        nowIso,
      });
    }
  });
  // Every open stream of both re-reads its couple: from now on, nothing of the other's.
  await deps.bus.publish([couple.partnerId, auth.user.id], { type: 'couple.changed' });
}

/** The note waiting for this person, if any: theirs alone, whoever else asks. */
export async function getNotice(
  deps: Pick<ServiceDeps, 'db'>,
  auth: AuthContext,
): Promise<CoupleNoticeResponse> {
  const row = await findNoticeOf(deps.db, auth.user.id);
  if (!row) return { notice: null };
  const partner = row.partner_id ? await findUserCouple(deps.db, row.partner_id) : undefined;
  return { notice: { kind: row.kind, partnerName: partner?.display_name ?? null } };
}

/** Dismisses the person's own note of this kind; without one, the answer is "not found". */
export async function dismissOwnNotice(
  deps: Pick<ServiceDeps, 'db'>,
  auth: AuthContext,
  kind: CoupleNoticeKind,
): Promise<void> {
  if (!(await dismissNotice(deps.db, auth.user.id, kind))) throw notFound();
}
