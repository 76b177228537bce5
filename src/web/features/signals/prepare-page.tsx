import '../../styles/flows.css';
import '../../styles/ratings.css';
import './signals.css';
import { useState } from 'react';
import { Button, Checkbox, CheckboxGroup } from 'react-aria-components';
import { Link } from 'react-router';
import { SUMMARY_SECTIONS, type SummarySection } from '../../../core/help-summary';
import { LoadFailed } from '../../components/load-failed';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { WhoSees } from '../../components/who-sees';
import { t } from '../../i18n';
import { sectionsQuery, useSummary } from './signals-api';
import { SummaryView } from './summary-view';

function isSection(value: unknown): value is SummarySection {
  return (SUMMARY_SECTIONS as readonly unknown[]).includes(value);
}

/**
 * "Prepare for a first session": my own summary, with the parts I choose, as
 * a page that prints cleanly and as a PDF to download. Only my own answers.
 */
export default function PreparePage() {
  const [sections, setSections] = useState<SummarySection[]>([...SUMMARY_SECTIONS]);
  const query = sectionsQuery(sections, SUMMARY_SECTIONS.length);
  const summary = useSummary(query);
  const nothing = sections.length === 0;
  return (
    <div className="page help-page prepare-page">
      <p className="help-back no-print">
        <Link to="/get-support">{t('signals.prepare.back')}</Link>
      </p>
      <PageHeading title={t('signals.prepare.pageTitle')}>{t('signals.prepare.title')}</PageHeading>
      <p className="page__lead no-print">{t('signals.prepare.lead')}</p>
      <section className="card no-print" aria-labelledby="prepare-include">
        <h2 id="prepare-include" className="card__title">
          {t('signals.prepare.include')}
        </h2>
        <WhoSees visibility="private" partnerName={null} />
        <CheckboxGroup
          className="choice-group"
          aria-labelledby="prepare-include"
          value={sections}
          onChange={(next) =>
            setSections(SUMMARY_SECTIONS.filter((s) => next.some((n) => n === s && isSection(n))))
          }
        >
          {SUMMARY_SECTIONS.map((section) => (
            <Checkbox key={section} value={section} className="choice choice--check">
              <span className="choice__box" aria-hidden="true">
                <svg
                  viewBox="0 0 16 16"
                  width="16"
                  height="16"
                  focusable="false"
                  aria-hidden="true"
                >
                  <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2.4" />
                </svg>
              </span>
              <span className="choice__label">{t(`signals.prepare.sections.${section}`)}</span>
            </Checkbox>
          ))}
        </CheckboxGroup>
        {nothing ? (
          <Notice>{t('signals.prepare.nothingChosen')}</Notice>
        ) : (
          <div className="actions">
            <a className="button button--primary" href={`/api/me/summary.pdf${query}`} download>
              {t('signals.prepare.download')}
            </a>
            <Button className="button button--secondary" onPress={() => window.print()}>
              {t('signals.prepare.print')}
            </Button>
          </div>
        )}
      </section>
      {nothing ? null : summary.isPending ? (
        <Skeleton lines={8} />
      ) : summary.isError ? (
        <LoadFailed error={summary.error} retry={() => void summary.refetch()} />
      ) : (
        <SummaryView summary={summary.data} />
      )}
    </div>
  );
}
