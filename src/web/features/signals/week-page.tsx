import '../../styles/flows.css';
import '../../styles/ratings.css';
import './signals.css';
import { useState } from 'react';
import { Checkbox, CheckboxGroup } from 'react-aria-components';
import { Link } from 'react-router';
import {
  type ConflictAnswer,
  type SeparationAnswer,
  SPECIALIST_NEEDS,
} from '../../../core/therapy-signals';
import type { PrivateWeek } from '../../../shared/signals-api';
import { BusyButton } from '../../components/busy-button';
import { type Choice, ChoiceGroup } from '../../components/choice-group';
import { LoadFailed } from '../../components/load-failed';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { WhoSees } from '../../components/who-sees';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { usePrivateWeek, useSavePrivateWeek, useSignals } from './signals-api';
import { type NeedsValue, needsToValues, nextNeeds, valuesToNeeds } from './week-answers';

function separationChoices(): Choice<SeparationAnswer>[] {
  return [
    { value: 'no', label: t('signals.week.separation.no') },
    { value: 'thoughts', label: t('signals.week.separation.thoughts') },
    { value: 'steps', label: t('signals.week.separation.steps') },
    { value: 'prefer-not', label: t('signals.week.separation.preferNot') },
  ];
}

function conflictChoices(): Choice<ConflictAnswer>[] {
  return [
    { value: 'no', label: t('signals.week.conflict.no') },
    { value: 'yes', label: t('signals.week.conflict.yes') },
    { value: 'prefer-not', label: t('signals.week.conflict.preferNot') },
  ];
}

function CheckMark() {
  return (
    <span className="choice__box" aria-hidden="true">
      <svg viewBox="0 0 16 16" width="16" height="16" focusable="false" aria-hidden="true">
        <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2.4" />
      </svg>
    </span>
  );
}

function WeekForm({ week }: { week: PrivateWeek }) {
  const [separation, setSeparation] = useState<SeparationAnswer | null>(
    week.mine?.separation ?? null,
  );
  const [conflict, setConflict] = useState<ConflictAnswer | null>(week.mine?.conflict ?? null);
  const [needs, setNeeds] = useState<NeedsValue[]>(needsToValues(week.mine?.needs ?? null));
  const save = useSavePrivateWeek();
  const signals = useSignals();
  const saved = save.isSuccess;
  const onSave = () => save.mutate({ separation, conflict, needs: valuesToNeeds(needs) });
  return (
    <section className="card flow-card week-form" aria-labelledby="week-heading">
      <h2 id="week-heading" className="visually-hidden">
        {t('signals.week.title')}
      </h2>
      <WhoSees visibility="private" partnerName={null} />
      <div className="week-question">
        <p id="week-separation" className="week-question__text">
          {t('signals.week.separation.question')}
        </p>
        <ChoiceGroup
          labelledBy="week-separation"
          options={separationChoices()}
          value={separation}
          onChange={setSeparation}
        />
      </div>
      <div className="week-question">
        <p id="week-conflict" className="week-question__text">
          {t('signals.week.conflict.question')}
        </p>
        <p id="week-conflict-hint" className="field__hint">
          {t('signals.week.conflict.hint')}
        </p>
        <ChoiceGroup
          labelledBy="week-conflict"
          describedBy="week-conflict-hint"
          options={conflictChoices()}
          value={conflict}
          onChange={setConflict}
        />
      </div>
      <div className="week-question">
        <p id="week-needs" className="week-question__text">
          {t('signals.week.needs.question')}
        </p>
        <p id="week-needs-hint" className="field__hint">
          {t('signals.week.needs.hint')}
        </p>
        <CheckboxGroup
          className="choice-group"
          aria-labelledby="week-needs"
          aria-describedby="week-needs-hint"
          value={needs}
          onChange={(next) => setNeeds(nextNeeds(needs, next as NeedsValue[]))}
        >
          {SPECIALIST_NEEDS.map((need) => (
            <Checkbox key={need} value={need} className="choice choice--check">
              <CheckMark />
              <span className="choice__label">{t(`signals.week.needs.${need}`)}</span>
            </Checkbox>
          ))}
          <Checkbox value="none" className="choice choice--check">
            <CheckMark />
            <span className="choice__label">{t('signals.week.needs.none')}</span>
          </Checkbox>
          <Checkbox value="prefer-not" className="choice choice--check">
            <CheckMark />
            <span className="choice__label">{t('signals.week.needs.preferNot')}</span>
          </Checkbox>
        </CheckboxGroup>
      </div>
      {save.isError && <Notice tone="error">{errorText(save.error)}</Notice>}
      {saved && (
        <Notice
          tone="success"
          action={
            signals.data?.suggestion ? (
              <Link to="/get-support" className="button button--secondary">
                {t('signals.week.seeHelp')}
              </Link>
            ) : undefined
          }
        >
          {save.data.mine ? t('signals.week.saved') : t('signals.week.cleared')}
        </Notice>
      )}
      <BusyButton className="button button--primary" isBusy={save.isPending} onPress={onSave}>
        {week.mine ? t('signals.week.update') : t('signals.week.save')}
      </BusyButton>
    </section>
  );
}

/** "How have things been?": a few private questions for this week, each one optional. */
export default function WeekPage() {
  const week = usePrivateWeek();
  return (
    <div className="page help-page">
      <p className="help-back">
        <Link to="/get-support">{t('signals.week.back')}</Link>
      </p>
      <PageHeading title={t('signals.week.pageTitle')}>{t('signals.week.title')}</PageHeading>
      <p className="page__lead">{t('signals.week.lead')}</p>
      {week.isPending ? (
        <Skeleton lines={8} />
      ) : week.isError ? (
        <LoadFailed error={week.error} retry={() => void week.refetch()} />
      ) : (
        <WeekForm key={week.data.week} week={week.data} />
      )}
      <p className="field__hint">
        {t('signals.week.safety')} <Link to="/for-you">{t('signals.week.safetyLink')}</Link>
      </p>
    </div>
  );
}
