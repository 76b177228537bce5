/**
 * "Forgot password": a link by email, single use, working for 30 minutes.
 *
 * Asking gives the same answer, after the same work, whether or not the
 * email has an account: both limits are counted, the address is looked up
 * and one job is added either way; only the job, in the background, sends a
 * link, and only to an account that exists. Limits hold per address and per
 * email typed. Using a link sets the new password, ends every session of
 * the account (their open streams close) and logs this browser in.
 */
import { z } from 'zod';
import { RESET_LINK_MINUTES } from '../../../shared/notifications-api';
import { deleteAllSessions } from '../../auth/sessions';
import type { JobContext } from '../../jobs/runner';
import { DomainError } from '../../lib/errors';
import { keyedHash, newId } from '../../lib/tokens';
import type { OutgoingMail } from '../../mail/mailer';
import { defaultRateLimits, type ServiceDeps } from '../deps';
import { findCredentialsByEmail, updatePasswordHash } from './accounts.repository';
import { type NewSession, startSession } from './accounts.service';
import {
  deleteResetsOf,
  findEmailOf,
  findUsableReset,
  insertReset,
  pruneResets,
  useReset,
} from './password-resets.repository';
import { requireAcceptablePassword } from './passwords';

export const RESET_MAIL_JOB = 'accounts.reset-mail';
export const resetMailJobSchema = z.object({ userId: z.string().nullable() });

const LINK_MS = RESET_LINK_MINUTES * 60_000;

function unavailable(): DomainError {
  return new DomainError(
    'channel_unavailable',
    'This server cannot send email. Ask the person who runs it to set a new password for you.',
  );
}

function invalidLink(): DomainError {
  return new DomainError(
    'invalid_link',
    'This link has expired or was already used. You can ask for a new one.',
  );
}

/** The stored id of a link: a keyed hash, so a copy of the database cannot use it. */
function resetId(secret: string, token: string): string {
  return keyedHash(secret, `reset:${token}`);
}

/** Whether a link can be sent at all. */
export function canSendResetLinks(deps: Pick<ServiceDeps, 'mailer'>): boolean {
  return deps.mailer !== null;
}

/** Asks for a link; the answer says nothing of whether the email has an account. */
export async function requestReset(
  deps: Pick<ServiceDeps, 'db' | 'mailer' | 'limiter' | 'limits' | 'jobs'>,
  input: { email: string; ip: string },
): Promise<void> {
  if (!canSendResetLinks(deps)) throw unavailable();
  await deps.limiter.consume(
    `reset-ip:${input.ip}`,
    deps.limits.resetPerIp ?? defaultRateLimits.resetPerIp,
  );
  await deps.limiter.consume(
    `reset-account:${input.email}`,
    deps.limits.resetPerAccount ?? defaultRateLimits.resetPerAccount,
  );
  const account = await findCredentialsByEmail(deps.db, input.email);
  await deps.jobs.enqueue({
    kind: RESET_MAIL_JOB,
    key: `reset:${newId()}`,
    payload: { userId: account?.id ?? null },
  });
}

export function resetEmail(to: string, link: string): OutgoingMail {
  return {
    to,
    subject: 'Choose a new password for Rekindle',
    text: [
      'Hello,',
      '',
      'Someone asked to choose a new password for the Rekindle account with this email address.',
      '',
      `To choose one, open this link within ${RESET_LINK_MINUTES} minutes. It works once:`,
      link,
      '',
      'Choosing a new password logs the account out everywhere else.',
      '',
      'If you did not ask for this, you can ignore this email: nothing changes until the link is used.',
      '',
    ].join('\n'),
  };
}

/**
 * The job: makes the link and emails it. The token comes from the job's own
 * key, so a retried send repeats the same link rather than making another.
 */
export function resetMailSender(
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'mailer' | 'secret' | 'publicUrl'>,
): (payload: z.infer<typeof resetMailJobSchema>, context: JobContext) => Promise<void> {
  return async ({ userId }, { key }) => {
    const now = deps.clock.now();
    await pruneResets(deps.db, new Date(now.getTime() - LINK_MS).toISOString());
    if (userId === null || !deps.mailer) return;
    const email = await findEmailOf(deps.db, userId);
    if (email === undefined) return;
    const token = keyedHash(deps.secret, `reset-token:${key}`);
    await deps.mailer.send(resetEmail(email, await issueResetLink(deps, userId, token)));
  };
}

/**
 * Stores a link for this person (its keyed hash, working for
 * RESET_LINK_MINUTES, once) and returns it. The email job uses it, and so
 * does the operator's `rekindle users reset-password` on a server without email.
 */
export async function issueResetLink(
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'secret' | 'publicUrl'>,
  userId: string,
  token: string,
): Promise<string> {
  const now = deps.clock.now();
  await insertReset(deps.db, {
    id: resetId(deps.secret, token),
    userId,
    nowIso: now.toISOString(),
    expiresAt: new Date(now.getTime() + LINK_MS).toISOString(),
  });
  // The token travels after "#": browsers never send it to the server in a page request.
  return `${deps.publicUrl}/reset-password#${token}`;
}

/** Sets the new password with a link: once, within its time. */
export async function resetPassword(
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'bus' | 'secret' | 'sessionTtlMs' | 'passwordHasher'>,
  hashToken: (token: string) => string,
  input: { token: string; password: string; device: string },
): Promise<NewSession> {
  const id = resetId(deps.secret, input.token);
  const found = await findUsableReset(deps.db, id, deps.clock.now().toISOString());
  if (!found) throw invalidLink();
  requireAcceptablePassword(input.password, {
    email: found.email,
    displayName: found.display_name,
  });
  const passwordHash = await deps.passwordHasher.hash(input.password);
  const userId = found.user_id;
  await deps.db.transaction().execute(async (trx) => {
    // Two uses at once: only one finds the link unused.
    if (!(await useReset(trx, id, deps.clock.now().toISOString()))) throw invalidLink();
    await updatePasswordHash(trx, userId, passwordHash);
    await deleteAllSessions(trx, userId);
    await deleteResetsOf(trx, userId, id);
  });
  await deps.bus.recheck([userId]);
  return startSession(deps, hashToken, userId, input.device);
}
