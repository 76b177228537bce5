import '../../styles/card-aside.css';
import './reveal-actions.css';
/**
 * After a reveal: one warm reaction each (changeable, removable) and a
 * "let's talk about this in person" mark, both seen by the partner. Used on
 * a deck card and under the daily question's revealed answers.
 */
import { useId } from 'react';
import { Group, ToggleButton } from 'react-aria-components';
import { Link } from 'react-router';
import { REACTIONS } from '../../../core/reactions';
import type { Card, Reaction, ReactionState } from '../../../shared/decks-api';
import { BusyButton } from '../../components/busy-button';
import { Notice } from '../../components/notice';
import { ToggleTick } from '../../components/toggle-tick';
import { errorText } from '../../data/error-text';
import { type MessageKey, t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { type ReactionChange, useCardReaction, useDayReaction, useDayReactions } from './decks-api';
import { REACTION_ICONS } from './reaction-icons';

export const REACTION_WORDS: Record<Reaction, MessageKey> = {
  heart: 'decks.reactions.heart',
  hug: 'decks.reactions.hug',
  smile: 'decks.reactions.smile',
  'me-too': 'decks.reactions.meToo',
  'thank-you': 'decks.reactions.thankYou',
  'new-to-me': 'decks.reactions.newToMe',
};

/** What is shown while a change is on its way: the change, at once. */
function withPending(state: ReactionState, pending: ReactionChange | undefined): ReactionState {
  if (!pending) return state;
  switch (pending.kind) {
    case 'reaction':
      return { ...state, mine: pending.reaction };
    case 'talk':
      return { ...state, talk: { ...state.talk, mine: pending.talk } };
    case 'talked':
      return { ...state, talk: { mine: false, partner: false } };
  }
}

function talkStatus(talk: ReactionState['talk'], partner: string): string | null {
  if (talk.mine && talk.partner) return t('decks.talk.both');
  if (talk.partner) return t('decks.talk.partnerWants', { partner });
  if (talk.mine) return t('decks.talk.youWant', { partner });
  return null;
}

function announcementOf(change: ReactionChange, partner: string): string {
  switch (change.kind) {
    case 'reaction':
      return change.reaction
        ? t('decks.reveal.reacted', { reaction: t(REACTION_WORDS[change.reaction]), partner })
        : t('decks.reveal.unreacted');
    case 'talk':
      return change.talk ? t('decks.talk.marked', { partner }) : t('decks.talk.unmarked');
    case 'talked':
      return t('decks.talk.cleared');
  }
}

type RevealActionsProps = {
  state: ReactionState;
  partnerName: string;
  onChange: (change: ReactionChange, done: () => void) => void;
  pending: ReactionChange | undefined;
  error: unknown;
};

export function RevealActions({
  state,
  partnerName,
  onChange,
  pending,
  error,
}: RevealActionsProps) {
  const headingId = useId();
  const hintId = useId();
  const shown = withPending(state, pending);
  const change = (next: ReactionChange) =>
    onChange(next, () => announce(announcementOf(next, partnerName)));
  const status = talkStatus(shown.talk, partnerName);
  return (
    <section className="card-aside reveal-actions" aria-labelledby={headingId}>
      <h3 id={headingId} className="reveal-actions__heading">
        {t('decks.reveal.heading')}
      </h3>
      <p id={hintId} className="reveal-actions__hint">
        {t('decks.reveal.hint', { partner: partnerName })}
      </p>
      {/* One reaction at most: pressing another replaces it, pressing mine again takes it back. */}
      <Group className="reactions" aria-labelledby={headingId} aria-describedby={hintId}>
        {REACTIONS.map((reaction) => {
          const ReactionIcon = REACTION_ICONS[reaction];
          return (
            <ToggleButton
              key={reaction}
              className="reaction"
              isSelected={shown.mine === reaction}
              onChange={(on) => change({ kind: 'reaction', reaction: on ? reaction : null })}
            >
              <ReactionIcon />
              <span>{t(REACTION_WORDS[reaction])}</span>
            </ToggleButton>
          );
        })}
      </Group>
      <p className="status-line reveal-actions__partner">
        {shown.partner
          ? t('decks.reveal.partnerReacted', {
              partner: partnerName,
              reaction: t(REACTION_WORDS[shown.partner]),
            })
          : t('decks.reveal.partnerNoReaction', { partner: partnerName })}
      </p>
      <div className="talk-mark">
        <ToggleButton
          className="talk-mark__toggle"
          isSelected={shown.talk.mine}
          onChange={(talk) => change({ kind: 'talk', talk })}
        >
          <ToggleTick className="talk-mark__box" />
          {t('decks.talk.toggle')}
        </ToggleButton>
        {status && <p className="status-line talk-mark__status">{status}</p>}
        {(shown.talk.mine || shown.talk.partner) && (
          <BusyButton
            className="button button--quiet"
            isBusy={pending?.kind === 'talked'}
            onPress={() => change({ kind: 'talked' })}
          >
            {t('decks.talk.talked')}
          </BusyButton>
        )}
      </div>
      {error !== null && error !== undefined && <Notice tone="error">{errorText(error)}</Notice>}
    </section>
  );
}

/** Reactions on a revealed deck card. */
export function CardRevealActions({ card }: { card: Card }) {
  const react = useCardReaction(card.id);
  if (!card.reactions) return null;
  return (
    <RevealActions
      state={card.reactions}
      partnerName={card.partnerName ?? t('nav.partner')}
      pending={react.isPending ? react.variables : undefined}
      error={react.error}
      onChange={(change, done) => react.mutate(change, { onSuccess: done })}
    />
  );
}

/**
 * Under the daily question's revealed answers: reactions and "let's talk",
 * and the way on to a deck, so a reveal is never a dead end.
 */
export function DayRevealActions({ day, partnerName }: { day: string; partnerName: string }) {
  const reactions = useDayReactions(day);
  const react = useDayReaction(day);
  return (
    <>
      {reactions.data && (
        <RevealActions
          state={reactions.data}
          partnerName={partnerName}
          pending={react.isPending ? react.variables : undefined}
          error={react.error}
          onChange={(change, done) => react.mutate(change, { onSuccess: done })}
        />
      )}
      <p className="reveal-actions__next">
        <Link to="/decks" className="button button--secondary">
          {t('decks.reveal.drawFromDeck')}
        </Link>
      </p>
    </>
  );
}
