import { forwardRef, useState } from 'react';
import type { HelpKind } from '../../../core/therapy-signals';
import type { Directory, SupportResourcesView } from '../../../shared/signals-api';
import { CountryField } from '../../components/field';
import { t } from '../../i18n';
import { browserCountry } from '../for-you/contact-links';
import { ExternalIcon } from './signals-icons';

/** Kinds of help a person the private screen routed elsewhere is shown: help for themselves. */
const FOR_ONE_PERSON: readonly HelpKind[] = ['individual-therapy', 'doctor', 'addiction-service'];

export function visibleKinds(
  guide: SupportResourcesView['guide'],
  routed: boolean,
): SupportResourcesView['guide']['kindsOfHelp'] {
  if (!routed) return guide.kindsOfHelp;
  return FOR_ONE_PERSON.flatMap((kind) => guide.kindsOfHelp.filter((k) => k.kind === kind));
}

function coversText(covers: readonly HelpKind[]): string {
  return new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(
    covers.map((kind) => t(`signals.covers.${kind}`)),
  );
}

function DirectoryList({ directories }: { directories: readonly Directory[] }) {
  return (
    <ul className="directory-list">
      {directories.map((d) => (
        <li key={d.url} className="directory">
          <a href={d.url} target="_blank" rel="noopener noreferrer" className="directory__link">
            {d.name}
            <ExternalIcon />
            <span className="visually-hidden"> ({t('signals.find.opensOutside')})</span>
          </a>
          <span className="directory__covers">
            {t('signals.find.covers', { kinds: coversText(d.covers) })}
          </span>
          {d.tip && <span className="directory__tip">{d.tip}</span>}
        </li>
      ))}
    </ul>
  );
}

type FindHelpProps = {
  /** The country's view (contacts, directories, guide), loaded by the page. */
  view: SupportResourcesView;
  country: string;
  onCountry: (code: string) => void;
  routed: boolean;
  /** The kind of help my suggestion points to, shown first and marked. */
  highlight: HelpKind | null;
};

/**
 * Finding someone: the kinds of professional help (the one suggested to me
 * first), the directories of my chosen country and international ones, and
 * how to search them. Nothing is looked up elsewhere until I follow a link.
 */
export const FindHelp = forwardRef<HTMLHeadingElement, FindHelpProps>(function FindHelp(
  { view, country, onCountry, routed, highlight },
  headingRef,
) {
  const kinds = visibleKinds(view.guide, routed);
  const ordered = highlight
    ? [...kinds.filter((k) => k.kind === highlight), ...kinds.filter((k) => k.kind !== highlight)]
    : kinds;
  const shown = new Set(kinds.map((k) => k.kind));
  const fits = (d: Directory) => d.covers.some((kind) => shown.has(kind));
  const local = view.directories.country.filter(fits);
  const anywhere = view.directories.international.filter(fits);
  return (
    <section className="help-section" aria-labelledby="find-help">
      <h2 id="find-help" ref={headingRef} tabIndex={-1}>
        {t('signals.find.heading')}
      </h2>
      <h3>{t('signals.find.kindsHeading')}</h3>
      <ul className="help-kinds">
        {ordered.map((k) => (
          <li key={k.kind}>
            {/* Folded, except the kind my suggestion points to. */}
            <details
              className={k.kind === highlight ? 'help-fold help-fold--suggested' : 'help-fold'}
              open={k.kind === highlight || undefined}
            >
              <summary className="help-fold__summary">
                <span className="help-fold__heading">
                  <h4 className="help-fold__title">{k.title}</h4>
                  {k.kind === highlight && (
                    <span className="tag help-fold__tag">{t('signals.find.suggested')}</span>
                  )}
                </span>
              </summary>
              <div className="help-fold__body">
                <p>{k.body}</p>
                <p className="help-kind__search">
                  {t('signals.find.searchFor', { terms: k.searchFor })}
                </p>
              </div>
            </details>
          </li>
        ))}
      </ul>
      <h3>{t('signals.find.directoriesHeading')}</h3>
      <CountryField
        label={t('signals.find.country')}
        countries={view.countries}
        value={country}
        none={t('signals.find.chooseCountry')}
        onChange={onCountry}
      />
      {!view.country ? (
        <p className="field__hint">{t('signals.find.noCountry')}</p>
      ) : local.length === 0 ? (
        <p className="field__hint">{t('signals.find.noDirectories')}</p>
      ) : (
        <DirectoryList directories={local} />
      )}
      {anywhere.length > 0 && (
        <>
          <h4>{t('signals.find.international')}</h4>
          <DirectoryList directories={anywhere} />
        </>
      )}
      <h3>{t('signals.find.searchingHeading')}</h3>
      <p>{view.guide.searching.intro}</p>
      <ol className="help-steps">
        {view.guide.searching.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </section>
  );
});

/** The country to start with: the browser's, if it names one. */
export function useCountry(): [string, (code: string) => void] {
  return useState(() => browserCountry());
}
