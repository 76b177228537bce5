/**
 * Words for each kind of life event, and why a track comes first while one
 * holds. (Kept apart from the plan's words, which the plan page imports.)
 */
import { LIFE_EVENT_EFFECTS, type LifeEventKind } from '../../../core/life-events';
import type { Plan } from '../../../shared/program-api';
import { currentLocale, type MessageKey, t } from '../../i18n';

const KIND_WORDS: Readonly<Record<LifeEventKind, { label: MessageKey; phrase: MessageKey }>> = {
  'new-baby': { label: 'keepGoing.kinds.newBaby', phrase: 'keepGoing.phrases.newBaby' },
  move: { label: 'keepGoing.kinds.move', phrase: 'keepGoing.phrases.move' },
  'new-job': { label: 'keepGoing.kinds.newJob', phrase: 'keepGoing.phrases.newJob' },
  illness: { label: 'keepGoing.kinds.illness', phrase: 'keepGoing.phrases.illness' },
  'long-distance': {
    label: 'keepGoing.kinds.longDistance',
    phrase: 'keepGoing.phrases.longDistance',
  },
  bereavement: { label: 'keepGoing.kinds.bereavement', phrase: 'keepGoing.phrases.bereavement' },
  caring: { label: 'keepGoing.kinds.caring', phrase: 'keepGoing.phrases.caring' },
  'busy-season': { label: 'keepGoing.kinds.busySeason', phrase: 'keepGoing.phrases.busySeason' },
  other: { label: 'keepGoing.kinds.other', phrase: 'keepGoing.phrases.other' },
};

/** "A new baby": the kind on its own, as a choice or a title. */
export function kindLabel(kind: LifeEventKind): string {
  return t(KIND_WORDS[kind].label);
}

/** "a new baby": the kind inside a sentence. */
export function kindPhrase(kind: LifeEventKind): string {
  return t(KIND_WORDS[kind].phrase);
}

/** "a move and a new job": a few phrases joined the reader's way. */
export function listOf(parts: readonly string[]): string {
  return new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format(parts);
}

/**
 * Why a track comes first while life events hold: the events' favourite
 * tracks lead the plan. Null for a track that is not one of them.
 */
export function lifeEventTrackWhy(
  track: number,
  plan: Pick<Plan, 'adjustedFor'>,
  trackName: string,
): string | null {
  const holding = plan.adjustedFor.filter((kind) =>
    LIFE_EVENT_EFFECTS[kind].favour.some((favoured) => favoured === track),
  );
  if (holding.length === 0) return null;
  return t('keepGoing.trackWhy', { events: listOf(holding.map(kindPhrase)), track: trackName });
}
