import '../../styles/flows.css';
import { useState } from 'react';
import type { PrivateScreenView, RouteName } from '../../../shared/program-api';
import { LoadFailed } from '../../components/load-failed';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { type Remember, type ScreenAnswer, useForYou, useSubmitScreen } from './for-you-api';
import { ForYouIntro } from './for-you-intro';
import { ForYouResult } from './for-you-result';
import { KeepStep, QuestionStep } from './screen-steps';

type Step =
  | { at: 'intro' }
  | { at: 'question'; index: number }
  | { at: 'keep' }
  | { at: 'result'; route: RouteName };

/**
 * The private questions, one per screen. Answers live only in this page's
 * memory until sent; nothing is drafted to storage.
 */
function ScreenFlow({ view }: { view: PrivateScreenView }) {
  const [step, setStep] = useState<Step>({ at: 'intro' });
  const [moved, setMoved] = useState(false);
  const [answers, setAnswers] = useState<Record<string, ScreenAnswer>>({});
  const [remember, setRemember] = useState<Remember>('account');
  const submit = useSubmitScreen();
  const total = view.questions.length;
  const go = (next: Step) => {
    setMoved(true);
    setStep(next);
  };

  if (step.at === 'intro') {
    return (
      <ForYouIntro view={view} moveFocus={moved} onStart={() => go({ at: 'question', index: 0 })} />
    );
  }
  if (step.at === 'keep') {
    return (
      <KeepStep
        value={remember}
        moveFocus={moved}
        onChange={setRemember}
        onBack={() => go({ at: 'question', index: total - 1 })}
        saving={submit.isPending}
        error={submit.isError ? errorText(submit.error) : undefined}
        onSave={() =>
          submit.mutate(
            { answers, remember },
            { onSuccess: (result) => go({ at: 'result', route: result.route }) },
          )
        }
      />
    );
  }
  if (step.at === 'result') return <ForYouResult route={step.route} />;

  const question = view.questions[step.index];
  if (!question) return null;
  return (
    <QuestionStep
      question={question}
      index={step.index}
      total={total}
      isSelf={question.group === 'self'}
      value={answers[question.id] ?? null}
      moveFocus={moved}
      onChange={(answer) => setAnswers((current) => ({ ...current, [question.id]: answer }))}
      onBack={() =>
        go(step.index === 0 ? { at: 'intro' } : { at: 'question', index: step.index - 1 })
      }
      onNext={() =>
        go(step.index + 1 < total ? { at: 'question', index: step.index + 1 } : { at: 'keep' })
      }
    />
  );
}

/** "Just for you": a few private questions, answered alone. Neutral in title, URL and nav. */
export default function ForYouPage() {
  const view = useForYou();
  return (
    <div className="page">
      <PageHeading title={t('titles.forYou')}>{t('forYou.title')}</PageHeading>
      {view.isPending ? (
        <Skeleton lines={4} />
      ) : view.isError ? (
        <LoadFailed error={view.error} retry={() => void view.refetch()} />
      ) : (
        <ScreenFlow view={view.data} />
      )}
    </div>
  );
}
