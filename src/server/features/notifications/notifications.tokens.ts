/**
 * The unsubscribe link's token: the person's id and a keyed signature of it,
 * so the link works without logging in, is the same in every email, and
 * cannot be made for anyone else without the server's secret.
 */
import { timingSafeEqual } from 'node:crypto';
import { keyedHash } from '../../lib/tokens';

function signatureOf(secret: string, userId: string): string {
  return keyedHash(secret, `unsubscribe:${userId}`);
}

export function unsubscribeToken(secret: string, userId: string): string {
  return `${userId}.${signatureOf(secret, userId)}`;
}

/** The person a token was made for, or null when it is not one of ours. */
export function readUnsubscribeToken(secret: string, token: string): string | null {
  const [userId, signature, ...rest] = token.split('.');
  if (!userId || !signature || rest.length > 0) return null;
  const given = Buffer.from(signature);
  const wanted = Buffer.from(signatureOf(secret, userId));
  return given.length === wanted.length && timingSafeEqual(given, wanted) ? userId : null;
}
