/**
 * Real argon2id at the smallest cost the algorithm allows, for tests only: a
 * sign-up costs well under a millisecond instead of ~20 ms at production cost.
 * Production code never imports this (src/server/features/accounts/passwords.test.ts).
 */
import {
  createArgon2idHasher,
  type PasswordHasher,
} from '../../src/server/features/accounts/passwords';

/** argon2 needs at least 8 KiB per lane. */
export const CHEAP_ARGON2ID_COST = { memoryCost: 8, timeCost: 1, parallelism: 1 } as const;

export const cheapPasswordHasher: PasswordHasher = createArgon2idHasher(CHEAP_ARGON2ID_COST);
