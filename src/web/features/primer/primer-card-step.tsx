import { Button, Label, TextArea, TextField } from 'react-aria-components';
import { LIMITS } from '../../../shared/limits';
import type { PrimerCardView } from '../../../shared/program-api';
import { BusyButton } from '../../components/busy-button';
import { KindBadge } from '../../components/kind-badge';
import { Notice } from '../../components/notice';
import { StepHeading } from '../../components/step-heading';
import { WhoSees } from '../../components/who-sees';
import { errorText } from '../../data/error-text';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { useDraft } from '../../lib/use-draft';
import { useSaveCard } from './primer-api';

const MAX_LENGTH = LIMITS.reflection;

type CardStepProps = {
  card: PrimerCardView;
  moveFocus: boolean;
  isLast: boolean;
  onBack?: () => void;
  onNext: () => void;
};

/** What to send: the reflection when written or changed, null when cleared, nothing otherwise. */
function reflectionToSend(text: string, saved: string | null): string | null | undefined {
  const trimmed = text.trim();
  if (trimmed === (saved ?? '')) return undefined;
  return trimmed === '' ? null : trimmed;
}

/** One primer card: the idea, everyday examples, and an optional private reflection. */
export function PrimerCardStep({ card, moveFocus, isLast, onBack, onNext }: CardStepProps) {
  const me = useCurrentMe();
  const draft = useDraft(`rekindle.primer.${me.user.id}.${card.id}`, card.myReflection ?? '');
  const save = useSaveCard();
  const tooLong = draft.text.length > MAX_LENGTH;

  const next = () => {
    if (tooLong) return;
    save.mutate(
      { cardId: card.id, reflection: reflectionToSend(draft.text, card.myReflection) },
      {
        onSuccess: () => {
          draft.clear();
          onNext();
        },
      },
    );
  };

  return (
    <section className="card flow-card" aria-labelledby="primer-card-title">
      <StepHeading id="primer-card-title" stepKey={card.id} moveFocus={moveFocus}>
        {card.title}
      </StepHeading>
      <div className="question-meta">
        {card.kinds.map((kind) => (
          <KindBadge key={kind} kind={kind} />
        ))}
      </div>
      <p>{card.body}</p>
      <h3 className="flow-card__subheading">{t('primer.examples')}</h3>
      <ul className="flow-card__examples">
        {card.examples.map((example) => (
          <li key={example}>{example}</li>
        ))}
      </ul>
      <TextField
        className="field"
        value={draft.text}
        onChange={draft.change}
        isInvalid={tooLong}
        aria-describedby="primer-reflection-hint"
      >
        <Label className="field__label">{card.reflection}</Label>
        <WhoSees slot="description" visibility="private" partnerName={null} />
        <TextArea className="field__input field__textarea field__textarea--short" rows={3} />
        <p id="primer-reflection-hint" className={tooLong ? 'field__error' : 'field__hint'}>
          {tooLong ? t('primer.tooLong') : t('primer.optional')}
        </p>
      </TextField>
      {draft.isKept && <p className="field__hint">{t('today.draftKept')}</p>}
      {save.isError && <Notice tone="error">{errorText(save.error)}</Notice>}
      <div className="actions flow-actions">
        {onBack && (
          <Button className="button button--secondary" onPress={onBack}>
            {t('flow.back')}
          </Button>
        )}
        <BusyButton className="button button--primary" isBusy={save.isPending} onPress={next}>
          {isLast ? t('primer.finish') : t('flow.next')}
        </BusyButton>
      </div>
    </section>
  );
}
