import { Button } from 'react-aria-components';
import { Link, useNavigate } from 'react-router';
import { StepHeading } from '../../components/step-heading';
import { plural, t } from '../../i18n';
import { useForYou } from '../for-you/for-you-api';
import { SharedWhoSees } from './shared-who-sees';

type CheckIntroProps = {
  /** How many statements, screens after this one, and minutes (check-screens.ts). */
  statements: number;
  steps: number;
  minutes: number;
  moveFocus: boolean;
  onStart: () => void;
};

/** What the check is, how long it takes, and who sees it, before the first question. */
export function CheckIntro({ statements, steps, minutes, moveFocus, onStart }: CheckIntroProps) {
  const navigate = useNavigate();
  // Every few weeks the private questions come back, offered here before the check.
  const screen = useForYou();
  return (
    <section className="card flow-card" aria-labelledby="check-intro">
      <StepHeading id="check-intro" stepKey="intro" moveFocus={moveFocus}>
        {t('check.introHeading')}
      </StepHeading>
      <p>{plural('check.introBody', statements)}</p>
      <p className="check-length">
        {t('check.introLength', {
          steps: plural('check.steps', steps),
          minutes: plural('check.minutes', minutes),
        })}
      </p>
      <p>{t('check.introPause')}</p>
      <SharedWhoSees topic="check" />
      {screen.data?.due && (
        <aside className="flow-aside" aria-labelledby="check-screen-due">
          <h3 id="check-screen-due">{t('check.screenDueHeading')}</h3>
          <p>{t('check.screenDueBody')}</p>
          <Link className="button button--secondary" to="/for-you">
            {t('check.screenDueAction')}
          </Link>
        </aside>
      )}
      <div className="actions flow-actions">
        <Button className="button button--secondary" onPress={() => navigate('/')}>
          {t('check.notNow')}
        </Button>
        <Button className="button button--primary" onPress={onStart}>
          {t('check.start')}
        </Button>
      </div>
    </section>
  );
}
