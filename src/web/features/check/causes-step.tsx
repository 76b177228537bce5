import { Button, Radio, RadioGroup } from 'react-aria-components';
import type { CheckDefinition } from '../../../shared/program-api';
import { BusyButton } from '../../components/busy-button';
import { StepHeading } from '../../components/step-heading';
import { type MessageKey, t } from '../../i18n';
import { SharedWhoSees } from './shared-who-sees';

type Cause = CheckDefinition['causes'][number];

const GROUPS: readonly { group: Cause['group']; title: MessageKey }[] = [
  { group: 'busy-lives', title: 'check.groups.busy-lives' },
  { group: 'communication', title: 'check.groups.communication' },
  { group: 'routine', title: 'check.groups.routine' },
];

const WEIGHTS: readonly { value: string; label: MessageKey }[] = [
  { value: '0', label: 'check.weight0' },
  { value: '1', label: 'check.weight1' },
  { value: '2', label: 'check.weight2' },
  { value: '3', label: 'check.weight3' },
];

/**
 * How much one cause weighs, from "not at all" to "a lot" on one line, in
 * the order it is read: left to right on screen, arrow keys in the same order.
 */
function WeightScale({
  cause,
  value,
  onChange,
}: {
  cause: Cause;
  value: number | undefined;
  onChange: (weight: number) => void;
}) {
  const labelId = `cause-${cause.id}`;
  return (
    <div className="cause">
      <p id={labelId} className="cause__label">
        {cause.label}
      </p>
      <RadioGroup
        className="cause-scale"
        aria-labelledby={labelId}
        orientation="horizontal"
        value={value === undefined ? null : String(value)}
        onChange={(next) => onChange(Number(next))}
      >
        {WEIGHTS.map((weight) => (
          <Radio key={weight.value} value={weight.value} className="cause-scale__option">
            {t(weight.label)}
          </Radio>
        ))}
      </RadioGroup>
    </div>
  );
}

type CausesStepProps = {
  causes: readonly Cause[];
  values: Record<string, number>;
  moveFocus: boolean;
  /** The last screen sends the check instead of going on. */
  isLast: boolean;
  submitting: boolean;
  onChange: (id: string, weight: number) => void;
  onBack?: () => void;
  onNext: () => void;
};

/**
 * What weighs on me, grouped (busy lives, talking and listening, routine).
 * All optional: with nothing chosen, the way on says "Skip", so leaving it
 * is a choice the person makes, not something recorded for them.
 */
export function CausesStep({
  causes,
  values,
  moveFocus,
  isLast,
  submitting,
  onChange,
  onBack,
  onNext,
}: CausesStepProps) {
  const answered = causes.some((cause) => values[cause.id] !== undefined);
  return (
    <section className="card flow-card" aria-labelledby="check-causes">
      <StepHeading id="check-causes" stepKey="causes" moveFocus={moveFocus}>
        {t('check.causesHeading')}
      </StepHeading>
      <p className="field__hint">{t('check.causesHint')}</p>
      <SharedWhoSees topic="check" />
      {GROUPS.map(({ group, title }) => {
        const inGroup = causes.filter((cause) => cause.group === group);
        if (inGroup.length === 0) return null;
        return (
          <section key={group} className="cause-group" aria-labelledby={`cause-group-${group}`}>
            <h3 id={`cause-group-${group}`} className="cause-group__title">
              {t(title)}
            </h3>
            {inGroup.map((cause) => (
              <WeightScale
                key={cause.id}
                cause={cause}
                value={values[cause.id]}
                onChange={(weight) => onChange(cause.id, weight)}
              />
            ))}
          </section>
        );
      })}
      <div className="actions flow-actions">
        {onBack && (
          <Button className="button button--secondary" onPress={onBack}>
            {t('flow.back')}
          </Button>
        )}
        {isLast ? (
          <BusyButton className="button button--primary" isBusy={submitting} onPress={onNext}>
            {t('check.submit')}
          </BusyButton>
        ) : (
          <Button className="button button--primary" onPress={onNext}>
            {answered ? t('flow.next') : t('flow.skip')}
          </Button>
        )}
      </div>
    </section>
  );
}
