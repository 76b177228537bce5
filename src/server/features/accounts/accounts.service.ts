/** Accounts: sign-up, log-in, sessions, password change and erasure. */
import type { Me } from '../../../shared/api';
import {
  deleteAllSessions,
  deleteOtherSessions,
  deleteSession,
  insertSession,
  listSessions,
} from '../../auth/sessions';
import { eraseDeletedContent } from '../../db/erase';
import type { AuthContext } from '../../lib/auth-context';
import { DomainError, notFound } from '../../lib/errors';
import { newId, newSessionToken } from '../../lib/tokens';
import { deleteInvitesOf } from '../couple/couple.queries';
import { joinWithInvite, unlinkCouple } from '../couple/couple.service';
import type { ServiceDeps } from '../deps';
import { eraseAnswersOf } from '../dialogue/dialogue.queries';
import {
  deleteUser,
  emailExists,
  findCredentialsByEmail,
  findPasswordHash,
  insertUser,
  updatePasswordHash,
  updateProfile,
} from './accounts.repository';
import { deleteResetsOf } from './password-resets.repository';
import { requireAcceptablePassword } from './passwords';

type SessionDeps = Pick<ServiceDeps, 'db' | 'clock' | 'sessionTtlMs'>;

export interface NewSession {
  token: string;
  sessionId: string;
}

/** The public view of the person asking, built from the request's auth context. */
export function presentMe(auth: AuthContext): Me {
  return {
    user: { ...auth.user },
    couple: auth.couple
      ? {
          id: auth.couple.id,
          partnerName: auth.couple.partnerName,
          since: auth.couple.since,
          timeZone: auth.couple.timeZone,
        }
      : null,
  };
}

/** Opens a session for a person: log-in, sign-up and single sign-on all start here. */
export async function startSession(
  deps: SessionDeps,
  hashToken: (token: string) => string,
  userId: string,
  device: string,
): Promise<NewSession> {
  const token = newSessionToken();
  const sessionId = hashToken(token);
  const now = deps.clock.now();
  await insertSession(deps.db, {
    id: sessionId,
    userId,
    device,
    nowIso: now.toISOString(),
    expiresAt: new Date(now.getTime() + deps.sessionTtlMs).toISOString(),
  });
  return { token, sessionId };
}

/** Creates an account and its first session. */
export async function signUp(
  deps: Pick<
    ServiceDeps,
    'db' | 'clock' | 'sessionTtlMs' | 'limiter' | 'limits' | 'passwordHasher'
  >,
  hashToken: (token: string) => string,
  input: {
    email: string;
    password: string;
    displayName: string;
    timeZone: string;
    ip: string;
    device: string;
  },
): Promise<NewSession & { userId: string }> {
  await deps.limiter.consume(`signup-ip:${input.ip}`, deps.limits.signupPerIp);
  requireAcceptablePassword(input.password, input);
  if (await emailExists(deps.db, input.email)) {
    throw new DomainError(
      'email_taken',
      'An account with this email already exists. Try logging in.',
    );
  }
  const passwordHash = await deps.passwordHasher.hash(input.password);
  const userId = newId();
  try {
    await insertUser(deps.db, {
      id: userId,
      email: input.email,
      password_hash: passwordHash,
      display_name: input.displayName,
      time_zone: input.timeZone,
      couple_id: null,
      created_at: deps.clock.now().toISOString(),
    });
  } catch (error) {
    // Two sign-ups for one email at the same moment: the unique index decides.
    if (await emailExists(deps.db, input.email)) {
      throw new DomainError(
        'email_taken',
        'An account with this email already exists. Try logging in.',
      );
    }
    throw error;
  }
  return { ...(await startSession(deps, hashToken, userId, input.device)), userId };
}

/**
 * Right after sign-up from an invite link: joins the inviter in the same
 * request, so the new person lands linked. An invite that no longer works
 * (used, expired, withdrawn) is not a failed sign-up: the account stays, on
 * its own, and false says so.
 */
export async function joinAfterSignUp(
  deps: ServiceDeps,
  auth: AuthContext,
  inviteCode: string,
): Promise<boolean> {
  try {
    await joinWithInvite(deps, auth, inviteCode);
    return true;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'invalid_invite') return false;
    throw error;
  }
}

/** Checks credentials and opens a new session; unknown email and wrong password answer alike. */
export async function logIn(
  deps: Pick<
    ServiceDeps,
    'db' | 'clock' | 'sessionTtlMs' | 'limiter' | 'limits' | 'passwordHasher'
  >,
  hashToken: (token: string) => string,
  input: { email: string; password: string; ip: string; device: string },
): Promise<NewSession> {
  await countPasswordAttempt(deps, input.email, input.ip);
  const credentials = await findCredentialsByEmail(deps.db, input.email);
  let ok = false;
  if (credentials) ok = await deps.passwordHasher.verify(credentials.password_hash, input.password);
  else await deps.passwordHasher.verifyDummy(input.password);
  if (!credentials || !ok) {
    throw new DomainError(
      'invalid_credentials',
      'That email and password do not match an account.',
    );
  }
  return startSession(deps, hashToken, credentials.id, input.device);
}

/** Open live streams of a person check their sessions again, on every instance. */
async function endStreamsOfEndedSessions(deps: Pick<ServiceDeps, 'bus'>, userId: string) {
  await deps.bus.recheck([userId]);
}

/**
 * Every password guess counts against the same limits, whether it comes to
 * log-in or to a check behind a session, and on whichever instance.
 */
async function countPasswordAttempt(
  deps: Pick<ServiceDeps, 'limiter' | 'limits'>,
  email: string,
  ip: string,
): Promise<void> {
  await deps.limiter.consume(`login-ip:${ip}`, deps.limits.loginPerIp);
  await deps.limiter.consume(`login-ip-account:${ip}:${email}`, deps.limits.loginPerIpAndAccount);
  await deps.limiter.consume(`login-account:${email}`, deps.limits.loginPerAccount);
}

export async function logOut(
  deps: Pick<ServiceDeps, 'db' | 'bus'>,
  auth: AuthContext,
): Promise<void> {
  await deleteSession(deps.db, auth.user.id, auth.sessionId);
  await endStreamsOfEndedSessions(deps, auth.user.id);
}

export async function updateMe(
  deps: Pick<ServiceDeps, 'db'>,
  auth: AuthContext,
  changes: { displayName?: string | undefined; timeZone?: string | undefined },
): Promise<AuthContext> {
  await updateProfile(deps.db, auth.user.id, {
    ...(changes.displayName !== undefined ? { display_name: changes.displayName } : {}),
    ...(changes.timeZone !== undefined ? { time_zone: changes.timeZone } : {}),
  });
  return {
    ...auth,
    user: {
      ...auth.user,
      displayName: changes.displayName ?? auth.user.displayName,
      timeZone: changes.timeZone ?? auth.user.timeZone,
    },
  };
}

/** Checks the password of the person behind a session; every try counts against the log-in limits. */
export async function requirePassword(
  deps: Pick<ServiceDeps, 'db' | 'limiter' | 'limits' | 'passwordHasher'>,
  auth: AuthContext,
  password: string,
  ip: string,
): Promise<void> {
  await countPasswordAttempt(deps, auth.user.email, ip);
  const passwordHash = await findPasswordHash(deps.db, auth.user.id);
  if (!passwordHash || !(await deps.passwordHasher.verify(passwordHash, password))) {
    throw new DomainError('invalid_credentials', 'That password is not right.');
  }
}

/** Changes the password and ends every other session. */
export async function changePassword(
  deps: Pick<ServiceDeps, 'db' | 'bus' | 'limiter' | 'limits' | 'passwordHasher'>,
  auth: AuthContext,
  input: { currentPassword: string; newPassword: string; ip: string },
): Promise<void> {
  await requirePassword(deps, auth, input.currentPassword, input.ip);
  requireAcceptablePassword(input.newPassword, auth.user);
  const passwordHash = await deps.passwordHasher.hash(input.newPassword);
  await deps.db.transaction().execute(async (trx) => {
    await updatePasswordHash(trx, auth.user.id, passwordHash);
    await deleteOtherSessions(trx, auth.user.id, auth.sessionId);
    // A reset link asked for earlier no longer works.
    await deleteResetsOf(trx, auth.user.id);
  });
  await endStreamsOfEndedSessions(deps, auth.user.id);
}

export async function getSessions(deps: Pick<ServiceDeps, 'db'>, auth: AuthContext) {
  const rows = await listSessions(deps.db, auth.user.id);
  return rows.map((row) => ({
    id: row.id,
    device: row.device,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    current: row.id === auth.sessionId,
  }));
}

/** Ends one of my sessions; someone else's session id answers like a missing one. */
export async function endSession(
  deps: Pick<ServiceDeps, 'db' | 'bus'>,
  auth: AuthContext,
  sessionId: string,
): Promise<void> {
  if (!(await deleteSession(deps.db, auth.user.id, sessionId))) {
    throw notFound();
  }
  await endStreamsOfEndedSessions(deps, auth.user.id);
}

export async function endOtherSessions(
  deps: Pick<ServiceDeps, 'db' | 'bus'>,
  auth: AuthContext,
): Promise<void> {
  await deleteOtherSessions(deps.db, auth.user.id, auth.sessionId);
  await endStreamsOfEndedSessions(deps, auth.user.id);
}

/** Erases the account for real, after checking the password. Leaves the couple first. */
export async function deleteAccount(
  deps: ServiceDeps,
  auth: AuthContext,
  password: string,
  ip: string,
): Promise<void> {
  await requirePassword(deps, auth, password, ip);
  await eraseAccount(deps, auth);
}

/**
 * Erases the account, without a password check: for deleteAccount above and
 * for the operator's `users delete` (src/cli). Leaves the couple first.
 */
export async function eraseAccount(deps: ServiceDeps, auth: AuthContext): Promise<void> {
  if (auth.couple) await unlinkCouple(deps, auth);
  await deps.db.transaction().execute(async (trx) => {
    // Each owner erases its own rows; shared couple rows the person did not write stay.
    await eraseAnswersOf(trx, auth.user.id);
    await deleteInvitesOf(trx, auth.user.id);
    await deleteAllSessions(trx, auth.user.id);
    await deleteUser(trx, auth.user.id);
  });
  await endStreamsOfEndedSessions(deps, auth.user.id);
  await eraseDeletedContent(deps.db, deps.dialect);
}
