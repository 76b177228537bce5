/** "Choose the depth you want today", then draw: the card opens at once. */
import { useId, useState } from 'react';
import { Radio, RadioGroup } from 'react-aria-components';
import { Link, useNavigate } from 'react-router';
import type { Depth } from '../../../shared/api';
import type { DeckSummary } from '../../../shared/decks-api';
import { BusyButton } from '../../components/busy-button';
import { Notice } from '../../components/notice';
import { errorText } from '../../data/error-text';
import { type MessageKey, plural, t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { useDrawCard } from './decks-api';

type DepthOption = Depth | 'any';
const OPTIONS: readonly { value: DepthOption; label: MessageKey }[] = [
  { value: 'any', label: 'decks.draw.any' },
  { value: 'light', label: 'depth.light' },
  { value: 'deeper', label: 'depth.deeper' },
  { value: 'deepest', label: 'depth.deepest' },
];

function isOption(value: string): value is DepthOption {
  return OPTIONS.some((option) => option.value === value);
}

type DrawPanelProps = {
  deck: DeckSummary;
  openCount: number;
  openLimit: number;
};

export function DrawPanel({ deck, openCount, openLimit }: DrawPanelProps) {
  const [depth, setDepth] = useState<DepthOption>('any');
  const draw = useDrawCard(deck.id);
  const navigate = useNavigate();
  const headingId = useId();
  const full = openCount >= openLimit;
  const empty = deck.questionCount === 0;
  const left = deck.undrawn[depth];
  return (
    <section className="card draw-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__title">
        {t('decks.draw.title')}
      </h2>
      {!deck.own && (
        <p id={`${headingId}-depth`} className="field__label draw-panel__label">
          {t('decks.draw.depthLabel')}
        </p>
      )}
      {!deck.own && (
        <RadioGroup
          className="deck-depths"
          aria-labelledby={`${headingId}-depth`}
          aria-describedby={`${headingId}-left`}
          orientation="horizontal"
          value={depth}
          onChange={(value) => {
            if (isOption(value)) setDepth(value);
          }}
        >
          {OPTIONS.map((option) => (
            <Radio key={option.value} value={option.value} className="deck-depths__option">
              {t(option.label)}
            </Radio>
          ))}
        </RadioGroup>
      )}
      {!empty && (
        <p id={`${headingId}-left`} className="status-line draw-panel__left">
          {left > 0 ? plural('decks.draw.left', left) : t('decks.draw.newRound')}
        </p>
      )}
      {full ? (
        <Notice
          action={
            <Link to="/decks" className="button button--secondary">
              {t('decks.draw.seeOpen')}
            </Link>
          }
        >
          {plural('decks.draw.full', openLimit)}
        </Notice>
      ) : empty ? (
        <p className="status-line">{t('decks.own.emptyDraw')}</p>
      ) : (
        <BusyButton
          className="button button--primary"
          isBusy={draw.isPending}
          onPress={() =>
            draw.mutate(depth === 'any' ? null : depth, {
              onSuccess: (card) => {
                announce(t('decks.draw.drawn'));
                navigate(`/decks/cards/${encodeURIComponent(card.id)}`);
              },
            })
          }
        >
          {draw.isPending ? t('decks.draw.drawing') : t('decks.draw.action')}
        </BusyButton>
      )}
      {draw.isError && (
        <Notice tone="error">
          {errorText(draw.error, {
            limit_reached: 'decks.draw.fullError',
            not_found: 'decks.draw.nothing',
          })}
        </Notice>
      )}
    </section>
  );
}
