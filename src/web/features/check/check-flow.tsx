import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useNavigate } from 'react-router';
import type { CheckDefinition } from '../../../shared/program-api';
import { Notice } from '../../components/notice';
import { StepProgress } from '../../components/step-progress';
import { errorText } from '../../data/error-text';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { CausesStep } from './causes-step';
import { useSubmitCheck } from './check-api';
import { CheckIntro } from './check-intro';
import {
  type CheckProgress,
  clearProgress,
  loadProgress,
  type Rating,
  saveProgress,
} from './check-storage';
import { ItemStep } from './item-step';
import { SignsStep } from './signs-step';

const MIDDLE: Rating = { now: 5, wish: 5 };

/**
 * The check, one question per screen: step 0 is the introduction, then each
 * statement, then causes, then signs. Progress is kept on this device after
 * every step, so "Finish later" (or closing the tab) resumes where it was left.
 */
export function CheckFlow({ definition }: { definition: CheckDefinition }) {
  const me = useCurrentMe();
  const navigate = useNavigate();
  const submit = useSubmitCheck();
  const [resumed] = useState(() => loadProgress(me.user.id, definition.version));
  const [progress, setProgress] = useState<CheckProgress>(
    () => resumed ?? { version: definition.version, step: 0, items: {}, causes: {}, signs: [] },
  );
  const [moved, setMoved] = useState(false);
  const [noAnswers, setNoAnswers] = useState(false);
  const count = definition.items.length;
  const total = count + 2;
  const step = Math.min(progress.step, total);
  const item = step >= 1 && step <= count ? definition.items[step - 1] : undefined;
  const [draft, setDraft] = useState<Rating>(() => (item && progress.items[item.id]) || MIDDLE);

  const update = (next: CheckProgress) => {
    setProgress(next);
    saveProgress(me.user.id, next);
  };
  const goTo = (target: number, from: CheckProgress = progress) => {
    const nextItem = target >= 1 && target <= count ? definition.items[target - 1] : undefined;
    setDraft((nextItem && from.items[nextItem.id]) || MIDDLE);
    setMoved(true);
    setNoAnswers(false);
    update({ ...from, step: target });
  };
  const answerItem = (rating: Rating | null) => {
    if (!item) return;
    const { [item.id]: _old, ...rest } = progress.items;
    goTo(step + 1, { ...progress, items: rating ? { ...rest, [item.id]: rating } : rest });
  };
  const finish = () => {
    if (Object.keys(progress.items).length === 0) {
      setNoAnswers(true);
      return;
    }
    const body = { items: progress.items, causes: progress.causes, signs: progress.signs };
    submit.mutate(body, {
      onSuccess: () => {
        clearProgress(me.user.id);
        navigate('/check/results');
      },
    });
  };

  if (step === 0) return <CheckIntro count={count} onStart={() => goTo(1)} moveFocus={moved} />;
  return (
    <>
      {resumed && !moved && <Notice>{t('check.resumed')}</Notice>}
      <StepProgress label={t('check.progress', { n: step, total })} value={step} max={total} />
      {item ? (
        <ItemStep
          key={item.id}
          item={item}
          rating={draft}
          moveFocus={moved}
          onChange={setDraft}
          onBack={step > 1 ? () => goTo(step - 1) : undefined}
          onSkip={() => answerItem(null)}
          onNext={() => answerItem(draft)}
        />
      ) : step === count + 1 ? (
        <CausesStep
          causes={definition.causes}
          values={progress.causes}
          moveFocus={moved}
          onChange={(id, weight) =>
            update({ ...progress, causes: { ...progress.causes, [id]: weight } })
          }
          onBack={() => goTo(step - 1)}
          onNext={() => goTo(step + 1)}
        />
      ) : (
        <SignsStep
          signs={definition.signs}
          values={progress.signs}
          moveFocus={moved}
          submitting={submit.isPending}
          onChange={(signs) => update({ ...progress, signs })}
          onBack={() => goTo(step - 1)}
          onSubmit={finish}
        />
      )}
      {noAnswers && (
        <Notice
          tone="error"
          action={
            <Button className="button button--secondary" onPress={() => goTo(1)}>
              {t('check.toFirst')}
            </Button>
          }
        >
          {t('check.noAnswers')}
        </Notice>
      )}
      {submit.isError && <Notice tone="error">{errorText(submit.error)}</Notice>}
      <Link to="/" className="button button--quiet flow-later">
        {t('check.later')}
      </Link>
    </>
  );
}
