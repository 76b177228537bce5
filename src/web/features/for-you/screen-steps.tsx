import { Button } from 'react-aria-components';
import { BusyButton } from '../../components/busy-button';
import { type Choice, ChoiceGroup } from '../../components/choice-group';
import { StepHeading } from '../../components/step-heading';
import { StepProgress } from '../../components/step-progress';
import { WhoSees } from '../../components/who-sees';
import { t } from '../../i18n';
import type { Remember, ScreenAnswer } from './for-you-api';
import { SupportResources } from './support-resources';

function answerChoices(): Choice<ScreenAnswer>[] {
  return [
    { value: 'yes', label: t('forYou.yes') },
    { value: 'no', label: t('forYou.no') },
    { value: 'prefer-not', label: t('forYou.preferNot') },
  ];
}

type QuestionStepProps = {
  question: { id: string; text: string };
  index: number;
  total: number;
  /** A question about hopelessness or self-harm: a "yes" shows crisis lines at once (S2). */
  isSelf: boolean;
  value: ScreenAnswer | null;
  moveFocus: boolean;
  onChange: (answer: ScreenAnswer) => void;
  onBack: () => void;
  onNext: () => void;
};

export function QuestionStep(props: QuestionStepProps) {
  const { question, index, total, isSelf, value, moveFocus } = props;
  const headingId = `screen-q-${question.id}`;
  return (
    <>
      <StepProgress
        label={t('forYou.progress', { n: index + 1, total })}
        value={index + 1}
        max={total}
      />
      <section className="card flow-card" aria-labelledby={headingId}>
        <StepHeading id={headingId} stepKey={question.id} moveFocus={moveFocus}>
          {question.text}
        </StepHeading>
        <WhoSees visibility="private" partnerName={null} />
        <ChoiceGroup
          labelledBy={headingId}
          options={answerChoices()}
          value={value}
          onChange={props.onChange}
        />
        {isSelf && value === 'yes' && (
          <section className="crisis-now" aria-labelledby="crisis-now-heading">
            <h3 id="crisis-now-heading">{t('forYou.crisisNowHeading')}</h3>
            <p>{t('forYou.crisisNowBody')}</p>
            <SupportResources crisisFirst crisisOnly level={3} />
          </section>
        )}
        <div className="actions flow-actions">
          <Button className="button button--secondary" onPress={props.onBack}>
            {t('flow.back')}
          </Button>
          <Button className="button button--primary" onPress={props.onNext}>
            {t('flow.next')}
          </Button>
        </div>
      </section>
    </>
  );
}

type KeepStepProps = {
  value: Remember;
  moveFocus: boolean;
  onChange: (value: Remember) => void;
  onBack: () => void;
  onSave: () => void;
  saving: boolean;
  error?: string;
};

export function KeepStep({
  value,
  moveFocus,
  onChange,
  onBack,
  onSave,
  saving,
  error,
}: KeepStepProps) {
  const options: Choice<Remember>[] = [
    { value: 'account', label: t('forYou.keepAccount'), hint: t('forYou.keepAccountHint') },
    { value: 'device', label: t('forYou.keepDevice'), hint: t('forYou.keepDeviceHint') },
    { value: 'none', label: t('forYou.keepNone'), hint: t('forYou.keepNoneHint') },
  ];
  return (
    <section className="card flow-card" aria-labelledby="screen-keep">
      <StepHeading id="screen-keep" stepKey="keep" moveFocus={moveFocus}>
        {t('forYou.keepHeading')}
      </StepHeading>
      <p id="screen-keep-honest">{t('forYou.keepHonest')}</p>
      <ChoiceGroup
        labelledBy="screen-keep"
        describedBy="screen-keep-honest"
        options={options}
        value={value}
        onChange={onChange}
      />
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="actions flow-actions">
        <Button className="button button--secondary" onPress={onBack}>
          {t('flow.back')}
        </Button>
        <BusyButton className="button button--primary" isBusy={saving} onPress={onSave}>
          {t('forYou.save')}
        </BusyButton>
      </div>
    </section>
  );
}
