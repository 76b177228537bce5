import { Button } from 'react-aria-components';
import type { CheckDefinition } from '../../../shared/program-api';
import { KindBadge } from '../../components/kind-badge';
import { RatingSlider } from '../../components/rating-slider';
import { StepHeading } from '../../components/step-heading';
import { WhoSees } from '../../components/who-sees';
import { t } from '../../i18n';
import type { Rating } from './check-storage';

type ItemStepProps = {
  item: CheckDefinition['items'][number];
  rating: Rating;
  moveFocus: boolean;
  onChange: (rating: Rating) => void;
  onBack?: () => void;
  onSkip: () => void;
  onNext: () => void;
};

/** One statement, rated twice: how it is now, and how I'd like it. */
export function ItemStep({
  item,
  rating,
  moveFocus,
  onChange,
  onBack,
  onSkip,
  onNext,
}: ItemStepProps) {
  const headingId = `check-item-${item.id}`;
  return (
    <section className="card flow-card" aria-labelledby={headingId}>
      <KindBadge kind={item.kind} />
      <StepHeading id={headingId} stepKey={item.id} moveFocus={moveFocus}>
        {item.text}
      </StepHeading>
      <WhoSees visibility="private" partnerName={null} />
      <RatingSlider
        label={t('check.now')}
        value={rating.now}
        low={t('check.low')}
        high={t('check.high')}
        onChange={(now) => onChange({ ...rating, now })}
      />
      <RatingSlider
        label={t('check.wish')}
        value={rating.wish}
        low={t('check.low')}
        high={t('check.high')}
        onChange={(wish) => onChange({ ...rating, wish })}
      />
      <div className="actions flow-actions">
        {onBack && (
          <Button className="button button--secondary" onPress={onBack}>
            {t('flow.back')}
          </Button>
        )}
        <Button className="button button--quiet" onPress={onSkip}>
          {t('flow.skip')}
        </Button>
        <Button className="button button--primary" onPress={onNext}>
          {t('flow.next')}
        </Button>
      </div>
    </section>
  );
}
