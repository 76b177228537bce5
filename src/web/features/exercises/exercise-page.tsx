import '../../styles/flows.css';
import './exercises.css';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useNavigate, useParams } from 'react-router';
import { breathSeconds, PACE_MAX, PACE_MIN, pacerAtPace } from '../../../core/exercises';
import type { Exercise, RunMode } from '../../../shared/exercises-api';
import { BusyButton } from '../../components/busy-button';
import { ChoiceGroup } from '../../components/choice-group';
import { KindBadge } from '../../components/kind-badge';
import { LoadFailed } from '../../components/load-failed';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { errorText } from '../../data/error-text';
import { useCurrentMe } from '../../data/me';
import { plural, t } from '../../i18n';
import { CATEGORY_WORDS, minutesText } from './exercise-words';
import { useExercise, useStartRun } from './exercises-api';
import { clockText } from './run-moment';

function Steps({ exercise }: { exercise: Exercise }) {
  return (
    <section className="card" aria-labelledby="exercise-steps">
      <h2 id="exercise-steps" className="card__title">
        {t('exercises.detail.steps')}
      </h2>
      <ol className="exercise-steps">
        {exercise.steps.map((step, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the steps of an exercise never reorder
          <li key={index} className="exercise-steps__step">
            <span className="exercise-steps__time">{clockText(step.seconds)}</span>
            <span>{step.text}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Songs({ songs }: { songs: Exercise['songs'] }) {
  if (songs.length === 0) return null;
  return (
    <section className="card" aria-labelledby="exercise-songs">
      <h2 id="exercise-songs" className="card__title">
        {t('exercises.detail.songs')}
      </h2>
      <ul className="exercise-songs">
        {songs.map((song) => (
          <li key={`${song.title}-${song.artist}`}>
            <span className="exercise-songs__title">{song.title}</span>
            <span className="exercise-songs__artist">{song.artist}</span>
          </li>
        ))}
      </ul>
      <p className="status-line">{t('exercises.detail.songsNote')}</p>
    </section>
  );
}

/** Slower or faster breathing, within bounds, chosen before the start. */
function PaceChooser({
  exercise,
  pace,
  onChange,
}: {
  exercise: Exercise;
  pace: number;
  onChange: (pace: number) => void;
}) {
  if (!exercise.pacer) return null;
  const seconds = breathSeconds(pacerAtPace(exercise.pacer, pace));
  return (
    <fieldset className="exercise-pace">
      <legend className="exercise-pace__label">{t('exercises.pace.label')}</legend>
      <p className="exercise-pace__value" aria-live="polite">
        {plural(pace === 0 ? 'exercises.pace.suggested' : 'exercises.pace.every', seconds)}
      </p>
      <div className="actions">
        <Button
          className="button button--secondary button--small"
          isDisabled={pace >= PACE_MAX}
          onPress={() => onChange(pace + 1)}
        >
          {t('exercises.pace.slower')}
        </Button>
        <Button
          className="button button--secondary button--small"
          isDisabled={pace <= PACE_MIN}
          onPress={() => onChange(pace - 1)}
        >
          {t('exercises.pace.faster')}
        </Button>
      </div>
    </fieldset>
  );
}

/** Consent first: what both agree to, how they'll do it, and the one button that starts it. */
function BeforeYouStart({ exercise }: { exercise: Exercise }) {
  const me = useCurrentMe();
  const navigate = useNavigate();
  const start = useStartRun(exercise.id);
  const linked = me.couple !== null;
  const partner = me.couple?.partnerName ?? t('nav.partner');
  const [mode, setMode] = useState<RunMode>('one-device');
  const [pace, setPace] = useState(0);

  return (
    <section className="card exercise-consent" aria-labelledby="exercise-consent">
      <h2 id="exercise-consent" className="card__title">
        {t('exercises.consent.title')}
      </h2>
      <p className="exercise-consent__text">{exercise.consent}</p>
      <h3 id="exercise-mode" className="exercise-pace__label">
        {t('exercises.mode.label')}
      </h3>
      <ChoiceGroup<RunMode>
        labelledBy="exercise-mode"
        options={[
          {
            value: 'one-device',
            label: t('exercises.mode.oneDevice'),
            hint: t('exercises.mode.oneDeviceHint'),
          },
          ...(linked
            ? [
                {
                  value: 'together' as const,
                  label: t('exercises.mode.together'),
                  hint: t('exercises.mode.togetherHint', { partner }),
                },
              ]
            : []),
        ]}
        value={mode}
        onChange={setMode}
      />
      {!linked && <p className="status-line">{t('exercises.mode.linkFirst')}</p>}
      <PaceChooser exercise={exercise} pace={pace} onChange={setPace} />
      {start.isError && <Notice tone="error">{errorText(start.error)}</Notice>}
      <BusyButton
        className="button button--primary button--wide"
        isBusy={start.isPending}
        onPress={() =>
          start.mutate(
            { mode, pace, ready: true },
            { onSuccess: (run) => navigate(`/exercises/run/${run.id}`) },
          )
        }
      >
        {mode === 'together'
          ? t('exercises.consent.inviteReady', { partner })
          : t('exercises.consent.bothReady')}
      </BusyButton>
    </section>
  );
}

/** One exercise: what it is, its timed steps, how to adapt it, songs, and consent before it starts. */
export default function ExercisePage() {
  const { exerciseId = '' } = useParams();
  const exercise = useExercise(exerciseId);

  if (exercise.isPending) {
    return (
      <div className="page">
        <Skeleton lines={6} />
      </div>
    );
  }
  if (exercise.isError) {
    return (
      <div className="page">
        <PageHeading title={t('exercises.title')}>{t('exercises.heading')}</PageHeading>
        <LoadFailed error={exercise.error} retry={() => void exercise.refetch()} />
        <Link to="/exercises">{t('exercises.back')}</Link>
      </div>
    );
  }
  const e = exercise.data;
  return (
    <div className="page">
      <Link to="/exercises" className="exercise-back">
        {t('exercises.back')}
      </Link>
      <PageHeading title={t('exercises.title')}>{e.title}</PageHeading>
      <p className="page__lead">{e.summary}</p>
      <div className="question-meta exercise-meta">
        <span className="tag">{minutesText(e.minutes)}</span>
        <span className="tag">{t(CATEGORY_WORDS[e.category])}</span>
        {e.distance && <span className="tag">{t('exercises.distance')}</span>}
        {e.kinds.map((kind) => (
          <KindBadge key={kind} kind={kind} />
        ))}
      </div>
      <Steps exercise={e} />
      <section className="card" aria-labelledby="exercise-adapt">
        <h2 id="exercise-adapt" className="card__title">
          {t('exercises.detail.adapt')}
        </h2>
        <p>{e.adapt}</p>
      </section>
      <Songs songs={e.songs} />
      <BeforeYouStart exercise={e} />
    </div>
  );
}
