import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { type IdeaFilter, matchesIdeaFilter } from '../../../core/dates';
import type { DateIdeaView } from '../../../shared/dates-api';
import { LoadFailed } from '../../components/load-failed';
import { Notice } from '../../components/notice';
import { Skeleton } from '../../components/skeleton';
import { WhoSees } from '../../components/who-sees';
import { errorText } from '../../data/error-text';
import { plural, t } from '../../i18n';
import { useDateIdeas, usePickIdea } from './dates-api';
import { IdeaFilters } from './idea-filters';
import { IdeaMeta } from './idea-meta';
import { PickControl } from './pick-control';

/** How many ideas show at first, and how many more each "Show more" adds. */
const PAGE = 24;

function IdeaCard({ idea, canPick }: { idea: DateIdeaView; canPick: boolean }) {
  const pick = usePickIdea();
  const headingId = `idea-${idea.id}`;
  const failed = pick.isError && pick.variables?.ideaId === idea.id;
  return (
    <article className="card idea-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="card__title idea-card__title">
        {idea.title}
      </h3>
      <p className="idea-card__body">{idea.description}</p>
      <IdeaMeta idea={idea} />
      {canPick && (
        <PickControl
          title={idea.title}
          value={idea.myPick}
          onChange={(value) => pick.mutate({ ideaId: idea.id, pick: value })}
        />
      )}
      {failed && <Notice tone="error">{errorText(pick.error)}</Notice>}
    </article>
  );
}

/** The idea library: filters, then cards to mark yes, maybe or no, privately. */
export function IdeaLibrary({ linked }: { linked: boolean }) {
  const ideas = useDateIdeas();
  const [filter, setFilter] = useState<IdeaFilter>({});
  const [shown, setShown] = useState(PAGE);
  const visible = useMemo(
    () => (ideas.data?.ideas ?? []).filter((idea) => matchesIdeaFilter(idea, filter)),
    [ideas.data, filter],
  );
  if (ideas.isPending) return <Skeleton lines={6} />;
  if (ideas.isError) return <LoadFailed error={ideas.error} retry={() => void ideas.refetch()} />;
  const canPick = ideas.data.canPick;
  const marked = ideas.data.ideas.filter((idea) => idea.myPick !== null).length;

  return (
    <section className="dates-section" aria-labelledby="ideas-heading">
      <h2 id="ideas-heading" className="visually-hidden">
        {t('dates.tabs.ideas')}
      </h2>
      {canPick ? (
        <div className="dates-intro">
          <p>{t('dates.ideas.how')}</p>
          {ideas.data.livingApart && <p>{t('dates.ideas.apart')}</p>}
          <WhoSees visibility="private" partnerName={null} detail={t('dates.ideas.whoSees')} />
          {marked > 0 && <p className="status-line">{plural('dates.ideas.marked', marked)}</p>}
        </div>
      ) : (
        <Notice
          action={
            linked ? undefined : (
              <Link className="button button--secondary" to="/partner">
                {t('dates.ideas.invite')}
              </Link>
            )
          }
        >
          {t('dates.ideas.alone')}
        </Notice>
      )}
      <IdeaFilters
        filter={filter}
        onChange={(next) => {
          setFilter(next);
          setShown(PAGE);
        }}
      />
      <p className="status-line" aria-live="polite">
        {plural('dates.ideas.found', visible.length, { shown: Math.min(shown, visible.length) })}
      </p>
      {visible.length === 0 ? (
        <p>{t('dates.ideas.none')}</p>
      ) : (
        <ul className="idea-list">
          {visible.slice(0, shown).map((idea) => (
            <li key={idea.id}>
              <IdeaCard idea={idea} canPick={canPick} />
            </li>
          ))}
        </ul>
      )}
      {visible.length > shown && (
        <Button className="button button--secondary" onPress={() => setShown(shown + PAGE)}>
          {t('dates.ideas.more')}
        </Button>
      )}
    </section>
  );
}
