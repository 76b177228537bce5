import '../../styles/flows.css';
import './signals.css';
import { useRef, useState } from 'react';
import type { HelpKind } from '../../../core/therapy-signals';
import type { SignalSuggestion } from '../../../shared/signals-api';
import { BusyButton } from '../../components/busy-button';
import { LockIcon, ShieldIcon } from '../../components/icons';
import { LinkList, type PlaceLink } from '../../components/link-list';
import { LoadFailed } from '../../components/load-failed';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { useForYou } from '../for-you/for-you-api';
import { FindHelp, useCountry } from './find-help';
import { GuideSections } from './guide-sections';
import { useSayWeTried, useSignals, useSupportResources } from './signals-api';
import { NotesPageIcon } from './signals-icons';
import { SuggestionCard } from './suggestion-card';

/** The kind of professional a suggestion leads to in "Finding someone" (skills: couples therapy next). */
function helpKindOf(kind: SignalSuggestion['kind']): HelpKind {
  return kind === 'skills' ? 'couples-therapy' : kind;
}

function TriedCard({ onAsked }: { onAsked: () => void }) {
  const tried = useSayWeTried();
  return (
    <section className="card" aria-labelledby="tried-heading">
      <h2 id="tried-heading" className="card__title">
        {t('signals.tried.heading')}
      </h2>
      <p>{t('signals.tried.body')}</p>
      {tried.isError && <Notice tone="error">{errorText(tried.error)}</Notice>}
      {tried.isSuccess && <Notice tone="success">{t('signals.tried.done')}</Notice>}
      <BusyButton
        className="button button--secondary"
        isBusy={tried.isPending}
        onPress={() => tried.mutate(undefined, { onSuccess: onAsked })}
      >
        {t('signals.tried.button')}
      </BusyButton>
    </section>
  );
}

const WEEK: PlaceLink = {
  to: '/get-support/week',
  label: 'signals.links.weekLabel',
  hint: 'signals.links.weekHint',
  Icon: LockIcon,
};
const PREPARE: PlaceLink = {
  to: '/get-support/prepare',
  label: 'signals.links.prepareLabel',
  hint: 'signals.links.prepareHint',
  Icon: NotesPageIcon,
};
const SAFETY: PlaceLink = {
  to: '/for-you/support',
  label: 'signals.links.safetyLabel',
  hint: 'signals.links.safetyHint',
  Icon: () => <ShieldIcon size={24} />,
};

function Places({ routed }: { routed: boolean }) {
  // Someone routed to private support finds their contacts first.
  const places = routed ? [SAFETY, WEEK, PREPARE] : [WEEK, PREPARE, SAFETY];
  return (
    <nav aria-labelledby="help-places">
      <h2 id="help-places" className="visually-hidden">
        {t('signals.links.heading')}
      </h2>
      <LinkList links={places} />
    </nav>
  );
}

/**
 * "Get support": my own suggestion (if any), "we have tried on our own",
 * how to find someone (kinds of help, directories for my country), and the
 * guide to therapy, workshops, books and courses. Only about me; the words
 * never name my partner, and someone routed to private support sees help
 * for themselves first and nothing about couple work.
 */
export default function HelpPage() {
  const forYou = useForYou();
  const routed = forYou.data ? forYou.data.route !== 'together' : false;
  const signals = useSignals();
  const [country, setCountry] = useCountry();
  const resources = useSupportResources(country);
  const [highlight, setHighlight] = useState<HelpKind | null>(null);
  const findRef = useRef<HTMLHeadingElement>(null);
  const [asked, setAsked] = useState(false);

  const onFind = (suggestion: SignalSuggestion) => {
    setHighlight(helpKindOf(suggestion.kind));
    findRef.current?.scrollIntoView({ block: 'start' });
    findRef.current?.focus({ preventScroll: true });
  };

  return (
    <div className="page help-page">
      <PageHeading title={t('signals.pageTitle')}>{t('signals.title')}</PageHeading>
      <p className="page__lead">{routed ? t('signals.routedLead') : t('signals.lead')}</p>
      <div className="help-top">
        {signals.isPending || forYou.isPending ? (
          <Skeleton lines={3} />
        ) : signals.isError ? (
          <LoadFailed error={signals.error} retry={() => void signals.refetch()} />
        ) : (
          <SuggestionCard suggestion={signals.data.suggestion} onFind={onFind} focus={asked} />
        )}
      </div>
      <Places routed={routed} />
      <TriedCard onAsked={() => setAsked(true)} />
      {resources.isPending ? (
        <Skeleton lines={6} />
      ) : resources.isError ? (
        <LoadFailed error={resources.error} retry={() => void resources.refetch()} />
      ) : (
        <>
          <FindHelp
            ref={findRef}
            view={resources.data}
            country={country}
            onCountry={setCountry}
            routed={routed}
            highlight={highlight}
          />
          <GuideSections guide={resources.data.guide} routed={routed} />
        </>
      )}
    </div>
  );
}
