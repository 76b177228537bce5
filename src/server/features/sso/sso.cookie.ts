/**
 * The sign-in in flight: its state, nonce and PKCE verifier travel in a
 * short-lived, signed, httpOnly cookie from the start to the callback, so the
 * server keeps nothing for a sign-in that is never finished.
 */
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { keyedHash } from '../../lib/tokens';

/** A sign-in must come back within this long. */
export const FLOW_TTL_MS = 10 * 60 * 1000;

const flowSchema = z.strictObject({
  state: z.string().min(1).max(256),
  nonce: z.string().min(1).max(256),
  verifier: z.string().min(1).max(256),
  /** The browser's time zone, for an account this sign-in creates. */
  timeZone: z.string().max(64).nullable(),
  expiresAt: z.number().int(),
});
export type SsoFlow = z.infer<typeof flowSchema>;

function signature(secret: string, body: string): string {
  return keyedHash(secret, `sso-flow:${body}`);
}

export function sealFlow(secret: string, flow: SsoFlow): string {
  const body = Buffer.from(JSON.stringify(flow)).toString('base64url');
  return `${body}.${signature(secret, body)}`;
}

/** The flow in a cookie, or null when it is missing, altered or past its time. */
export function openFlow(secret: string, value: string | undefined, now: Date): SsoFlow | null {
  if (!value || value.length > 2048) return null;
  const dot = value.indexOf('.');
  if (dot < 1) return null;
  const body = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(signature(secret, body));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = flowSchema.safeParse(json);
  if (!parsed.success || parsed.data.expiresAt <= now.getTime()) return null;
  return parsed.data;
}
