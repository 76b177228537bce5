/**
 * Single sign-on with the practice's OpenID Connect provider: what the web
 * asks and is told. The sign-in itself is two browser navigations
 * (`/api/auth/sso/start`, then the provider sends the browser back to
 * `/api/auth/sso/callback`), so only the public settings are JSON.
 */
import { z } from 'zod';
import { timeZoneSchema } from './api';

export const SSO_START_PATH = '/api/auth/sso/start';

/** Whether single sign-on is offered, and the name on its button. */
export const ssoSettingsSchema = z.strictObject({
  sso: z.strictObject({ name: z.string() }).nullable(),
});
export type SsoSettings = z.infer<typeof ssoSettingsSchema>;

/**
 * The browser's time zone, for an account created by this sign-in; one the
 * server does not know is left out (UTC), never a reason to refuse.
 */
export const ssoStartQuerySchema = z.strictObject({
  timeZone: z.string().max(64).optional(),
});

export function knownTimeZone(value: string | undefined): string | null {
  const parsed = timeZoneSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** What the provider sends back; any other parameter it adds is ignored. */
export const ssoCallbackQuerySchema = z.object({
  code: z.string().max(4096).optional(),
  state: z.string().max(512).optional(),
  iss: z.string().max(2048).optional(),
  error: z.string().max(256).optional(),
  error_description: z.string().max(2048).optional(),
});

/**
 * Why a sign-in came back to the login page (`/login?sso=<reason>`):
 * - `unverified`: the provider did not vouch for the email address;
 * - `expired`: the sign-in took too long, or was started in another browser;
 * - `failed`: the provider refused, or its answer did not check out;
 * - `unavailable`: the provider could not be reached.
 */
export const SSO_FAILURES = ['unverified', 'expired', 'failed', 'unavailable'] as const;
export type SsoFailure = (typeof SSO_FAILURES)[number];

export function isSsoFailure(value: string | null): value is SsoFailure {
  return (SSO_FAILURES as readonly (string | null)[]).includes(value);
}
