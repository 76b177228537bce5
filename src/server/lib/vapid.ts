/**
 * VAPID keys (RFC 8292), which sign every web push request so push services
 * know it comes from this server: a P-256 key pair, the public key as the
 * 65-byte uncompressed point and the private key as its 32-byte scalar, both
 * base64url without padding, as browsers' `applicationServerKey` and the
 * web-push library take them.
 */
import { createECDH, ECDH } from 'node:crypto';

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

function bytesOf(value: string): Buffer | null {
  return BASE64URL.test(value) ? Buffer.from(value, 'base64url') : null;
}

/** What is wrong with a public key, or null when it is one. */
export function publicKeyProblem(value: string): string | null {
  const bytes = bytesOf(value);
  if (!bytes) return 'must be base64url, without padding';
  if (bytes.length !== 65 || bytes[0] !== 0x04)
    return 'must be an uncompressed P-256 point (65 bytes)';
  if (!isCurvePoint(bytes)) return 'is not a point on the P-256 curve';
  return null;
}

/** Whether 65 bytes are an uncompressed point on the P-256 curve. */
export function isCurvePoint(bytes: Buffer): boolean {
  try {
    ECDH.convertKey(bytes, 'prime256v1');
    return true;
  } catch {
    return false;
  }
}

/** What is wrong with a private key, or null when it is one. */
export function privateKeyProblem(value: string): string | null {
  const bytes = bytesOf(value);
  if (!bytes) return 'must be base64url, without padding';
  if (bytes.length !== 32) return 'must be 32 bytes';
  try {
    createECDH('prime256v1').setPrivateKey(bytes);
  } catch {
    return 'is not a valid P-256 private key';
  }
  return null;
}

/** The public key that belongs to a (valid) private key. */
export function publicKeyOf(privateKey: string): string {
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(Buffer.from(privateKey, 'base64url'));
  return ecdh.getPublicKey().toString('base64url');
}

/** Every problem of a key pair: each key's own, then whether they belong together. */
export function vapidKeyProblems(keys: VapidKeys): string[] {
  const problems: string[] = [];
  const publicProblem = publicKeyProblem(keys.publicKey);
  const privateProblem = privateKeyProblem(keys.privateKey);
  if (publicProblem) problems.push(`the public key ${publicProblem}`);
  if (privateProblem) problems.push(`the private key ${privateProblem}`);
  if (!publicProblem && !privateProblem && publicKeyOf(keys.privateKey) !== keys.publicKey)
    problems.push('the public key does not belong to the private key');
  return problems;
}

export function newVapidKeys(): VapidKeys {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  let privateKey = ecdh.getPrivateKey();
  // A scalar with leading zero bytes comes back shorter: keep it 32 bytes.
  if (privateKey.length < 32)
    privateKey = Buffer.concat([Buffer.alloc(32 - privateKey.length), privateKey]);
  return {
    publicKey: ecdh.getPublicKey().toString('base64url'),
    privateKey: privateKey.toString('base64url'),
  };
}

/**
 * The contact push services may reach the operator at (the JWT's `sub`): a
 * mailto: or an https: URL. Unset, the address of MAIL_FROM, else PUBLIC_URL
 * when it is https, else a mailto: at PUBLIC_URL's host.
 */
export function defaultVapidSubject(mailFrom: string | undefined, publicUrl: string): string {
  const address = mailFrom ? (/<([^<>]+)>/.exec(mailFrom)?.[1] ?? mailFrom).trim() : undefined;
  if (address) return `mailto:${address}`;
  const url = new URL(publicUrl);
  if (url.protocol === 'https:') return url.origin;
  return `mailto:rekindle@${url.hostname.replace(/^\[|\]$/g, '')}`;
}

/** Whether a contact is one push services take: mailto:<address> or an https: URL. */
export function isVapidSubject(value: string): boolean {
  if (/^mailto:[^@\s]+@[^@\s]+$/.test(value)) return true;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}
