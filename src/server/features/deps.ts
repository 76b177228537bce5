/** What the feature services are given. Each use-case takes only the parts it needs. */
import type { Catalog } from '../../content/load';
import type { SsoConfig } from '../config';
import type { Db, Dialect } from '../db/database';
import type { JobsForFeatures } from '../jobs/runner';
import type { Clock } from '../lib/clock';
import type { PushSetup } from '../lib/push-setup';
import type { Limit, RateLimiter } from '../lib/rate-limiter';
import type { Mailer } from '../mail/mailer';
import type { EventBus } from '../plugins/events';
import type { PasswordHasher } from './accounts/passwords';

/**
 * Password guesses (log-in, and the password checks behind a session) share
 * these limits; see docs/decisions/0006-password-attempt-limits.md.
 */
export interface RateLimits {
  /** One address, any accounts. */
  loginPerIp: Limit;
  /** One address, one account: what stops a guesser, without locking the owner out elsewhere. */
  loginPerIpAndAccount: Limit;
  /** All addresses, one account: a gentle cap against guessing from many addresses. */
  loginPerAccount: Limit;
  signupPerIp: Limit;
  /** Password reset links asked for from one address, whatever the email typed (default below). */
  resetPerIp?: Limit;
  /** Reset links asked for one email address, known or not: the answer is the same (default below). */
  resetPerAccount?: Limit;
}

export const defaultRateLimits = {
  loginPerIp: { max: 30, windowMs: 15 * 60_000 },
  loginPerIpAndAccount: { max: 10, windowMs: 15 * 60_000 },
  loginPerAccount: { max: 100, windowMs: 60 * 60_000 },
  signupPerIp: { max: 10, windowMs: 60 * 60_000 },
  resetPerIp: { max: 10, windowMs: 60 * 60_000 },
  resetPerAccount: { max: 3, windowMs: 60 * 60_000 },
} satisfies Required<RateLimits>;

export interface ServiceDeps {
  db: Db;
  dialect: Dialect;
  clock: Clock;
  secret: string;
  sessionTtlMs: number;
  publicUrl: string;
  catalog: Catalog;
  bus: EventBus;
  limiter: RateLimiter;
  limits: RateLimits;
  passwordHasher: PasswordHasher;
  /** Background work in the database (src/server/jobs): handlers, scheduled tasks, enqueueing. */
  jobs: JobsForFeatures;
  /** Null when email is off (no SMTP_URL and MAIL_FROM). */
  mailer: Mailer | null;
  /** Single sign-on (OIDC_*); off when null or absent (tools outside the server). */
  sso?: SsoConfig | null | undefined;
  /** Web push (VAPID keys and contact); off when null or absent (tools outside the server). */
  push?: PushSetup | null | undefined;
}
