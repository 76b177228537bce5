/**
 * Contracts of shared projects (track 5): a couple's small list of shared
 * goals, each with simple steps either partner can tick. Dates are calendar
 * days in the couple's time zone, never times; who ticked a step reads as
 * "me" or "partner", never as an account id.
 */
import { z } from 'zod';
import { idSchema, intimacyKindSchema } from './api';
import {
  PROJECT_CATEGORIES,
  PROJECT_LIMITS,
  PROJECT_STATUSES,
  type ProjectCategory,
  type ProjectStatus,
} from './projects-limits';

export type { ProjectCategory, ProjectStatus };
export { PROJECT_CATEGORIES, PROJECT_LIMITS, PROJECT_STATUSES };

const contentId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'Not a valid id');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const projectCategorySchema = z.enum(PROJECT_CATEGORIES);
export const projectStatusSchema = z.enum(PROJECT_STATUSES);

export const projectStepSchema = z.object({
  id: z.string(),
  text: z.string(),
  done: z.boolean(),
  /** Who ticked it, from the reader's side. */
  doneBy: z.enum(['me', 'partner']).nullable(),
  doneOn: day.nullable(),
});
export type ProjectStep = z.infer<typeof projectStepSchema>;

export const projectSchema = z.object({
  id: z.string(),
  title: z.string(),
  why: z.string().nullable(),
  category: projectCategorySchema,
  status: projectStatusSchema,
  /** The starter idea it began from, if any. */
  ideaId: z.string().nullable(),
  startedOn: day,
  doneOn: day.nullable(),
  steps: z.array(projectStepSchema),
});
export type Project = z.infer<typeof projectSchema>;

export const projectIdeaSchema = z.object({
  id: z.string(),
  category: projectCategorySchema,
  kinds: z.array(intimacyKindSchema),
  title: z.string(),
  why: z.string(),
  steps: z.array(z.string()),
});
export type ProjectIdeaView = z.infer<typeof projectIdeaSchema>;

export const projectsSchema = z.object({
  /** Projects belong to a couple: alone, the list is empty and the ideas wait. */
  linked: z.boolean(),
  partnerName: z.string().nullable(),
  projects: z.array(projectSchema),
  ideas: z.array(projectIdeaSchema),
});
export type Projects = z.infer<typeof projectsSchema>;

const title = z.string().trim().min(1).max(PROJECT_LIMITS.title);
const why = z.string().trim().max(PROJECT_LIMITS.why).nullable();
const stepText = z.string().trim().min(1).max(PROJECT_LIMITS.step);

export const createProjectBodySchema = z.strictObject({
  title,
  why: why.optional(),
  category: projectCategorySchema,
  ideaId: contentId.optional(),
  steps: z.array(stepText).max(PROJECT_LIMITS.steps).optional(),
});
export type CreateProjectBody = z.infer<typeof createProjectBodySchema>;

export const updateProjectBodySchema = z
  .strictObject({
    title: title.optional(),
    why: why.optional(),
    category: projectCategorySchema.optional(),
    status: projectStatusSchema.optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: 'Nothing to change',
  });
export type UpdateProjectBody = z.infer<typeof updateProjectBodySchema>;

export const addProjectStepBodySchema = z.strictObject({ text: stepText });

export const updateProjectStepBodySchema = z
  .strictObject({ text: stepText.optional(), done: z.boolean().optional() })
  .refine((body) => body.text !== undefined || body.done !== undefined, {
    message: 'Nothing to change',
  });
export type UpdateProjectStepBody = z.infer<typeof updateProjectStepBodySchema>;

export const projectParamsSchema = z.strictObject({ projectId: idSchema });
export const projectStepParamsSchema = z.strictObject({ projectId: idSchema, stepId: idSchema });
