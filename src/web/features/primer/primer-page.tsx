import '../../styles/flows.css';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Primer } from '../../../shared/program-api';
import { BusyButton } from '../../components/busy-button';
import { LoadFailed } from '../../components/load-failed';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { StepHeading } from '../../components/step-heading';
import { StepProgress } from '../../components/step-progress';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { useCompletePrimer, usePrimer } from './primer-api';
import { PrimerCardStep } from './primer-card-step';

/** Where to pick up: the first card not seen yet (or the start, once all are seen). */
function startIndex(primer: Primer): number {
  const next = primer.cards.findIndex((card) => !card.seen);
  return next === -1 || primer.done ? 0 : next;
}

function Finished({ moveFocus }: { moveFocus: boolean }) {
  const complete = useCompletePrimer();
  const navigate = useNavigate();
  const { mutate } = complete;
  // Reaching the last screen is finishing: mark it done at once (it is safe to repeat).
  useEffect(() => mutate(), [mutate]);
  const finish = () => {
    if (complete.isSuccess) navigate('/');
    else complete.mutate(undefined, { onSuccess: () => navigate('/') });
  };
  return (
    <section className="card flow-card" aria-labelledby="primer-done">
      <StepHeading id="primer-done" stepKey="done" moveFocus={moveFocus}>
        {t('primer.doneTitle')}
      </StepHeading>
      <p>{t('primer.doneBody')}</p>
      {complete.isError && <Notice tone="error">{errorText(complete.error)}</Notice>}
      <BusyButton className="button button--primary" isBusy={complete.isPending} onPress={finish}>
        {t('primer.doneAction')}
      </BusyButton>
    </section>
  );
}

function PrimerFlow({ primer }: { primer: Primer }) {
  const [index, setIndex] = useState(() => startIndex(primer));
  const [moved, setMoved] = useState(false);
  const total = primer.cards.length;
  const card = primer.cards[index];
  const go = (to: number) => {
    setMoved(true);
    setIndex(to);
  };
  if (!card) return <Finished moveFocus={moved} />;
  return (
    <>
      <StepProgress
        label={t('primer.progress', { n: index + 1, total })}
        value={index + 1}
        max={total}
      />
      <PrimerCardStep
        key={card.id}
        card={card}
        moveFocus={moved}
        isLast={index === total - 1}
        onBack={index > 0 ? () => go(index - 1) : undefined}
        onNext={() => go(index + 1)}
      />
      <Link to="/" className="button button--quiet flow-later">
        {t('primer.later')}
      </Link>
    </>
  );
}

/** Understand: short cards, one per screen, with a private reflection on each. */
export default function PrimerPage() {
  const primer = usePrimer();
  return (
    <div className="page">
      <PageHeading title={t('titles.understand')}>{t('primer.title')}</PageHeading>
      {primer.isPending ? (
        <Skeleton lines={6} />
      ) : primer.isError ? (
        <LoadFailed error={primer.error} retry={() => void primer.refetch()} />
      ) : (
        <PrimerFlow primer={primer.data} />
      )}
    </div>
  );
}
