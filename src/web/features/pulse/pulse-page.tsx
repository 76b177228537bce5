import '../../styles/flows.css';
import '../../styles/ratings.css';
import { useState } from 'react';
import { Link } from 'react-router';
import type { PulseBody } from '../../../shared/program-api';
import { BusyButton } from '../../components/busy-button';
import { KindBadge } from '../../components/kind-badge';
import { LoadFailed } from '../../components/load-failed';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { RatingSlider } from '../../components/rating-slider';
import { Skeleton } from '../../components/skeleton';
import { errorText } from '../../data/error-text';
import { plural, t } from '../../i18n';
import { SharedWhoSees } from '../check/shared-who-sees';
import { type PulseForm, usePulseForm, useSavePulse } from './pulse-api';
import { missingRatings, type PulseDraft, pulseBody } from './pulse-draft';

const NOTHING_CHOSEN: PulseDraft = {
  emotional: null,
  physical: null,
  intellectual: null,
  talk: null,
};

const sliderId = (key: keyof PulseBody) => `pulse-${key}`;
const ERROR_ID = 'pulse-missing';

function PulseFields({ form }: { form: PulseForm }) {
  // This week's saved ratings were chosen by the person; otherwise nothing is chosen yet.
  const [values, setValues] = useState<PulseDraft>(form.mine ?? NOTHING_CHOSEN);
  const [tried, setTried] = useState(false);
  const save = useSavePulse();
  const missing = missingRatings(values);
  const showMissing = tried && missing.length > 0;
  const set = (key: keyof PulseBody) => (value: number) =>
    setValues((v) => ({ ...v, [key]: value }));
  const slider = (key: keyof PulseBody, label: string, low: string, high: string) => (
    <RatingSlider
      id={sliderId(key)}
      label={label}
      value={values[key]}
      min={1}
      max={10}
      low={low}
      high={high}
      errorId={showMissing && values[key] === null ? ERROR_ID : undefined}
      onChange={set(key)}
    />
  );
  const onSave = () => {
    const body = pulseBody(values);
    if (!body) {
      setTried(true);
      const first = missing[0];
      if (first) document.getElementById(sliderId(first))?.focus();
      return;
    }
    save.mutate(body);
  };
  return (
    <section className="card flow-card" aria-labelledby="pulse-heading">
      <h2 id="pulse-heading" className="card__title">
        {form.mine ? t('pulse.again') : t('pulse.heading')}
      </h2>
      <SharedWhoSees topic="progress" />
      {form.kinds.map(({ kind, label }) => (
        <div key={kind} className="pulse-item">
          <KindBadge kind={kind} />
          {slider(kind, label, t('pulse.low'), t('pulse.high'))}
        </div>
      ))}
      {slider('talk', form.talk.label, form.talk.low, form.talk.high)}
      {showMissing && (
        <Notice tone="error">
          <span id={ERROR_ID}>{plural('pulse.missing', missing.length)}</span>
        </Notice>
      )}
      {save.isError && <Notice tone="error">{errorText(save.error)}</Notice>}
      {save.isSuccess && (
        <Notice
          tone="success"
          action={
            <Link to="/progress" className="button button--secondary">
              {t('pulse.seeProgress')}
            </Link>
          }
        >
          {t('pulse.saved')}
        </Notice>
      )}
      {save.isSuccess && (
        <p className="field__hint">
          <Link to="/get-support/week">{t('signals.pulseLink')}</Link>
        </p>
      )}
      <BusyButton className="button button--primary" isBusy={save.isPending} onPress={onSave}>
        {form.mine ? t('pulse.update') : t('pulse.save')}
      </BusyButton>
    </section>
  );
}

/** The weekly pulse: four quick ratings of how this week felt, private by default. */
export default function PulsePage() {
  const form = usePulseForm();
  return (
    <div className="page">
      <PageHeading title={t('titles.pulse')}>{t('pulse.title')}</PageHeading>
      <p className="page__lead">{t('pulse.lead')}</p>
      {form.isPending ? (
        <Skeleton lines={6} />
      ) : form.isError ? (
        <LoadFailed error={form.error} retry={() => void form.refetch()} />
      ) : (
        <PulseFields key={form.data.week} form={form.data} />
      )}
    </div>
  );
}
