/**
 * Values of shared projects that the server and the web share. No zod here:
 * the web imports this file without pulling in the schemas.
 */
export const PROJECT_LIMITS = {
  title: 80,
  why: 300,
  step: 120,
  /** Steps in one project. */
  steps: 30,
  /** Projects a couple keeps at once (active and done; archived ones do not count). */
  projects: 50,
} as const;

export const PROJECT_CATEGORIES = [
  'home',
  'garden',
  'volunteering',
  'learning',
  'health',
  'other',
] as const;
export type ProjectCategory = (typeof PROJECT_CATEGORIES)[number];

export const PROJECT_STATUSES = ['active', 'done', 'archived'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
