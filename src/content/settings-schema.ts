/**
 * Schemas of the program's fixed lists: the check's causes and signs, the
 * weekly pulse, the private screen, and the per-country support table.
 * Each lives in one YAML file and is validated at build and at boot.
 */
import { z } from 'zod';
import { HELP_KINDS } from '../core/therapy-signals';
import { intimacyKindSchema } from '../shared/api';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/);
const label = z.string().trim().min(3).max(120);

export const checkSettingsSchema = z.strictObject({
  /** Bump when items change meaning, so old results are read with their own version. */
  version: z.string().min(1),
  causes: z
    .array(
      z.strictObject({
        id,
        group: z.enum(['busy-lives', 'communication', 'routine']),
        label,
      }),
    )
    .min(3),
  signs: z.array(z.strictObject({ id, label })).min(2),
  /** Reliable-change parameters (defaults until real data exists). */
  reliability: z.strictObject({
    version: z.string().min(1),
    pulse: z.strictObject({ sd: z.number().positive(), r: z.number().min(0).max(0.99) }),
    check: z.strictObject({ sd: z.number().positive(), r: z.number().min(0).max(0.99) }),
  }),
  /** When a pulse or a check counts as distressed (the help rules, core/therapy-signals.ts). */
  distress: z.strictObject({
    version: z.string().min(1),
    pulse: z.strictObject({ max: z.number().min(1).max(10) }),
    check: z.strictObject({
      below: z.number().min(0).max(100),
      minGap: z.number().min(0).max(100),
    }),
  }),
});
export type CheckSettings = z.infer<typeof checkSettingsSchema>;

export const pulseSettingsSchema = z.strictObject({
  version: z.string().min(1),
  /** One 1–10 closeness rating per kind. */
  kinds: z.array(z.strictObject({ kind: intimacyKindSchema, label })).length(3),
  /** The item about how we talked this week, also 1–10. */
  talk: z.strictObject({ id, label, low: label, high: label }),
});
export type PulseSettings = z.infer<typeof pulseSettingsSchema>;

export const privateScreenSchema = z.strictObject({
  version: z.string().min(1),
  intro: z.string().trim().min(20).max(400),
  questions: z
    .array(
      z.strictObject({
        id,
        group: z.enum(['harm', 'self']),
        text: z.string().trim().min(10).max(200),
      }),
    )
    .min(4),
});
export type PrivateScreen = z.infer<typeof privateScreenSchema>;

const contact = z.strictObject({
  name: z.string().trim().min(2).max(120),
  phone: z.string().trim().max(40).optional(),
  text: z.string().trim().max(120).optional(),
  url: z.string().url().optional(),
  hours: z.string().trim().max(60).optional(),
});

/** A professional directory to search: which kinds of help it lists, and a tip for using it. */
const directory = z.strictObject({
  name: z.string().trim().min(2).max(120),
  url: z.string().url(),
  covers: z.array(z.enum(HELP_KINDS)).min(1),
  tip: z.string().trim().max(240).optional(),
});

export const supportResourcesSchema = z.strictObject({
  version: z.string().min(1),
  countries: z.record(
    z.string().regex(/^[A-Z]{2}$/),
    z.strictObject({
      name: z.string().min(2),
      emergency: z.string().min(2).max(20),
      abuse: z.array(contact).min(1),
      crisis: z.array(contact).min(1),
      /** Where to look for a therapist or other help (optional: older tables have none). */
      directories: z.array(directory).optional(),
    }),
  ),
  fallback: z.strictObject({
    emergencyNote: z.string().min(10),
    abuse: z.array(contact).min(1),
    crisis: z.array(contact).min(1),
    /** Directories that work from any country. */
    directories: z.array(directory).optional(),
  }),
});
export type SupportResources = z.infer<typeof supportResourcesSchema>;
