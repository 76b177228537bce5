/**
 * Contracts of reach: each person's reminder settings (one switch for
 * everything, the channels, the time of the daily nudge and quiet hours, in
 * their own time zone), the devices they turned web push on for, the
 * unsubscribe link's route, and password reset by email.
 */
import { z } from 'zod';
import { LOCAL_TIME_PATTERN } from '../core/checkin';
import { emailSchema, idSchema, passwordSchema } from './api';

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

// ---------------------------------------------------------------- web push devices

/** The most devices one person may turn notifications on for. */
export const MAX_PUSH_DEVICES = 10;

/** A device as the browser's PushSubscription gives it (`subscription.toJSON()`). */
export const pushSubscriptionBodySchema = z.strictObject({
  endpoint: z
    .string()
    .max(2048)
    .refine((value) => URL.canParse(value), 'Not a push address')
    .describe('The push service address the browser gave (https://)'),
  keys: z.strictObject({
    /** The browser's P-256 public key: 65 bytes, base64url (so 87 characters, starting with B). */
    p256dh: z.string().regex(/^B[A-Za-z0-9_-]{86}=?$/, 'Not a P-256 public key'),
    /** The browser's auth secret: 16 bytes, base64url. */
    auth: z.string().regex(/^[A-Za-z0-9_-]{22}(==)?$/, 'Not an auth secret'),
  }),
});
export type PushSubscriptionBody = z.infer<typeof pushSubscriptionBodySchema>;

export const pushDeviceSchema = z.object({
  id: z.string(),
  /** The browser and system family, e.g. "Firefox on Android"; never the whole User-Agent. */
  label: z.string(),
  createdAt: z.string(),
  /** When the last reminder reached this device; null before the first. */
  lastSuccessAt: z.string().nullable(),
  /**
   * SHA-256 of the push address (base64url): a browser tells which device is
   * itself by hashing its own subscription's address, which is never sent back.
   */
  endpointHash: z.string(),
});
export type PushDevice = z.infer<typeof pushDeviceSchema>;

export const pushDevicesSchema = z.object({
  /** The server's VAPID public key (`applicationServerKey`); null when it cannot send push. */
  publicKey: z.string().nullable(),
  devices: z.array(pushDeviceSchema),
});
export type PushDevices = z.infer<typeof pushDevicesSchema>;

export const pushDeviceParamsSchema = z.strictObject({ id: idSchema });

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
