import '../../styles/flows.css';
import '../../styles/ratings.css';
import '../../styles/segmented.css';
import './dates.css';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { useCurrentMe } from '../../data/me';
import { type MessageKey, t } from '../../i18n';
import { useDateMatches, usePlannedDates } from './dates-api';
import { IdeaLibrary } from './idea-library';
import { MatchesPanel } from './matches-panel';
import { PastPanel } from './past-panel';
import { PlannedPanel } from './planned-panel';

const TABS = ['ideas', 'matches', 'planned', 'past'] as const;
type TabId = (typeof TABS)[number];

const TAB_WORDS: Record<TabId, MessageKey> = {
  ideas: 'dates.tabs.ideas',
  matches: 'dates.tabs.matches',
  planned: 'dates.tabs.planned',
  past: 'dates.tabs.past',
};

function isTab(value: string | null): value is TabId {
  return (TABS as readonly (string | null)[]).includes(value);
}

/** A small count beside a tab's name; it counts what the tab holds and nothing else. */
function Count({ n }: { n: number | undefined }) {
  if (!n) return null;
  return (
    <span className="dates-tabs__count" aria-hidden="true">
      {n}
    </span>
  );
}

/**
 * Date nights: ideas to mark privately, the matches you share, the dates you
 * planned (with the calendar), and the ones behind you, with a reflection.
 */
export default function DatesPage() {
  const me = useCurrentMe();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab: TabId = isTab(asked) ? asked : 'ideas';
  const linked = me.couple !== null;
  const matches = useDateMatches();
  const planned = usePlannedDates();
  const counts: Record<TabId, number | undefined> = {
    ideas: undefined,
    matches: matches.data?.count,
    planned: planned.data?.upcoming.length,
    past: undefined,
  };

  return (
    <div className="page dates">
      <PageHeading title={t('dates.title')}>{t('dates.heading')}</PageHeading>
      <p className="page__lead">{linked ? t('dates.lead') : t('dates.leadAlone')}</p>
      <Tabs
        className="dates-tabs"
        selectedKey={tab}
        onSelectionChange={(key) => {
          const next = String(key);
          if (isTab(next)) setParams(next === 'ideas' ? {} : { tab: next }, { replace: true });
        }}
      >
        <TabList className="segmented dates-tabs__list" aria-label={t('dates.tabs.label')}>
          {TABS.map((id) => (
            <Tab key={id} id={id} className="segmented__option dates-tabs__tab">
              {t(TAB_WORDS[id])}
              <Count n={counts[id]} />
              {counts[id] ? <span className="visually-hidden">{` (${counts[id]})`}</span> : null}
            </Tab>
          ))}
        </TabList>
        <TabPanel id="ideas" className="dates-tabs__panel">
          <IdeaLibrary linked={linked} />
        </TabPanel>
        <TabPanel id="matches" className="dates-tabs__panel">
          <MatchesPanel linked={linked} matches={matches} />
        </TabPanel>
        <TabPanel id="planned" className="dates-tabs__panel">
          <PlannedPanel linked={linked} planned={planned} />
        </TabPanel>
        <TabPanel id="past" className="dates-tabs__panel">
          <PastPanel linked={linked} planned={planned} />
        </TabPanel>
      </Tabs>
    </div>
  );
}
