/** Words for the exercises' sorts, lengths and pacer phases, kept in one place. */
import type { PacerPhase } from '../../../core/exercises';
import type { ExerciseSummary } from '../../../shared/exercises-api';
import { type MessageKey, plural, t } from '../../i18n';

export type Category = ExerciseSummary['category'];

export const CATEGORY_WORDS: Record<Category, MessageKey> = {
  breathing: 'exercises.category.breathing',
  gaze: 'exercises.category.gaze',
  touch: 'exercises.category.touch',
  movement: 'exercises.category.movement',
  stillness: 'exercises.category.stillness',
  conversation: 'exercises.category.conversation',
};

export const PHASE_WORDS: Record<PacerPhase, MessageKey> = {
  inhale: 'exercises.pacer.inhale',
  hold: 'exercises.pacer.hold',
  exhale: 'exercises.pacer.exhale',
  holdAfter: 'exercises.pacer.holdAfter',
};

export function minutesText(minutes: number): string {
  return plural('exercises.minutes', minutes);
}

/** The text cue of the pacer, e.g. "Breathe in… 4". */
export function cueText(phase: PacerPhase, secondsLeft: number): string {
  return `${t(PHASE_WORDS[phase])} ${secondsLeft}`;
}
