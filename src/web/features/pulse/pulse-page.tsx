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
import { t } from '../../i18n';
import { type PulseForm, usePulseForm, useSavePulse } from './pulse-api';
import { PulseWhoSees } from './pulse-who-sees';

const START: PulseBody = { emotional: 5, physical: 5, intellectual: 5, talk: 5 };

function PulseFields({ form }: { form: PulseForm }) {
  const [values, setValues] = useState<PulseBody>(form.mine ?? START);
  const save = useSavePulse();
  const set = (key: keyof PulseBody) => (value: number) =>
    setValues((v) => ({ ...v, [key]: value }));
  return (
    <section className="card flow-card" aria-labelledby="pulse-heading">
      <h2 id="pulse-heading" className="card__title">
        {form.mine ? t('pulse.again') : t('pulse.heading')}
      </h2>
      <PulseWhoSees />
      {form.kinds.map(({ kind, label }) => (
        <div key={kind} className="pulse-item">
          <KindBadge kind={kind} />
          <RatingSlider
            label={label}
            value={values[kind]}
            min={1}
            max={10}
            low={t('pulse.low')}
            high={t('pulse.high')}
            onChange={set(kind)}
          />
        </div>
      ))}
      <RatingSlider
        label={form.talk.label}
        value={values.talk}
        min={1}
        max={10}
        low={form.talk.low}
        high={form.talk.high}
        onChange={set('talk')}
      />
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
      <BusyButton
        className="button button--primary"
        isBusy={save.isPending}
        onPress={() => save.mutate(values)}
      >
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
