import { Button, Checkbox } from 'react-aria-components';
import type { CheckDefinition } from '../../../shared/program-api';
import { KindBadge } from '../../components/kind-badge';
import { Notice } from '../../components/notice';
import { RatingScale, RatingSlider } from '../../components/rating-slider';
import { StepHeading } from '../../components/step-heading';
import { plural, t } from '../../i18n';
import { unanswered } from './check-flow-state';
import type { CheckScreen } from './check-screens';
import type { CheckProgress, Rating } from './check-storage';
import { SharedWhoSees } from './shared-who-sees';

type Item = CheckDefinition['items'][number];
type StatementsScreen = Extract<CheckScreen, { kind: 'statements' }>;

type StatementsStepProps = {
  screen: StatementsScreen;
  items: readonly Item[];
  progress: CheckProgress;
  /** Statements left without two ratings or a skip when Next was pressed. */
  missing: readonly string[];
  moveFocus: boolean;
  onRate: (itemId: string, which: keyof Rating, value: number) => void;
  onSkip: (itemId: string, skipped: boolean) => void;
  onBack?: () => void;
  onNext: () => void;
};

const sliderId = (itemId: string, which: keyof Rating) => `rate-${itemId}-${which}`;
const errorId = (itemId: string) => `rate-${itemId}-missing`;

function SkipBox({ selected, onChange }: { selected: boolean; onChange: (on: boolean) => void }) {
  return (
    <Checkbox
      className="choice choice--check statement__skip"
      isSelected={selected}
      onChange={onChange}
    >
      <span className="choice__box" aria-hidden="true">
        <svg viewBox="0 0 16 16" width="16" height="16" focusable="false" aria-hidden="true">
          <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2.4" />
        </svg>
      </span>
      <span className="choice__label">{t('check.skipOne')}</span>
    </Checkbox>
  );
}

/** One statement: how it is now and how I'd like it, side by side, or skipped on purpose. */
function Statement({
  item,
  rating,
  skipped,
  isMissing,
  onRate,
  onSkip,
}: {
  item: Item;
  rating: Rating | undefined;
  skipped: boolean;
  isMissing: boolean;
  onRate: (which: keyof Rating, value: number) => void;
  onSkip: (skipped: boolean) => void;
}) {
  const error = isMissing ? errorId(item.id) : undefined;
  const scaleId = `rate-${item.id}-scale`;
  const slider = (which: keyof Rating) => (
    <RatingSlider
      id={sliderId(item.id, which)}
      label={t(which === 'now' ? 'check.now' : 'check.wish')}
      value={rating?.[which] ?? null}
      low={t('check.low')}
      high={t('check.high')}
      errorId={isMissing && (rating?.[which] ?? null) === null ? error : undefined}
      scaleId={scaleId}
      onChange={(value) => onRate(which, value)}
    />
  );
  return (
    <fieldset className={isMissing ? 'statement statement--missing' : 'statement'}>
      <legend className="statement__text">{item.text}</legend>
      {isMissing && (
        <p id={error} className="statement__error">
          {t('check.missingOne')}
        </p>
      )}
      {skipped ? (
        <p className="statement__skipped">{t('check.skippedOne')}</p>
      ) : (
        <div className="statement__ratings">
          {slider('now')}
          {slider('wish')}
          <RatingScale id={scaleId} low={t('check.low')} high={t('check.high')} />
        </div>
      )}
      <SkipBox selected={skipped} onChange={onSkip} />
    </fieldset>
  );
}

/**
 * A few statements of one kind, each rated twice. Nothing is chosen for the
 * person: Next goes on once each statement has both ratings or is skipped,
 * and otherwise says what is left and moves focus to the first of it.
 */
export function StatementsStep({
  screen,
  items,
  progress,
  missing,
  moveFocus,
  onRate,
  onSkip,
  onBack,
  onNext,
}: StatementsStepProps) {
  const headingId = `check-${screen.intimacy}-${screen.part}`;
  const next = () => {
    const first = unanswered(screen, progress)[0];
    onNext();
    if (!first) return;
    // Held back: to the first rating still missing, once its error is on screen.
    const which: keyof Rating = progress.items[first]?.now == null ? 'now' : 'wish';
    requestAnimationFrame(() => document.getElementById(sliderId(first, which))?.focus());
  };
  return (
    <section className="card flow-card" aria-labelledby={headingId}>
      <KindBadge kind={screen.intimacy} />
      <StepHeading id={headingId} stepKey={headingId} moveFocus={moveFocus}>
        {t(`check.kindHeading.${screen.intimacy}`)}
      </StepHeading>
      <p className="field__hint">{t('check.statementsHint')}</p>
      <SharedWhoSees topic="check" />
      {screen.itemIds.map((id) => {
        const item = items.find((entry) => entry.id === id);
        if (!item) return null;
        return (
          <Statement
            key={id}
            item={item}
            rating={progress.items[id]}
            skipped={progress.skipped.includes(id)}
            isMissing={missing.includes(id)}
            onRate={(which, value) => onRate(id, which, value)}
            onSkip={(skipped) => onSkip(id, skipped)}
          />
        );
      })}
      {missing.length > 0 && (
        <Notice tone="error">{plural('check.stillMissing', missing.length)}</Notice>
      )}
      <div className="actions flow-actions">
        {onBack && (
          <Button className="button button--secondary" onPress={onBack}>
            {t('flow.back')}
          </Button>
        )}
        <Button className="button button--primary" onPress={next}>
          {t('flow.next')}
        </Button>
      </div>
    </section>
  );
}
