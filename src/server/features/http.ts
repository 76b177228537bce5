/** Shared pieces of route declarations. */
import { z } from 'zod';
import { errorResponseSchema } from '../../shared/api';

export const noContent = z.null().describe('No content');

/** Every route documents the one error shape for its 4xx and 5xx answers. */
export const errorResponses = {
  '4xx': errorResponseSchema,
  '5xx': errorResponseSchema,
} as const;
