/** Password hashing (argon2id, OWASP parameters) and the common-password list. */
import { readFileSync } from 'node:fs';
import { hash, verify } from '@node-rs/argon2';
import { findPasswordProblem, type PasswordProblem } from '../../../core/password-policy';
import { DomainError } from '../../lib/errors';

// OWASP: argon2id, m=19 MiB, t=2, p=1 as the minimum; we use m=19 MiB, t=3.
/** Algorithm.Argon2id; the package's enum is a const enum, so its value is spelled here. */
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 3, parallelism: 1 } as const;

const commonPasswords: ReadonlySet<string> = new Set(
  readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim().toLowerCase())
    .filter(Boolean),
);

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Spends the same time as a real check, so an unknown email is not faster than a wrong password. */
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword('a-password-nobody-has-0192837465');
  await verifyPassword(await dummyHash, password);
}

const problemMessages: Record<PasswordProblem, string> = {
  too_short: 'Use at least 10 characters.',
  too_long: 'Use at most 256 characters.',
  too_common: 'That password is too common. Try a few unrelated words together.',
  too_personal: 'Avoid using your name or email in your password.',
  too_repetitive: 'That password repeats too much. Try a few unrelated words together.',
};

/** Throws weak_password with a plain reason when a new password is not acceptable. */
export function requireAcceptablePassword(
  password: string,
  context: { email: string; displayName: string },
): void {
  const problem = findPasswordProblem(password, context, commonPasswords);
  if (problem) throw new DomainError('weak_password', problemMessages[problem]);
}
