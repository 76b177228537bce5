/** Random identifiers and keyed hashes. */
import { createHmac, randomBytes, randomFillSync } from 'node:crypto';

/**
 * Random bytes for ids, drawn from the system's generator 256 ids at a time
 * (as crypto.randomUUID does): one call into it per id was about 3 % of a
 * small write's time. Each id uses its bytes once.
 */
const ID_BYTES = 16;
const pool = Buffer.alloc(ID_BYTES * 256);
let offset = pool.length;

/** A 128-bit random id, base64url (22 characters). */
export function newId(): string {
  if (offset === pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const id = pool.toString('base64url', offset, offset + ID_BYTES);
  offset += ID_BYTES;
  return id;
}

/** A 256-bit random secret for session cookies. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** An invite code: 80 random bits as 16 Crockford base-32 characters, grouped by four. */
export function newInviteCode(): string {
  const bytes = randomBytes(10);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)?.join('-') ?? out;
}

/** Normalises what a person typed as an invite code: case, dashes, spaces, look-alike letters. */
export function normalizeInviteCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
}

/** Keyed hash used to store tokens and codes so a database reader cannot use them. */
export function keyedHash(secret: string, value: string): string {
  return createHmac('sha256', secret).update(value).digest('base64url');
}
