/** What makes a password acceptable. The list of common passwords is passed in. */

export type PasswordProblem =
  | 'too_short'
  | 'too_long'
  | 'too_common'
  | 'too_personal'
  | 'too_repetitive';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

/** Returns the first problem with a new password, or null when it is acceptable. */
export function findPasswordProblem(
  password: string,
  context: { email: string; displayName: string },
  common: ReadonlySet<string>,
): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'too_long';
  const lower = password.toLowerCase();
  if (common.has(lower)) return 'too_common';
  if (new Set(lower).size <= 2) return 'too_repetitive';
  const local = context.email.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 4 && lower.includes(local)) return 'too_personal';
  const name = context.displayName.toLowerCase().replace(/\s+/g, '');
  if (name.length >= 4 && lower.replace(/\s+/g, '') === name) return 'too_personal';
  return null;
}
