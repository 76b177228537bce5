/** What life events do to the plan, in plain words: "fewer, shorter activities for now". */
import { combineEffects, type LifeEventKind } from '../../../core/life-events';
import { t } from '../../i18n';
import { kindPhrase, listOf } from './life-event-kinds';

export { kindLabel, kindPhrase } from './life-event-kinds';

/** What these events do to the plan, in one short phrase. */
export function effectPhrase(kinds: readonly LifeEventKind[]): string {
  const effect = combineEffects(kinds);
  const load =
    effect.load === 'much-lighter'
      ? t('keepGoing.effects.muchLighter')
      : effect.load === 'lighter'
        ? t('keepGoing.effects.lighter')
        : null;
  if (load && effect.apart) return t('keepGoing.effects.lighterApart', { load });
  if (effect.apart) return t('keepGoing.effects.apart');
  return load ?? t('keepGoing.effects.same');
}

/** "Adjusted for a new job: fewer, shorter activities for now." */
export function adjustedLine(kinds: readonly LifeEventKind[]): string | null {
  if (kinds.length === 0) return null;
  return t('keepGoing.adjusted', {
    events: listOf(kinds.map(kindPhrase)),
    effect: effectPhrase(kinds),
  });
}
