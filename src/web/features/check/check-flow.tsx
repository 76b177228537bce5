import { useEffect, useReducer, useRef } from 'react';
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
import {
  canGoBack,
  checkFlowReducer,
  checkSubmission,
  currentStep,
  initialCheckFlow,
  totalSteps,
} from './check-flow-state';
import { CheckIntro } from './check-intro';
import { clearProgress, loadProgress, saveProgress } from './check-storage';
import { ItemStep } from './item-step';
import { SignsStep } from './signs-step';

/**
 * The check, one question per screen: step 0 is the introduction, then each
 * statement, then causes, then signs. Progress is kept on this device after
 * every step, so "Finish later" (or closing the tab) resumes where it was left.
 * The steps themselves are in check-flow-state.ts.
 */
export function CheckFlow({ definition }: { definition: CheckDefinition }) {
  const me = useCurrentMe();
  const navigate = useNavigate();
  const submit = useSubmitCheck();
  const [state, dispatch] = useReducer(checkFlowReducer, undefined, () =>
    initialCheckFlow(definition, loadProgress(me.user.id, definition.version)),
  );
  const { progress, draft, moved, noAnswers, resumed } = state;
  // Saved whenever progress changes; not on arrival, and never the draft.
  const arrived = useRef(progress);
  useEffect(() => {
    if (progress !== arrived.current) saveProgress(me.user.id, progress);
  }, [progress, me.user.id]);

  const count = definition.items.length;
  const total = totalSteps(count);
  const step = progress.step;
  const current = currentStep(state);
  const item = current.kind === 'item' ? definition.items[step - 1] : undefined;

  const finish = () => {
    const body = checkSubmission(definition, progress);
    if (!body) {
      dispatch({ type: 'noAnswers' });
      return;
    }
    submit.mutate(body, {
      onSuccess: () => {
        clearProgress(me.user.id);
        navigate('/check/results');
      },
    });
  };

  if (current.kind === 'intro')
    return (
      <CheckIntro count={count} onStart={() => dispatch({ type: 'start' })} moveFocus={moved} />
    );
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
          onChange={(rating) => dispatch({ type: 'draft', rating })}
          onBack={canGoBack(state) ? () => dispatch({ type: 'back' }) : undefined}
          onSkip={() => dispatch({ type: 'skip' })}
          onNext={() => dispatch({ type: 'answer' })}
        />
      ) : current.kind === 'causes' ? (
        <CausesStep
          causes={definition.causes}
          values={progress.causes}
          moveFocus={moved}
          onChange={(id, weight) => dispatch({ type: 'cause', id, weight })}
          onBack={() => dispatch({ type: 'back' })}
          onNext={() => dispatch({ type: 'next' })}
        />
      ) : (
        <SignsStep
          signs={definition.signs}
          values={progress.signs}
          moveFocus={moved}
          submitting={submit.isPending}
          onChange={(signs) => dispatch({ type: 'signs', signs })}
          onBack={() => dispatch({ type: 'back' })}
          onSubmit={finish}
        />
      )}
      {noAnswers && (
        <Notice
          tone="error"
          action={
            <Button
              className="button button--secondary"
              onPress={() => dispatch({ type: 'toFirst' })}
            >
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
