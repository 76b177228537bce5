import { currentLocale, isMessageKey, type MessageKey, t } from '../i18n';
import { ApiError } from './client';

/**
 * Codes whose server message is written for people (it says why a password is
 * too weak). The server writes English, so other languages get our own text.
 */
const HUMAN_MESSAGE_CODES = new Set(['weak_password']);

function isEnglish(): boolean {
  return currentLocale().toLowerCase().startsWith('en');
}

/**
 * Turns any failure into a friendly sentence, chosen by error code, with
 * per-screen overrides (a wrong password reads differently when deleting an account).
 */
export function errorText(
  error: unknown,
  overrides: Partial<Record<string, MessageKey>> = {},
): string {
  if (!(error instanceof ApiError)) return t('errors.generic');
  const override = overrides[error.code];
  if (override) return t(override);
  if (HUMAN_MESSAGE_CODES.has(error.code) && error.message && isEnglish()) return error.message;
  const key = `errors.${error.code}`;
  return isMessageKey(key) ? t(key) : t('errors.generic');
}
