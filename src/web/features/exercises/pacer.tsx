import { type CSSProperties, useState } from 'react';
import type { PacerMoment } from '../../../core/exercises';
import { t } from '../../i18n';
import { cueText } from './exercise-words';

/**
 * One phase of the circle. A CSS animation as long as the phase grows or
 * shrinks it; a negative delay starts it where the phase already is, so a
 * phone that opens mid-breath joins in step. The delay is read once, when
 * the phase begins: changing it on a running animation would make it jump.
 */
function PacerCircle({ moment }: { moment: PacerMoment }) {
  const [into] = useState(() => moment.progress * moment.phaseSeconds);
  const style = {
    '--phase-seconds': `${moment.phaseSeconds}s`,
    '--phase-into': `${into}s`,
  } as CSSProperties;
  return (
    <div
      className={`pacer__circle pacer__circle--${moment.phase}`}
      style={style}
      aria-hidden="true"
      data-phase={moment.phase}
    />
  );
}

/**
 * The breathing pacer: a circle that grows as you breathe in and shrinks as
 * you breathe out, with a text cue ("Breathe in… 4") beside it. Under
 * reduced motion the circle stays still and the cue does the pacing.
 */
export function Pacer({ moment }: { moment: PacerMoment }) {
  return (
    <div className="pacer">
      <div className="pacer__stage">
        <PacerCircle key={`${moment.breath}-${moment.phase}`} moment={moment} />
      </div>
      {/* A timer is not read out on every change; the step text carries the instructions. */}
      <p className="pacer__cue" role="timer" aria-label={t('exercises.pacer.label')}>
        {cueText(moment.phase, moment.secondsLeft)}
      </p>
    </div>
  );
}
