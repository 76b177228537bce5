import { Button, Checkbox, CheckboxGroup } from 'react-aria-components';
import type { CheckDefinition } from '../../../shared/program-api';
import { BusyButton } from '../../components/busy-button';
import { StepHeading } from '../../components/step-heading';
import { t } from '../../i18n';
import { SharedWhoSees } from './shared-who-sees';

type SignsStepProps = {
  signs: CheckDefinition['signs'];
  values: readonly string[];
  moveFocus: boolean;
  submitting: boolean;
  onChange: (signs: string[]) => void;
  onBack?: () => void;
  onSubmit: () => void;
};

/** The signs I notice (any, or none), then the results. */
export function SignsStep(props: SignsStepProps) {
  const { signs, values, moveFocus, submitting } = props;
  return (
    <section className="card flow-card" aria-labelledby="check-signs">
      <StepHeading id="check-signs" stepKey="signs" moveFocus={moveFocus}>
        {t('check.signsHeading')}
      </StepHeading>
      <SharedWhoSees topic="check" />
      <CheckboxGroup
        className="choice-group"
        aria-labelledby="check-signs"
        value={[...values]}
        onChange={props.onChange}
      >
        {signs.map((sign) => (
          <Checkbox key={sign.id} value={sign.id} className="choice choice--check">
            <span className="choice__box" aria-hidden="true">
              <svg viewBox="0 0 16 16" width="16" height="16" focusable="false" aria-hidden="true">
                <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2.4" />
              </svg>
            </span>
            <span className="choice__label">{sign.label}</span>
          </Checkbox>
        ))}
      </CheckboxGroup>
      <p className="field__hint">{t('check.signsHint')}</p>
      <div className="actions flow-actions">
        {props.onBack && (
          <Button className="button button--secondary" onPress={props.onBack}>
            {t('flow.back')}
          </Button>
        )}
        <BusyButton className="button button--primary" isBusy={submitting} onPress={props.onSubmit}>
          {t('check.submit')}
        </BusyButton>
      </div>
    </section>
  );
}
