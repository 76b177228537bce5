/**
 * Contracts of reach: each person's reminder settings (one switch for
 * everything, the channels, the time of the daily nudge and quiet hours, in
 * their own time zone), the unsubscribe link's route, and password reset by
 * email.
 */
import { z } from 'zod';
import { LOCAL_TIME_PATTERN } from '../core/checkin';
import { emailSchema, passwordSchema } from './api';

export const nudgeTimeSchema = z
  .string()
  .regex(LOCAL_TIME_PATTERN, 'A time as HH:MM')
  .describe('Local time in the person’s own time zone, "HH:MM"');

export const quietHoursSchema = z
  .strictObject({ from: nudgeTimeSchema, to: nudgeTimeSchema })
  .refine((quiet) => quiet.from !== quiet.to, 'Quiet hours need different start and end times')
  .describe('No reminder between these local times (across midnight when "to" comes first)');

export const channelsSchema = z.strictObject({
  email: z.boolean(),
  push: z.boolean().describe('Web push on the devices the person added'),
});
export type Channels = z.infer<typeof channelsSchema>;

/** What the person chooses. */
export const notificationChoicesSchema = z.strictObject({
  /** The one switch for every reminder, on every channel. */
  enabled: z.boolean(),
  channels: channelsSchema,
  nudgeTime: nudgeTimeSchema,
  quietHours: quietHoursSchema.nullable(),
});
export type NotificationChoices = z.infer<typeof notificationChoicesSchema>;

export const notificationSettingsSchema = z.object({
  enabled: z.boolean(),
  channels: z.object({ email: z.boolean(), push: z.boolean() }),
  nudgeTime: z.string(),
  quietHours: z.object({ from: z.string(), to: z.string() }).nullable(),
  /** The person's own time zone, which the times above are in. */
  timeZone: z.string(),
  /** What this server can send at all: email needs SMTP_URL and MAIL_FROM. */
  available: z.object({ email: z.boolean(), push: z.boolean() }),
  /** When the next nudge would come if something is waiting then; null when none can. */
  nextNudgeAt: z.string().nullable(),
});
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

export const unsubscribeParamsSchema = z.strictObject({
  token: z
    .string()
    .min(44)
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/, 'Not a valid link'),
});

// ---------------------------------------------------------------- password reset

/** Whether this server can send a reset link (email is configured). */
export const resetAvailabilitySchema = z.object({ email: z.boolean() });
export type ResetAvailability = z.infer<typeof resetAvailabilitySchema>;

export const resetRequestBodySchema = z.strictObject({ email: emailSchema });
export type ResetRequestBody = z.infer<typeof resetRequestBodySchema>;

export const resetBodySchema = z.strictObject({
  token: z
    .string()
    .min(20)
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/, 'Not a valid link'),
  password: passwordSchema,
});
export type ResetBody = z.infer<typeof resetBodySchema>;

/** How long a reset link works. */
export const RESET_LINK_MINUTES = 30;
