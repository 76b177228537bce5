/**
 * Sitting together on one device, as pure state transitions: choose a card,
 * the first partner writes (hidden), hands over, the second writes, then both
 * answers show together. Nothing leaves the page unless both tick "keep".
 */
import type { Depth } from '../../../shared/api';
import type { CardQuestion } from '../../../shared/decks-api';
import { LIMITS } from '../../../shared/limits';

export type Writer = 'me' | 'partner';
export type TogetherStep =
  | 'choose'
  | 'write-first'
  | 'hand-over'
  | 'write-second'
  | 'both'
  | 'saved';

export interface TogetherState {
  step: TogetherStep;
  deckId: string;
  depth: Depth | null;
  /** "Another one": how many proposals were passed over. */
  offset: number;
  /** Frozen once writing starts, so the card cannot change under the couple. */
  question: CardQuestion | null;
  firstWriter: Writer;
  answers: Record<Writer, string>;
  keep: Record<Writer, boolean>;
  savedCardId: string | null;
}

export type TogetherAction =
  | { type: 'choose-deck'; deckId: string }
  | { type: 'choose-depth'; depth: Depth | null }
  | { type: 'another' }
  | { type: 'choose-first'; writer: Writer }
  | { type: 'start'; question: CardQuestion }
  | { type: 'write'; text: string }
  | { type: 'done-writing' }
  | { type: 'ready' }
  | { type: 'keep'; who: Writer; keep: boolean }
  | { type: 'saved'; cardId: string }
  | { type: 'next-card' };

export function initialTogether(deckId: string): TogetherState {
  return {
    step: 'choose',
    deckId,
    depth: null,
    offset: 0,
    question: null,
    firstWriter: 'me',
    answers: { me: '', partner: '' },
    keep: { me: false, partner: false },
    savedCardId: null,
  };
}

export function otherOf(writer: Writer): Writer {
  return writer === 'me' ? 'partner' : 'me';
}

/** Who holds the device and writes now; null outside the writing steps. */
export function writerOf(state: TogetherState): Writer | null {
  if (state.step === 'write-first') return state.firstWriter;
  if (state.step === 'write-second') return otherOf(state.firstWriter);
  return null;
}

function isWritten(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= LIMITS.answer;
}

/** Whether the current writer may hand over (or reveal). */
export function canFinishWriting(state: TogetherState): boolean {
  const writer = writerOf(state);
  return writer !== null && isWritten(state.answers[writer]);
}

/** Kept only when both ticked "keep this card", and both wrote something. */
export function canKeep(state: TogetherState): boolean {
  return (
    state.step === 'both' &&
    state.keep.me &&
    state.keep.partner &&
    isWritten(state.answers.me) &&
    isWritten(state.answers.partner)
  );
}

/** A fresh card of the same deck: everything written is dropped. */
function nextCard(state: TogetherState): TogetherState {
  return {
    ...initialTogether(state.deckId),
    depth: state.depth,
    offset: state.offset + 1,
    firstWriter: otherOf(state.firstWriter),
  };
}

export function perform(state: TogetherState, action: TogetherAction): TogetherState {
  switch (action.type) {
    case 'choose-deck':
      return state.step === 'choose' ? { ...state, deckId: action.deckId, offset: 0 } : state;
    case 'choose-depth':
      return state.step === 'choose' ? { ...state, depth: action.depth, offset: 0 } : state;
    case 'another':
      return state.step === 'choose' ? { ...state, offset: state.offset + 1 } : state;
    case 'choose-first':
      return state.step === 'choose' ? { ...state, firstWriter: action.writer } : state;
    case 'start':
      return state.step === 'choose'
        ? { ...state, step: 'write-first', question: action.question }
        : state;
    case 'write': {
      const writer = writerOf(state);
      if (!writer) return state;
      return { ...state, answers: { ...state.answers, [writer]: action.text } };
    }
    case 'done-writing':
      if (!canFinishWriting(state)) return state;
      return { ...state, step: state.step === 'write-first' ? 'hand-over' : 'both' };
    case 'ready':
      return state.step === 'hand-over' ? { ...state, step: 'write-second' } : state;
    case 'keep':
      return state.step === 'both'
        ? { ...state, keep: { ...state.keep, [action.who]: action.keep } }
        : state;
    case 'saved':
      return canKeep(state) ? { ...state, step: 'saved', savedCardId: action.cardId } : state;
    case 'next-card':
      return state.step === 'both' || state.step === 'saved' ? nextCard(state) : state;
  }
}
