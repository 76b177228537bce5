/**
 * My check-in preparation while I write it: kept on this device until saved,
 * then sent as one body. Pure, so it is tested beside it.
 */
import type { MyPrep, PrepBody } from '../../../shared/checkins-api';
import { missingRatings, type PulseDraft, pulseBody } from '../pulse/pulse-draft';

export interface PrepDraft {
  appreciation: string;
  success: string;
  concern: string;
  concernPrivate: boolean;
  /** My open concern from an earlier week that these words carry on, if any. */
  continues: string | null;
  goals: string;
  ratings: PulseDraft;
}

const NO_RATINGS: PulseDraft = { emotional: null, physical: null, intellectual: null, talk: null };

/** The draft that matches what is saved. */
export function draftOf(mine: MyPrep): PrepDraft {
  return {
    appreciation: mine.appreciation ?? '',
    success: mine.success ?? '',
    concern: mine.concern?.text ?? '',
    concernPrivate: mine.concern?.private ?? false,
    continues: mine.concern?.continued ? mine.concern.id : null,
    goals: mine.goals ?? '',
    ratings: mine.ratings ?? NO_RATINGS,
  };
}

function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * The body to send, or how many ratings are still empty when only some are
 * chosen (the pulse needs all four; none at all is fine: nothing is sent).
 */
export function prepBodyOf(draft: PrepDraft): { body: PrepBody } | { missing: number } {
  const chosen = 4 - missingRatings(draft.ratings).length;
  const ratings = pulseBody(draft.ratings);
  if (chosen > 0 && !ratings) return { missing: 4 - chosen };
  const concern = textOrNull(draft.concern);
  return {
    body: {
      appreciation: textOrNull(draft.appreciation),
      success: textOrNull(draft.success),
      concern:
        concern === null
          ? null
          : { text: concern, private: draft.concernPrivate, continues: draft.continues },
      goals: textOrNull(draft.goals),
      ...(ratings ? { ratings } : {}),
    },
  };
}

/** Reads a stored draft, or null when there is none or it is not a draft. */
export function parseDraft(stored: string | null): PrepDraft | null {
  if (stored === null) return null;
  try {
    const value: unknown = JSON.parse(stored);
    if (typeof value !== 'object' || value === null) return null;
    const draft = value as Partial<PrepDraft>;
    const texts = [draft.appreciation, draft.success, draft.concern, draft.goals];
    if (!texts.every((text) => typeof text === 'string')) return null;
    if (typeof draft.concernPrivate !== 'boolean' || typeof draft.ratings !== 'object') return null;
    return { ...(draft as PrepDraft), continues: draft.continues ?? null };
  } catch {
    return null;
  }
}

export function sameDraft(a: PrepDraft, b: PrepDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
