import type { DateSeason } from '../../../core/dates';
import type { DateIdea } from '../../../shared/dates-api';
import { KindBadge } from '../../components/kind-badge';
import { plural, t } from '../../i18n';
import { hoursAndMinutes } from './date-words';

/** "About 2 hours", "About 45 minutes", "About 1 hour 30 minutes". */
export function lengthWords(minutes: number): string {
  const { hours, minutes: rest } = hoursAndMinutes(minutes);
  if (hours === 0) return plural('dates.length.minutes', rest);
  if (rest === 0) return plural('dates.length.hours', hours);
  return t('dates.length.both', {
    hours: plural('dates.length.hours', hours),
    minutes: plural('dates.length.minutes', rest),
  });
}

function isSeason(season: DateSeason): season is Exclude<DateSeason, 'any'> {
  return season !== 'any';
}

/** What an idea asks for, as small tags: where, cost, time, energy, seasons, distance, and its kinds. */
export function IdeaMeta({ idea }: { idea: DateIdea }) {
  const tags = [
    t(`dates.setting.${idea.setting}`),
    t(`dates.cost.${idea.cost}`),
    t('dates.about', { length: lengthWords(idea.minutes) }),
    t(`dates.energy.${idea.energy}`),
    ...idea.seasons.filter(isSeason).map((season) => t(`dates.season.${season}`)),
    ...(idea.distance ? [t('dates.distance')] : []),
  ];
  return (
    <div className="idea-meta">
      <ul className="idea-meta__tags" aria-label={t('dates.ideas.tagsLabel')}>
        {tags.map((tag) => (
          <li key={tag} className="tag">
            {tag}
          </li>
        ))}
      </ul>
      <div className="question-meta">
        {idea.kinds.map((kind) => (
          <KindBadge key={kind} kind={kind} />
        ))}
      </div>
    </div>
  );
}
