import './interests.css';
import '../../styles/flows.css';
import '../../styles/ratings.css';
import { useState } from 'react';
import { Button, Radio, RadioGroup } from 'react-aria-components';
import { Link } from 'react-router';
import type { Travel, TravelIdea, TravelMatches } from '../../../shared/interests-api';
import { TRAVEL_SCALES, type TravelScale } from '../../../shared/play-limits';
import { LoadFailed } from '../../components/load-failed';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { WhoSees } from '../../components/who-sees';
import { errorText } from '../../data/error-text';
import { useCurrentMe } from '../../data/me';
import { plural, t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { usePickTravel, useRemoveWish, useTravel, useTravelMatches } from './interests-api';
import { MatchesCard } from './matches-card';
import { PickChoice } from './pick-choice';
import { ideaFacts, SCALE_KEYS, strengthText, timingText } from './travel-words';
import { WishForm } from './wish-form';

function Facts({ idea }: { idea: TravelIdea }) {
  return (
    <ul className="play-facts" aria-label={t('interests.factsLabel')}>
      {ideaFacts(idea).map((fact) => (
        <li key={fact} className="tag">
          {fact}
        </li>
      ))}
    </ul>
  );
}

/** Our trips: the ideas we both want, each with its plan in brief and the way to plan it. */
function OurTrips({
  matches,
  linked,
  partner,
}: {
  matches: TravelMatches;
  linked: boolean;
  partner: string;
}) {
  return (
    <MatchesCard
      id="travel-matches-title"
      title={t('interests.travel.matchesHeading')}
      count={matches.matches.length}
      empty={linked ? t('interests.travel.noMatches', { partner }) : t('interests.travel.alone')}
    >
      <ul className="play-trips">
        {matches.matches.map(({ idea, strength, plan }) => (
          <li key={idea.id} className="play-trip">
            <div className="play-trip__text">
              <h3 className="play-trip__title">{idea.title}</h3>
              <p className="play-match__strength">{strengthText(strength)}</p>
              <p className="play-trip__plan">
                {plan
                  ? [
                      timingText(plan.when),
                      plural('interests.plan.ticked', plan.items, { done: plan.done }),
                    ].join(' · ')
                  : t('interests.travel.notPlanned')}
              </p>
            </div>
            <Link
              to={`/travel/${encodeURIComponent(idea.id)}`}
              className="button button--secondary button--small"
              aria-label={t('interests.travel.planLabel', { title: idea.title })}
            >
              {plan ? t('interests.travel.openPlan') : t('interests.travel.plan')}
            </Link>
          </li>
        ))}
      </ul>
    </MatchesCard>
  );
}

type ScaleFilter = TravelScale | 'all';

function IdeaList({ travel, partner }: { travel: Travel; partner: string }) {
  const [scale, setScale] = useState<ScaleFilter>('all');
  const pick = usePickTravel();
  const remove = useRemoveWish();
  const shown = travel.ideas.filter((idea) => scale === 'all' || idea.scale === scale);
  return (
    <section className="play-ideas" aria-labelledby="travel-ideas-title">
      <h2 id="travel-ideas-title" className="play-group__title">
        {t('interests.travel.ideasHeading')}
      </h2>
      <RadioGroup
        className="play-filter"
        orientation="horizontal"
        aria-label={t('interests.travel.filter')}
        value={scale}
        onChange={(next) => {
          const found = (['all', ...TRAVEL_SCALES] as const).find((s) => s === next);
          if (found) setScale(found);
        }}
      >
        <Radio value="all" className="play-filter__option">
          {t('interests.travel.all')}
        </Radio>
        {TRAVEL_SCALES.map((s) => (
          <Radio key={s} value={s} className="play-filter__option">
            {t(SCALE_KEYS[s])}
          </Radio>
        ))}
      </RadioGroup>
      <p className="play-toolbar__count" aria-live="polite">
        {plural('interests.travel.shownCount', shown.length)}
      </p>
      {pick.isError && <Notice tone="error">{errorText(pick.error)}</Notice>}
      {remove.isError && <Notice tone="error">{errorText(remove.error)}</Notice>}
      <ul className="play-grid">
        {shown.map((idea) => (
          <li key={idea.id} className={`card play-item${idea.mine ? ` is-${idea.mine}` : ''}`}>
            {idea.addedBy && (
              <p className="eyebrow play-item__own">
                {idea.addedBy === 'me'
                  ? t('interests.travel.yourIdea')
                  : t('interests.travel.partnersIdea', { partner })}
              </p>
            )}
            <h3 className="play-item__title">{idea.title}</h3>
            {idea.description && <p className="play-item__body">{idea.description}</p>}
            <Facts idea={idea} />
            <PickChoice
              title={idea.title}
              value={idea.mine}
              onChange={(value) => pick.mutate({ id: idea.id, pick: value })}
            />
            {idea.addedBy === 'me' && (
              <Button
                className="button button--quiet button--small"
                aria-label={t('interests.travel.removeLabel', { title: idea.title })}
                onPress={() =>
                  remove.mutate(idea.id, {
                    onSuccess: () => announce(t('interests.travel.removed', { title: idea.title })),
                  })
                }
              >
                {t('interests.travel.remove')}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Travel and adventure: our trips on top, every idea to mark privately, and our own ideas. */
export default function TravelPage() {
  const me = useCurrentMe();
  const travel = useTravel();
  const matches = useTravelMatches();
  const partner = me.couple?.partnerName ?? t('nav.partner');
  const linked = me.couple !== null;

  return (
    <div className="page play-page">
      <PageHeading title={t('interests.travel.title')}>{t('interests.travel.heading')}</PageHeading>
      <p className="page__lead">{t('interests.travel.lead')}</p>
      <WhoSees
        visibility="private"
        partnerName={partner}
        detail={linked ? t('interests.whoSees', { partner }) : t('interests.whoSeesSolo')}
      />
      {matches.isPending ? (
        <Skeleton lines={2} />
      ) : matches.isError ? (
        <LoadFailed error={matches.error} retry={() => void matches.refetch()} />
      ) : (
        <OurTrips matches={matches.data} linked={linked} partner={partner} />
      )}
      {travel.isPending ? (
        <Skeleton lines={6} />
      ) : travel.isError ? (
        <LoadFailed error={travel.error} retry={() => void travel.refetch()} />
      ) : (
        <IdeaList travel={travel.data} partner={partner} />
      )}
      <WishForm partner={partner} linked={linked} />
    </div>
  );
}
