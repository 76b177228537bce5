import { Button } from 'react-aria-components';
import { Link, useNavigate } from 'react-router';
import type { PrivateScreenView } from '../../../shared/program-api';
import { BusyButton } from '../../components/busy-button';
import { Notice } from '../../components/notice';
import { StepHeading } from '../../components/step-heading';
import { readDeviceMode } from '../../data/device-mode';
import { errorText } from '../../data/error-text';
import { plural, t } from '../../i18n';
import { useForget } from './for-you-api';

/** What is remembered now, and a way to forget it. */
function Remembered({ view }: { view: PrivateScreenView }) {
  const forget = useForget();
  const onDevice = readDeviceMode() !== null;
  if (view.kept === 'nowhere' && !onDevice && !forget.isSuccess) return null;
  const where = onDevice
    ? t('forYou.keptDevice')
    : view.kept === 'account'
      ? t('forYou.keptAccount')
      : t('forYou.keptSession');
  return (
    <section className="card" aria-labelledby="screen-kept">
      <h2 id="screen-kept" className="card__title">
        {t('forYou.keptHeading')}
      </h2>
      <p>{where}</p>
      {forget.isSuccess ? (
        <Notice tone="success">{t('forYou.forgotten')}</Notice>
      ) : (
        <BusyButton
          className="button button--secondary"
          isBusy={forget.isPending}
          onPress={() => forget.mutate()}
        >
          {t('forYou.forget')}
        </BusyButton>
      )}
      {forget.isError && <Notice tone="error">{errorText(forget.error)}</Notice>}
    </section>
  );
}

type IntroProps = { view: PrivateScreenView; moveFocus: boolean; onStart: () => void };

/** First screen: answer alone, on your own device; "Not now" is always fine. */
export function ForYouIntro({ view, moveFocus, onStart }: IntroProps) {
  const navigate = useNavigate();
  return (
    <>
      <section className="card flow-card" aria-labelledby="screen-intro">
        <StepHeading id="screen-intro" stepKey="intro" moveFocus={moveFocus}>
          {t('forYou.introHeading')}
        </StepHeading>
        <p className="flow-card__lead">{view.intro}</p>
        <p className="field__hint">{plural('forYou.questionsCount', view.questions.length)}</p>
        <div className="actions flow-actions">
          <Button className="button button--primary" onPress={onStart}>
            {view.due ? t('forYou.start') : t('forYou.again')}
          </Button>
          <Button className="button button--secondary" onPress={() => navigate('/')}>
            {t('forYou.notNow')}
          </Button>
        </div>
      </section>
      {view.route !== 'together' && (
        <p>
          <Link to="/for-you/support">{t('forYou.supportLink')}</Link>
        </p>
      )}
      <Remembered view={view} />
    </>
  );
}
