/**
 * The unsubscribe link's token: a keyed signature of the person's id, then the id,
 * so the link works without logging in, is the same in every email, and
 * cannot be made for anyone else without the server's secret.
 */
import { timingSafeEqual } from 'node:crypto';
import { keyedHash } from '../../lib/tokens';

function signatureOf(secret: string, userId: string): string {
  return keyedHash(secret, `unsubscribe:${userId}`);
}

/** Signatures are 43 characters (a base64url SHA-256): the token is the signature, then the id. */
const SIGNATURE_LENGTH = 43;

export function unsubscribeToken(secret: string, userId: string): string {
  return `${signatureOf(secret, userId)}${userId}`;
}

/** The person a token was made for, or null when it is not one of ours. */
export function readUnsubscribeToken(secret: string, token: string): string | null {
  const signature = token.slice(0, SIGNATURE_LENGTH);
  const userId = token.slice(SIGNATURE_LENGTH);
  if (signature.length !== SIGNATURE_LENGTH || userId.length === 0) return null;
  const given = Buffer.from(signature);
  const wanted = Buffer.from(signatureOf(secret, userId));
  return given.length === wanted.length && timingSafeEqual(given, wanted) ? userId : null;
}
