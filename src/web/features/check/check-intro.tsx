import { Button } from 'react-aria-components';
import { Link, useNavigate } from 'react-router';
import { StepHeading } from '../../components/step-heading';
import { WhoSees } from '../../components/who-sees';
import { t } from '../../i18n';
import { useForYou } from '../for-you/for-you-api';

type CheckIntroProps = { count: number; moveFocus: boolean; onStart: () => void };

/** What the check is, how long it takes, and who sees it, before the first question. */
export function CheckIntro({ count, moveFocus, onStart }: CheckIntroProps) {
  const navigate = useNavigate();
  // Every few weeks the private questions come back, offered here before the check.
  const screen = useForYou();
  return (
    <section className="card flow-card" aria-labelledby="check-intro">
      <StepHeading id="check-intro" stepKey="intro" moveFocus={moveFocus}>
        {t('check.introHeading')}
      </StepHeading>
      <p>{t('check.introBody', { count })}</p>
      <p>{t('check.introPause')}</p>
      <WhoSees visibility="private" partnerName={null} />
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
