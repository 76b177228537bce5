/**
 * Words for each kind of life event, and why the plan starts where it does
 * while one holds. (Kept apart from the plan's words, which the plan page imports.)
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
 * Why the plan starts where it does while life events hold: the events'
 * favourite tracks lead the plan, so the first of them carries one line that
 * names them all ("With a new job, we've moved Communicate and Connect up for
 * now."). Null for every other track, which keeps its own reason.
 */
export function lifeEventTrackWhy(
  track: number,
  plan: Pick<Plan, 'adjustedFor' | 'focus'>,
  nameOf: (track: number) => string,
): string | null {
  const favours = (kind: LifeEventKind, focusTrack: number) =>
    LIFE_EVENT_EFFECTS[kind].favour.some((favoured) => favoured === focusTrack);
  const movedUp = plan.focus.filter((focusTrack) =>
    plan.adjustedFor.some((kind) => favours(kind, focusTrack)),
  );
  if (movedUp[0] !== track) return null;
  const holding = plan.adjustedFor.filter((kind) =>
    movedUp.some((focusTrack) => favours(kind, focusTrack)),
  );
  return t('keepGoing.trackWhy', {
    events: listOf(holding.map(kindPhrase)),
    tracks: listOf(movedUp.map(nameOf)),
  });
}
