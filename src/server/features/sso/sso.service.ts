/**
 * Single sign-on: who a provider's identity signs in as. Only an email the
 * provider vouches for (`email_verified: true`) links or creates an account:
 * an identity seen before signs in to its account; otherwise the account
 * with that email is linked; otherwise a new account is made.
 */
import { displayNameSchema, emailSchema } from '../../../shared/api';
import { newId, newSessionToken } from '../../lib/tokens';
import { findUserIdByEmail, insertUser, startSession } from '../accounts/accounts.queries';
import type { NewSession } from '../accounts/accounts.service';
import type { ServiceDeps } from '../deps';
import type { ProviderIdentity } from './sso.client';
import { findIdentityUser, insertIdentity } from './sso.repository';

export type SsoOutcome =
  | { ok: true; session: NewSession; userId: string; created: boolean }
  | { ok: false; reason: 'unverified' };

/** The provider's name for the person, or the start of their email when it gave none. */
function displayNameOf(identity: ProviderIdentity, email: string): string {
  const named = displayNameSchema.safeParse(identity.name);
  if (named.success) return named.data;
  return displayNameSchema.parse(email.slice(0, email.indexOf('@')) || 'Friend');
}

export async function signInWithIdentity(
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'sessionTtlMs' | 'passwordHasher'>,
  hashToken: (token: string) => string,
  identity: ProviderIdentity,
  input: { timeZone: string | null; device: string },
): Promise<SsoOutcome> {
  const email = emailSchema.safeParse(identity.email);
  if (!identity.emailVerified || !email.success) return { ok: false, reason: 'unverified' };
  const nowIso = deps.clock.now().toISOString();

  const known = await findIdentityUser(deps.db, identity.issuer, identity.subject);
  if (known !== undefined) {
    const session = await startSession(deps, hashToken, known, input.device);
    return { ok: true, session, userId: known, created: false };
  }

  const existing = await findUserIdByEmail(deps.db, email.data);
  if (existing !== undefined) {
    await insertIdentity(deps.db, { ...identity, userId: existing, nowIso });
    const session = await startSession(deps, hashToken, existing, input.device);
    return { ok: true, session, userId: existing, created: false };
  }

  // No password yet: the stored hash is of a random secret nobody holds, so
  // password log-in stays closed until the person sets one by a reset link.
  const passwordHash = await deps.passwordHasher.hash(newSessionToken());
  const userId = newId();
  await deps.db.transaction().execute(async (trx) => {
    await insertUser(trx, {
      id: userId,
      email: email.data,
      password_hash: passwordHash,
      display_name: displayNameOf(identity, email.data),
      time_zone: input.timeZone ?? 'UTC',
      couple_id: null,
      created_at: nowIso,
    });
    await insertIdentity(trx, { ...identity, userId, nowIso });
  });
  const session = await startSession(deps, hashToken, userId, input.device);
  return { ok: true, session, userId, created: true };
}
