/** Password hashing (argon2id, OWASP parameters) and the common-password list. */
import { readFileSync } from 'node:fs';
import { hash, verify } from '@node-rs/argon2';
import { findPasswordProblem, type PasswordProblem } from '../../../core/password-policy';
import { DomainError } from '../../lib/errors';

/** The password hashing the services use; tests inject a cheaper argon2id (tests/support). */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** False for a wrong password and for a hash that cannot be read. */
  verify(passwordHash: string, password: string): Promise<boolean>;
  /** Spends the time of a real check, so an unknown email is not faster than a wrong password. */
  verifyDummy(password: string): Promise<void>;
}

/** argon2id work factors; the algorithm itself is fixed. */
export interface Argon2idCost {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

// OWASP: argon2id, m=19 MiB, t=2, p=1 as the minimum; we use m=19 MiB, t=3.
export const PRODUCTION_ARGON2ID_COST: Readonly<Argon2idCost> = Object.freeze({
  memoryCost: 19456,
  timeCost: 3,
  parallelism: 1,
});

/** Algorithm.Argon2id; the package's enum is a const enum, so its value is spelled here. */
const ARGON2ID = 2;

/** An argon2id hasher at the given cost; verification reads the cost from the stored hash. */
export function createArgon2idHasher(cost: Readonly<Argon2idCost>): PasswordHasher {
  const options = { algorithm: ARGON2ID, ...cost } as const;
  const verifyHash = async (passwordHash: string, password: string): Promise<boolean> => {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  };
  let dummyHash: Promise<string> | undefined;
  return {
    hash: (password) => hash(password, options),
    verify: verifyHash,
    verifyDummy: async (password) => {
      dummyHash ??= hash('a-password-nobody-has-0192837465', options);
      await verifyHash(await dummyHash, password);
    },
  };
}

/** What buildApp uses unless told otherwise. */
export const productionPasswordHasher: PasswordHasher =
  createArgon2idHasher(PRODUCTION_ARGON2ID_COST);

const commonPasswords: ReadonlySet<string> = new Set(
  readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim().toLowerCase())
    .filter(Boolean),
);

/** A production-cost hash outside a request (bench/seed.ts). */
export function hashPassword(password: string): Promise<string> {
  return productionPasswordHasher.hash(password);
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
