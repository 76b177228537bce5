import { useId, useState } from 'react';
import { Checkbox } from 'react-aria-components';
import { LISTENING_LIMITS } from '../../../core/listening';
import type { ListeningSession } from '../../../shared/listening-api';
import { BusyButton } from '../../components/busy-button';
import { ChoiceGroup } from '../../components/choice-group';
import { Notice } from '../../components/notice';
import { RatingScale } from '../../components/rating-slider';
import { WhoSees } from '../../components/who-sees';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { useRateListening } from './listening-api';

const VALUES = Array.from(
  { length: LISTENING_LIMITS.ratingMax - LISTENING_LIMITS.ratingMin + 1 },
  (_, i) => String(LISTENING_LIMITS.ratingMin + i),
);

function ShareBox({
  selected,
  onChange,
  partnerName,
  hintId,
}: {
  selected: boolean;
  onChange: (on: boolean) => void;
  partnerName: string;
  hintId: string;
}) {
  return (
    <Checkbox
      className="choice choice--check"
      isSelected={selected}
      onChange={onChange}
      aria-describedby={hintId}
    >
      <span className="choice__box" aria-hidden="true">
        <svg viewBox="0 0 16 16" width="16" height="16" focusable="false" aria-hidden="true">
          <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2.4" />
        </svg>
      </span>
      <span className="choice__label">{t('listening.rating.share', { partner: partnerName })}</span>
    </Checkbox>
  );
}

/** "How heard did you feel?" for my own turn, private unless I tick "share". */
function RatingForm({ session }: { session: ListeningSession }) {
  const rate = useRateListening(session.id);
  const headingId = useId();
  const scaleId = useId();
  const hintId = useId();
  const [value, setValue] = useState<string | null>(null);
  const [share, setShare] = useState(false);
  const [tried, setTried] = useState(false);
  const onSave = () => {
    if (value === null) {
      setTried(true);
      return;
    }
    rate.mutate({ rating: Number(value), share });
  };
  return (
    <>
      <h2 id={headingId} className="card__title">
        {t('listening.rating.heading')}
      </h2>
      <ChoiceGroup
        labelledBy={headingId}
        describedBy={scaleId}
        layout="row"
        options={VALUES.map((v) => ({ value: v, label: v }))}
        value={value}
        onChange={(next) => {
          setValue(next);
          setTried(false);
        }}
      />
      <RatingScale
        id={scaleId}
        min={LISTENING_LIMITS.ratingMin}
        max={LISTENING_LIMITS.ratingMax}
        low={t('listening.rating.low')}
        high={t('listening.rating.high')}
      />
      <ShareBox
        selected={share}
        onChange={setShare}
        partnerName={session.partnerName}
        hintId={hintId}
      />
      <p id={hintId} className="field__hint">
        {t('listening.rating.shareHint', { partner: session.partnerName })}
      </p>
      <WhoSees visibility={share ? 'shared' : 'private'} partnerName={session.partnerName} />
      {tried && <Notice tone="error">{t('listening.rating.missing')}</Notice>}
      {rate.isError && (
        <Notice tone="error">
          {errorText(rate.error, { answer_locked: 'listening.rating.locked' })}
        </Notice>
      )}
      <BusyButton className="button button--primary" isBusy={rate.isPending} onPress={onSave}>
        {t('listening.rating.save')}
      </BusyButton>
    </>
  );
}

/** My rating as I gave it, who sees it, and the choice to share it or not. */
function MyRating({
  session,
  mine,
}: {
  session: ListeningSession;
  mine: { rating: number; shared: boolean };
}) {
  const rate = useRateListening(session.id);
  const toggle = () => rate.mutate({ rating: mine.rating, share: !mine.shared });
  return (
    <>
      <h2 className="card__title">{t('listening.rating.heading')}</h2>
      <p className="listening-rating__mine">
        {t('listening.rating.yours', { rating: mine.rating })}
      </p>
      <WhoSees visibility={mine.shared ? 'shared' : 'private'} partnerName={session.partnerName} />
      {rate.isError && <Notice tone="error">{errorText(rate.error)}</Notice>}
      <BusyButton className="button button--secondary" isBusy={rate.isPending} onPress={toggle}>
        {mine.shared
          ? t('listening.rating.stopSharing')
          : t('listening.rating.startSharing', { partner: session.partnerName })}
      </BusyButton>
    </>
  );
}

/** After the session: my own rating (to give, or as given) and my partner's, if they shared it. */
export function RatingCard({ session }: { session: ListeningSession }) {
  const { myTurn, mine, partnerShared } = session.rating;
  if (myTurn === null && partnerShared === null) return null;
  return (
    <section className="card flow-card listening-rating" aria-label={t('listening.rating.heading')}>
      {myTurn !== null &&
        (mine === null ? (
          <RatingForm session={session} />
        ) : (
          <MyRating session={session} mine={mine} />
        ))}
      {partnerShared && (
        <p className="listening-rating__partner">
          {t('listening.rating.partnerShared', {
            partner: session.partnerName,
            rating: partnerShared.rating,
          })}
        </p>
      )}
    </section>
  );
}
