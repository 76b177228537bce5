import './interests.css';
import '../../styles/ratings.css';
import { useState } from 'react';
import { Switch } from 'react-aria-components';
import type { Pick as Mark } from '../../../core/mutual-match';
import type { Hobbies, HobbyMatches } from '../../../shared/interests-api';
import { HOBBY_CATEGORIES } from '../../../shared/play-limits';
import { LoadFailed } from '../../components/load-failed';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { WhoSees } from '../../components/who-sees';
import { errorText } from '../../data/error-text';
import { useCurrentMe } from '../../data/me';
import { plural, t } from '../../i18n';
import { useHobbies, useHobbyMatches, usePickHobby } from './interests-api';
import { MatchesCard } from './matches-card';
import { PickChoice } from './pick-choice';
import { CATEGORY_KEYS, strengthText } from './travel-words';

/** The hobbies we both like, on top; nothing else of my partner's marks exists here. */
function Overlaps({
  matches,
  linked,
  partner,
}: {
  matches: HobbyMatches;
  linked: boolean;
  partner: string;
}) {
  return (
    <MatchesCard
      id="hobby-matches-title"
      title={t('interests.hobbies.matchesHeading')}
      count={matches.matches.length}
      empty={linked ? t('interests.hobbies.noMatches', { partner }) : t('interests.hobbies.alone')}
    >
      <p className="play-matches__count">
        {plural('interests.hobbies.matchCount', matches.matches.length, { partner })}
      </p>
      <ul className="play-matches__list">
        {matches.matches.map(({ hobby, strength }) => (
          <li key={hobby.id} className="play-match">
            <span className="play-match__title">{hobby.title}</span>
            <span className="play-match__strength">{strengthText(strength)}</span>
          </li>
        ))}
      </ul>
    </MatchesCard>
  );
}

/**
 * The hobbies by category. `only` narrows them to the ones not marked when
 * the filter was turned on, so a card does not vanish under the pointer as it is marked.
 */
function HobbyGrid({ hobbies, only }: { hobbies: Hobbies; only: ReadonlySet<string> | null }) {
  const pick = usePickHobby();
  const mark = (id: string, value: Mark) => pick.mutate({ id, pick: value });
  const shown = hobbies.hobbies.filter((h) => !only || only.has(h.id));
  return (
    <>
      {pick.isError && <Notice tone="error">{errorText(pick.error)}</Notice>}
      {shown.length === 0 && <p className="status-line">{t('interests.hobbies.allMarked')}</p>}
      {HOBBY_CATEGORIES.map((category, index) => {
        const inCategory = shown.filter((h) => h.category === category);
        if (inCategory.length === 0) return null;
        const marked = inCategory.filter((h) => h.mine !== null).length;
        return (
          <details key={category} className="play-group" open={index === 0 || undefined}>
            <summary className="play-group__summary">
              <span className="play-group__title">{t(CATEGORY_KEYS[category])}</span>
              <span className="play-group__count">
                {plural('interests.hobbies.markedCount', inCategory.length, { marked })}
              </span>
            </summary>
            <ul className="play-grid">
              {inCategory.map((hobby) => (
                <li
                  key={hobby.id}
                  className={`card play-item${hobby.mine ? ` is-${hobby.mine}` : ''}`}
                >
                  <h2 className="play-item__title">{hobby.title}</h2>
                  <p className="play-item__body">{hobby.description}</p>
                  <PickChoice
                    title={hobby.title}
                    value={hobby.mine}
                    onChange={(value) => mark(hobby.id, value)}
                  />
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </>
  );
}

/** Shared hobbies: mark each privately; only the ones we both like show, on top. */
export default function HobbiesPage() {
  const me = useCurrentMe();
  const hobbies = useHobbies();
  const matches = useHobbyMatches();
  const [only, setOnly] = useState<ReadonlySet<string> | null>(null);
  const partner = me.couple?.partnerName ?? t('nav.partner');
  const marked = hobbies.data?.hobbies.filter((h) => h.mine !== null).length ?? 0;

  return (
    <div className="page play-page">
      <PageHeading title={t('interests.hobbies.title')}>
        {t('interests.hobbies.heading')}
      </PageHeading>
      <p className="page__lead">{t('interests.hobbies.lead')}</p>
      <WhoSees
        visibility="private"
        partnerName={partner}
        detail={me.couple ? t('interests.whoSees', { partner }) : t('interests.whoSeesSolo')}
      />
      {matches.isPending ? (
        <Skeleton lines={2} />
      ) : matches.isError ? (
        <LoadFailed error={matches.error} retry={() => void matches.refetch()} />
      ) : (
        <Overlaps matches={matches.data} linked={me.couple !== null} partner={partner} />
      )}
      {hobbies.isPending ? (
        <Skeleton lines={6} />
      ) : hobbies.isError ? (
        <LoadFailed error={hobbies.error} retry={() => void hobbies.refetch()} />
      ) : (
        <>
          <div className="play-toolbar">
            <p className="play-toolbar__count">
              {plural('interests.hobbies.markedCount', hobbies.data.hobbies.length, { marked })}
            </p>
            <Switch
              className="switch"
              isSelected={only !== null}
              onChange={(on) =>
                setOnly(
                  on
                    ? new Set(hobbies.data.hobbies.filter((h) => h.mine === null).map((h) => h.id))
                    : null,
                )
              }
            >
              <span className="switch__track" aria-hidden="true">
                <span className="switch__handle" />
              </span>
              <span className="switch__label">{t('interests.onlyUnmarked')}</span>
            </Switch>
          </div>
          <HobbyGrid hobbies={hobbies.data} only={only} />
        </>
      )}
    </div>
  );
}
