import '../../styles/flows.css';
import './exercises.css';
import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import type { ExerciseSummary, Run } from '../../../shared/exercises-api';
import { ChoiceGroup } from '../../components/choice-group';
import { ChevronIcon } from '../../components/icons';
import { LoadFailed } from '../../components/load-failed';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { useCurrentMe } from '../../data/me';
import { plural, t } from '../../i18n';
import { CATEGORY_WORDS, type Category, minutesText } from './exercise-words';
import { useCurrentRun, useExerciseList } from './exercises-api';

type CategoryFilter = Category | 'any';
type LengthFilter = 'any' | '5' | '10';

const CATEGORY_OPTIONS: readonly CategoryFilter[] = [
  'any',
  'breathing',
  'gaze',
  'touch',
  'movement',
  'stillness',
  'conversation',
];

function matches(e: ExerciseSummary, category: CategoryFilter, length: LengthFilter): boolean {
  return (
    (category === 'any' || e.category === category) &&
    (length === 'any' || e.minutes <= Number(length))
  );
}

/** The couple's run under way, one tap away: an invitation to join, or one to go back to. */
function CurrentRunCard({ run, partner }: { run: Run; partner: string }) {
  const { title } = run.exercise;
  const text =
    run.status === 'invited'
      ? run.startedByMe
        ? t('exercises.current.waiting', { partner, title })
        : t('exercises.current.invited', { partner, title })
      : t('exercises.current.underWay', { title });
  return (
    <section className="card exercise-current" aria-labelledby="exercise-current-title">
      <h2 id="exercise-current-title" className="card__title">
        {t('exercises.current.title')}
      </h2>
      <p>{text}</p>
      <Link className="button button--primary" to={`/exercises/run/${run.id}`}>
        {run.status === 'invited' && !run.startedByMe
          ? t('exercises.current.see')
          : t('exercises.current.open')}
      </Link>
    </section>
  );
}

function ExerciseCard({ exercise }: { exercise: ExerciseSummary }) {
  return (
    <li>
      <Link to={`/exercises/${exercise.id}`} className="card exercise-card">
        <span className="exercise-card__text">
          <span className="exercise-card__title">{exercise.title}</span>
          <span className="exercise-card__summary">{exercise.summary}</span>
          <span className="exercise-card__meta">
            <span className="tag">{minutesText(exercise.minutes)}</span>
            <span className="tag">{t(CATEGORY_WORDS[exercise.category])}</span>
            {exercise.distance && <span className="tag">{t('exercises.distance')}</span>}
          </span>
        </span>
        <ChevronIcon />
      </Link>
    </li>
  );
}

/** The exercises for two, filtered by sort and length; and the run under way, if any. */
export default function ExercisesPage() {
  const me = useCurrentMe();
  const [all, setAll] = useState(false);
  const list = useExerciseList(all);
  const current = useCurrentRun();
  const [category, setCategory] = useState<CategoryFilter>('any');
  const [length, setLength] = useState<LengthFilter>('any');
  const partner = me.couple?.partnerName ?? t('nav.partner');
  const shown = useMemo(
    () => (list.data?.exercises ?? []).filter((e) => matches(e, category, length)),
    [list.data, category, length],
  );
  const run = current.data?.run ?? null;

  return (
    <div className="page">
      <PageHeading title={t('exercises.title')}>{t('exercises.heading')}</PageHeading>
      {list.isPending ? (
        <Skeleton lines={6} />
      ) : list.isError ? (
        <LoadFailed error={list.error} retry={() => void list.refetch()} />
      ) : list.data.exercises.length === 0 ? (
        // Not offered to this person right now: a plain, neutral screen.
        <section className="card empty-state">
          <h2 className="card__title">{t('exercises.none.title')}</h2>
          <p>{t('exercises.none.body')}</p>
          <Link className="button button--secondary" to="/">
            {t('exercises.none.action')}
          </Link>
        </section>
      ) : (
        <>
          <p className="page__lead">{t('exercises.lead')}</p>
          {run && <CurrentRunCard run={run} partner={partner} />}
          {list.data.apart && list.data.apart.oneRoom > 0 && (
            <div className="exercise-apart">
              <p>
                {list.data.apart.included
                  ? t('exercises.apart.included')
                  : plural('exercises.apart.overACall', list.data.apart.oneRoom)}
              </p>
              <Button
                className="button button--secondary button--small"
                onPress={() => setAll(!all)}
              >
                {list.data.apart.included ? t('exercises.apart.hide') : t('exercises.apart.show')}
              </Button>
            </div>
          )}
          <section className="exercise-filters" aria-label={t('exercises.filters.label')}>
            <h2 id="exercise-filter-sort" className="exercise-filters__label">
              {t('exercises.filters.sort')}
            </h2>
            <ChoiceGroup
              labelledBy="exercise-filter-sort"
              layout="row"
              options={CATEGORY_OPTIONS.map((value) => ({
                value,
                label: value === 'any' ? t('exercises.filters.anySort') : t(CATEGORY_WORDS[value]),
              }))}
              value={category}
              onChange={setCategory}
            />
            <h2 id="exercise-filter-length" className="exercise-filters__label">
              {t('exercises.filters.length')}
            </h2>
            <ChoiceGroup
              labelledBy="exercise-filter-length"
              layout="row"
              options={[
                { value: 'any', label: t('exercises.filters.anyLength') },
                { value: '5', label: t('exercises.filters.upTo', { minutes: 5 }) },
                { value: '10', label: t('exercises.filters.upTo', { minutes: 10 }) },
              ]}
              value={length}
              onChange={setLength}
            />
          </section>
          {/* Says how many are shown after each filter change; seen only when it is none. */}
          <p className={shown.length === 0 ? 'status-line' : 'visually-hidden'} role="status">
            {shown.length === 0
              ? t('exercises.filters.nothing')
              : plural('exercises.filters.shown', shown.length)}
          </p>
          <ul className="exercise-list" aria-label={t('exercises.listLabel')}>
            {shown.map((exercise) => (
              <ExerciseCard key={exercise.id} exercise={exercise} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
