import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import type { SignalSuggestion } from '../../../shared/signals-api';
import { BusyButton } from '../../components/busy-button';
import { Notice } from '../../components/notice';
import { WhoSees } from '../../components/who-sees';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { useDismiss, useSnooze } from './signals-api';

type Done = 'dismissed' | 'snoozed' | null;

type SuggestionCardProps = {
  suggestion: SignalSuggestion | null;
  /** "Show me how to find someone": moves to the finding section, for this kind of help. */
  onFind: (suggestion: SignalSuggestion) => void;
  /** Move focus to the card when it appears (after "we have tried"). */
  focus?: boolean;
};

/**
 * My suggestion of help, in gentle words: why (from my own answers), one
 * option, and three ways to answer. Never a verdict; "Not now" is as easy as
 * yes. After "Not now" or "Later", a calm line says what happens next.
 */
export function SuggestionCard({ suggestion, onFind, focus = false }: SuggestionCardProps) {
  const dismiss = useDismiss();
  const snooze = useSnooze();
  const [done, setDone] = useState<Done>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const id = suggestion?.id;
  useEffect(() => {
    if (!focus || !id) return;
    headingRef.current?.scrollIntoView({ block: 'center' });
    headingRef.current?.focus({ preventScroll: true });
  }, [focus, id]);
  if (!suggestion) {
    if (!done) return null;
    return <Notice tone="success">{t(`signals.card.${done}`)}</Notice>;
  }
  const { kind, reason } = suggestion;
  const failed = dismiss.error ?? snooze.error;
  return (
    <section className="card signal-card" aria-labelledby="signal-card-title">
      <p className="eyebrow">{t('signals.card.eyebrow')}</p>
      <h2 id="signal-card-title" ref={headingRef} tabIndex={-1} className="card__title">
        {t(`signals.card.reasons.${reason}.title`)}
      </h2>
      <p>{t(`signals.card.reasons.${reason}.body`)}</p>
      <p className="signal-card__option">{t(`signals.card.kinds.${kind}`)}</p>
      {kind === 'skills' && (
        <Link to="/listening" className="signal-card__link">
          {t('signals.card.skillsLink')}
        </Link>
      )}
      {(reason === 'low-mood' || kind === 'doctor') && (
        <Link to="/for-you/support" className="signal-card__link">
          {t('signals.card.crisisLink')}
        </Link>
      )}
      <p className="field__hint">{t('signals.card.optionNote')}</p>
      <WhoSees visibility="private" partnerName={null} />
      {failed && <Notice tone="error">{errorText(failed)}</Notice>}
      <div className="actions signal-card__actions">
        <Button className="button button--primary" onPress={() => onFind(suggestion)}>
          {t('signals.card.find')}
        </Button>
        <BusyButton
          className="button button--secondary"
          isBusy={dismiss.isPending}
          onPress={() => dismiss.mutate(suggestion.id, { onSuccess: () => setDone('dismissed') })}
        >
          {t('signals.card.notNow')}
        </BusyButton>
        <BusyButton
          className="button button--quiet"
          isBusy={snooze.isPending}
          onPress={() => snooze.mutate(suggestion.id, { onSuccess: () => setDone('snoozed') })}
        >
          {t('signals.card.later')}
        </BusyButton>
      </div>
    </section>
  );
}
