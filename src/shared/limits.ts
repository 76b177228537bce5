/**
 * The server's limits, used by its schemas and by the web's forms alike. No
 * zod here: the web imports this file without pulling in the schemas.
 */
export const LIMITS = {
  passwordMin: 10,
  passwordMax: 256,
  displayName: 60,
  answer: 4000,
  reflection: 2000,
} as const;
