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
  isLastStep,
  totalSteps,
  unanswered,
} from './check-flow-state';
import { CheckIntro } from './check-intro';
import { estimateMinutes } from './check-screens';
import { clearProgress, loadProgress, saveProgress } from './check-storage';
import { SignsStep } from './signs-step';
import { StatementsStep } from './statements-step';

/**
 * The check: the introduction, then a few statements of one kind per screen,
 * then causes, then signs (check-screens.ts). Progress is kept on this device
 * after every choice, so "Finish later" (or closing the tab) resumes where it
 * was left. The steps themselves are in check-flow-state.ts.
 */
export function CheckFlow({ definition }: { definition: CheckDefinition }) {
  const me = useCurrentMe();
  const navigate = useNavigate();
  const submit = useSubmitCheck();
  const [state, dispatch] = useReducer(checkFlowReducer, undefined, () =>
    initialCheckFlow(definition, loadProgress(me.user.id, definition.version)),
  );
  const { progress, moved, noAnswers, resumed, screens } = state;
  // Saved whenever progress changes; not on arrival.
  const arrived = useRef(progress);
  useEffect(() => {
    if (progress !== arrived.current) saveProgress(me.user.id, progress);
  }, [progress, me.user.id]);

  const total = totalSteps(screens);
  const step = progress.step;
  const current = currentStep(state);
  const last = isLastStep(state);
  const back = canGoBack(state) ? () => dispatch({ type: 'back' }) : undefined;

  const finish = () => {
    if (unanswered(current, progress).length > 0) {
      dispatch({ type: 'next' });
      return;
    }
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
  const next = last ? finish : () => dispatch({ type: 'next' });

  if (current.kind === 'intro')
    return (
      <CheckIntro
        statements={definition.items.length}
        steps={total}
        minutes={estimateMinutes(screens)}
        onStart={() => dispatch({ type: 'start' })}
        moveFocus={moved}
      />
    );
  return (
    <>
      {resumed && !moved && <Notice>{t('check.resumed')}</Notice>}
      <StepProgress label={t('check.progress', { n: step, total })} value={step} max={total} />
      {current.kind === 'statements' ? (
        <StatementsStep
          key={`${current.intimacy}-${current.part}`}
          screen={current}
          items={definition.items}
          progress={progress}
          missing={state.missing}
          moveFocus={moved}
          onRate={(itemId, which, value) => dispatch({ type: 'rate', itemId, which, value })}
          onSkip={(itemId, skipped) => dispatch({ type: 'skip', itemId, skipped })}
          onBack={back}
          onNext={next}
        />
      ) : current.kind === 'causes' ? (
        <CausesStep
          causes={definition.causes}
          values={progress.causes}
          moveFocus={moved}
          isLast={last}
          submitting={submit.isPending}
          onChange={(id, weight) => dispatch({ type: 'cause', id, weight })}
          onBack={back}
          onNext={next}
        />
      ) : (
        <SignsStep
          signs={definition.signs}
          values={progress.signs}
          moveFocus={moved}
          submitting={submit.isPending}
          onChange={(signs) => dispatch({ type: 'signs', signs })}
          onBack={back}
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
