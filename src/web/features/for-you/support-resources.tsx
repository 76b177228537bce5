import { useState } from 'react';
import type { Resources } from '../../../shared/program-api';
import { CountryField } from '../../components/field';
import { LoadFailed } from '../../components/load-failed';
import { Skeleton } from '../../components/skeleton';
import { t } from '../../i18n';
import { browserCountry, phoneNumbers, telHref } from './contact-links';
import { ContactList } from './contact-list';
import { useResources } from './for-you-api';

type Level = 2 | 3;

function DangerNow({ resources, level }: { resources: Resources; level: Level }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const numbers = resources.emergency ? phoneNumbers(resources.emergency) : ['112'];
  return (
    <section className="card danger-now" aria-labelledby="danger-now">
      <Heading id="danger-now" className="card__title">
        {t('support.dangerHeading')}
      </Heading>
      <p>{resources.emergency ? t('support.dangerBody') : resources.emergencyNote}</p>
      <div className="danger-now__numbers">
        {numbers.map((number) => (
          <a
            key={number}
            className="button button--primary danger-now__call"
            href={telHref(number)}
          >
            {t('support.call', { number })}
          </a>
        ))}
      </div>
    </section>
  );
}

type SectionProps = {
  id: string;
  title: string;
  body: string;
  resources: Resources['abuse'];
  level: Level;
};

function Section({ id, title, body, resources, level }: SectionProps) {
  if (resources.length === 0) return null;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="support-section" aria-labelledby={id}>
      <Heading id={id}>{title}</Heading>
      <p className="field__hint">{body}</p>
      <ContactList contacts={resources} level={level === 2 ? 3 : 4} />
    </section>
  );
}

type ListsProps = { resources: Resources; crisisFirst: boolean; crisisOnly: boolean; level: Level };

function Lists({ resources, crisisFirst, crisisOnly, level }: ListsProps) {
  const crisis = (
    <Section
      key="crisis"
      id="support-talk"
      title={t('support.talkHeading')}
      body={t('support.talkBody')}
      resources={resources.crisis}
      level={level}
    />
  );
  const relationship = (
    <Section
      key="relationship"
      id="support-relationship"
      title={t('support.relationshipHeading')}
      body={t('support.relationshipBody')}
      resources={resources.abuse}
      level={level}
    />
  );
  if (crisisOnly) {
    return (
      <>
        {crisis}
        <Section
          id="support-anywhere"
          title={t('support.anywhereHeading')}
          body={t('support.anywhereBody')}
          level={level}
          resources={resources.fallback.crisis}
        />
      </>
    );
  }
  return (
    <>
      {crisisFirst ? [crisis, relationship] : [relationship, crisis]}
      <Section
        id="support-anywhere"
        title={t('support.anywhereHeading')}
        body={t('support.anywhereBody')}
        level={level}
        resources={[
          ...(crisisFirst ? resources.fallback.crisis : resources.fallback.abuse),
          ...(crisisFirst ? resources.fallback.abuse : resources.fallback.crisis),
        ]}
      />
    </>
  );
}

/**
 * Who to call or text, for the country the person chooses (defaulting to the
 * browser's region). "In danger now?" always comes first.
 */
type SupportResourcesProps = {
  crisisFirst?: boolean;
  /** Only the emergency number and crisis lines (rule S2, shown at once). */
  crisisOnly?: boolean;
  /** The level of the section headings inside (2 on its own page, 3 inside a step). */
  level?: Level;
};

export function SupportResources({
  crisisFirst = false,
  crisisOnly = false,
  level = 2,
}: SupportResourcesProps) {
  const [country, setCountry] = useState(() => browserCountry());
  const resources = useResources(country);
  if (resources.isPending) return <Skeleton lines={4} />;
  if (resources.isError) {
    return <LoadFailed error={resources.error} retry={() => void resources.refetch()} />;
  }
  const data = resources.data;
  return (
    <div className="support">
      <DangerNow resources={data} level={level} />
      <CountryField
        label={t('support.country')}
        countries={data.countries}
        value={country}
        none={t('support.chooseCountry')}
        onChange={setCountry}
        hint={data.country ? null : t('support.noCountry')}
      />
      <Lists resources={data} crisisFirst={crisisFirst} crisisOnly={crisisOnly} level={level} />
    </div>
  );
}
