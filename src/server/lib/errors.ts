/**
 * Domain errors: services throw these with a stable code; the error plugin maps
 * them to HTTP. Services never speak HTTP.
 */

export type DomainErrorCode =
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'email_taken'
  | 'weak_password'
  | 'not_found'
  | 'not_linked'
  | 'already_linked'
  | 'invalid_invite'
  | 'answer_locked'
  | 'limit_reached'
  | 'rate_limited'
  | 'forbidden_origin'
  | 'validation_failed'
  | 'invalid_link'
  | 'channel_unavailable';

const statusByCode: Record<DomainErrorCode, number> = {
  unauthenticated: 401,
  invalid_credentials: 401,
  email_taken: 409,
  weak_password: 400,
  not_found: 404,
  not_linked: 404,
  already_linked: 409,
  invalid_invite: 400,
  answer_locked: 409,
  limit_reached: 409,
  rate_limited: 429,
  forbidden_origin: 403,
  validation_failed: 400,
  /** A reset or unsubscribe link that is unknown, used or expired. */
  invalid_link: 400,
  /** Email (or push) asked for on a server that cannot send it. */
  channel_unavailable: 409,
};

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Seconds until a rate-limited action may be retried. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  get status(): number {
    return statusByCode[this.code];
  }
}

/** The one "does not exist" answer, used alike for records that are missing and records one may not see. */
export function notFound(): DomainError {
  return new DomainError('not_found', 'We could not find that.');
}
