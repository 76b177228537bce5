import { Button } from 'react-aria-components';
import type { CheckDefinition } from '../../../shared/program-api';
import { type Choice, ChoiceGroup } from '../../components/choice-group';
import { StepHeading } from '../../components/step-heading';
import { WhoSees } from '../../components/who-sees';
import { type MessageKey, t } from '../../i18n';

type Cause = CheckDefinition['causes'][number];
type Weight = '0' | '1' | '2' | '3';

const GROUPS: readonly { group: Cause['group']; title: MessageKey }[] = [
  { group: 'busy-lives', title: 'check.groups.busy-lives' },
  { group: 'communication', title: 'check.groups.communication' },
  { group: 'routine', title: 'check.groups.routine' },
];

function weights(): Choice<Weight>[] {
  return [
    { value: '0', label: t('check.weight0') },
    { value: '1', label: t('check.weight1') },
    { value: '2', label: t('check.weight2') },
    { value: '3', label: t('check.weight3') },
  ];
}

function toWeight(value: number | undefined): Weight | null {
  return value === 0 || value === 1 || value === 2 || value === 3 ? `${value}` : null;
}

type CausesStepProps = {
  causes: readonly Cause[];
  values: Record<string, number>;
  moveFocus: boolean;
  onChange: (id: string, weight: number) => void;
  onBack: () => void;
  onNext: () => void;
};

/** What weighs on me, grouped (busy lives, talking and listening, routine); all optional. */
export function CausesStep({
  causes,
  values,
  moveFocus,
  onChange,
  onBack,
  onNext,
}: CausesStepProps) {
  const options = weights();
  return (
    <section className="card flow-card" aria-labelledby="check-causes">
      <StepHeading id="check-causes" stepKey="causes" moveFocus={moveFocus}>
        {t('check.causesHeading')}
      </StepHeading>
      <p className="field__hint">{t('check.causesHint')}</p>
      <WhoSees visibility="private" partnerName={null} />
      {GROUPS.map(({ group, title }) => (
        <section key={group} className="cause-group" aria-labelledby={`cause-group-${group}`}>
          <h3 id={`cause-group-${group}`} className="cause-group__title">
            {t(title)}
          </h3>
          {causes
            .filter((cause) => cause.group === group)
            .map((cause) => (
              <div key={cause.id} className="cause">
                <p id={`cause-${cause.id}`} className="cause__label">
                  {cause.label}
                </p>
                <ChoiceGroup
                  labelledBy={`cause-${cause.id}`}
                  layout="row"
                  options={options}
                  value={toWeight(values[cause.id])}
                  onChange={(weight) => onChange(cause.id, Number(weight))}
                />
              </div>
            ))}
        </section>
      ))}
      <div className="actions flow-actions">
        <Button className="button button--secondary" onPress={onBack}>
          {t('flow.back')}
        </Button>
        <Button className="button button--primary" onPress={onNext}>
          {t('flow.next')}
        </Button>
      </div>
    </section>
  );
}
