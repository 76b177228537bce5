/** A project's steps: ticking, removing and adding them. */
import { useState } from 'react';
import { Checkbox } from 'react-aria-components';
import type { Project, ProjectStep } from '../../../shared/projects-api';
import { PROJECT_LIMITS } from '../../../shared/projects-limits';
import { BusyButton } from '../../components/busy-button';
import { Field } from '../../components/field';
import { Notice } from '../../components/notice';
import { ValidatedForm } from '../../components/validated-form';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { formText } from '../../lib/form-text';
import { formatDay } from '../../lib/format';
import { useAddStep, useRemoveStep, useUpdateStep } from './projects-api';

/** Who ticked a step and on which day, from my side. */
function tickedLine(step: ProjectStep, partner: string): string | null {
  if (!step.done || !step.doneOn) return null;
  const day = formatDay(step.doneOn);
  if (step.doneBy === 'me') return t('projects.detail.tickedByMe', { day });
  if (step.doneBy === 'partner') return t('projects.detail.tickedByPartner', { partner, day });
  return t('projects.detail.ticked', { day });
}

export function StepRow({
  project,
  step,
  partner,
  changing,
}: {
  project: Project;
  step: ProjectStep;
  partner: string;
  /** Steps can be removed while the person is changing the list. */
  changing: boolean;
}) {
  const update = useUpdateStep(project.id);
  const remove = useRemoveStep(project.id);
  const line = tickedLine(step, partner);
  const lineId = `step-${step.id}-ticked`;
  return (
    <li className="project-step">
      <Checkbox
        className="choice choice--check project-step__check"
        isSelected={step.done}
        aria-describedby={line ? lineId : undefined}
        onChange={(done) => update.mutate({ stepId: step.id, body: { done } })}
      >
        <span className="choice__box" aria-hidden="true">
          <svg viewBox="0 0 16 16" width="16" height="16" focusable="false" aria-hidden="true">
            <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2.4" />
          </svg>
        </span>
        <span className="choice__text">
          <span className="choice__label project-step__text">{step.text}</span>
          {line && (
            <span id={lineId} className="choice__hint">
              {line}
            </span>
          )}
        </span>
      </Checkbox>
      {changing && (
        <BusyButton
          className="button button--quiet button--small project-step__remove"
          isBusy={remove.isPending}
          aria-label={t('projects.detail.removeStepLabel', { step: step.text })}
          onPress={() => remove.mutate(step.id)}
        >
          {t('projects.detail.removeStep')}
        </BusyButton>
      )}
      {(update.isError || remove.isError) && (
        <Notice tone="error">{errorText(update.error ?? remove.error)}</Notice>
      )}
    </li>
  );
}

function validateStep(value: string): string | null {
  if (!value.trim()) return t('common.required');
  return value.length > PROJECT_LIMITS.step ? t('projects.detail.stepTooLong') : null;
}

export function AddStep({ project }: { project: Project }) {
  const add = useAddStep(project.id);
  const [formKey, setFormKey] = useState(0);
  return (
    <ValidatedForm
      key={formKey}
      className="form project-add"
      validators={{ step: validateStep }}
      onValidSubmit={(form) =>
        add.mutate(formText(form, 'step').trim(), {
          onSuccess: () => {
            // A fresh, empty box for the next step, with the cursor in it.
            setFormKey((k) => k + 1);
            announce(t('projects.detail.added'));
          },
        })
      }
    >
      <Field
        name="step"
        label={t('projects.detail.addLabel')}
        maxLength={PROJECT_LIMITS.step}
        autoFocus={formKey > 0}
      />
      {add.isError && <Notice tone="error">{errorText(add.error)}</Notice>}
      <BusyButton type="submit" className="button button--secondary" isBusy={add.isPending}>
        {add.isPending ? t('projects.detail.adding') : t('projects.detail.add')}
      </BusyButton>
    </ValidatedForm>
  );
}
