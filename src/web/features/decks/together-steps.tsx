/** The steps of sitting together: choose a card, write in turn, hand over, read both and maybe keep. */
import { useEffect, useId, useRef } from 'react';
import {
  Button,
  Checkbox,
  Label,
  Radio,
  RadioGroup,
  TextArea,
  TextField,
} from 'react-aria-components';
import { Link } from 'react-router';
import { OWN_DECK_ID } from '../../../core/decks';
import { DEPTHS } from '../../../core/question-moment';
import type { Depth } from '../../../shared/api';
import { LIMITS } from '../../../shared/limits';
import { BusyButton } from '../../components/busy-button';
import { SelectField } from '../../components/field';
import { Notice } from '../../components/notice';
import { Skeleton } from '../../components/skeleton';
import { ToggleTick } from '../../components/toggle-tick';
import { errorText } from '../../data/error-text';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { CardQuestionMeta } from './card-view';
import { ownDeckWords } from './deck-words';
import { useDecks, useKeepTogether, useNextQuestion } from './decks-api';
import {
  canFinishWriting,
  canKeep,
  otherOf,
  type TogetherAction,
  type TogetherState,
  type Writer,
  writerOf,
} from './together-flow';

function isDepth(value: string): value is Depth {
  return (DEPTHS as readonly string[]).includes(value);
}

export type Names = Record<Writer, string>;
export type Dispatch = (action: TogetherAction) => void;

/** What every step is given: where the flow stands, how to move it on, and our names. */
type StepProps = { state: TogetherState; dispatch: Dispatch; names: Names };

/** Moves focus to a step's heading when the step changes, so a screen reader hears where it is. */
function StepHeading({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h2 ref={ref} tabIndex={-1} className="card__title together__step-heading">
      {children}
    </h2>
  );
}

export function Choose({ state, dispatch, names }: StepProps) {
  const me = useCurrentMe();
  const decks = useDecks();
  const next = useNextQuestion(state.deckId, state.depth, state.offset);
  const firstId = useId();
  const available = decks.data?.decks.filter((d) => d.questionCount > 0) ?? [];
  return (
    <section className="card together" aria-labelledby="together-choose">
      <h2 id="together-choose" className="card__title">
        {t('decks.together.chooseTitle')}
      </h2>
      <SelectField
        label={t('decks.together.deck')}
        value={state.deckId}
        onChange={(deckId) => dispatch({ type: 'choose-deck', deckId })}
      >
        {available.map((deck) => (
          <option key={deck.id} value={deck.id}>
            {deck.own ? ownDeckWords(me.couple !== null).title : deck.title}
          </option>
        ))}
      </SelectField>
      {state.deckId !== OWN_DECK_ID && (
        <SelectField
          label={t('decks.draw.depthLabel')}
          value={state.depth ?? 'any'}
          onChange={(value) =>
            dispatch({ type: 'choose-depth', depth: isDepth(value) ? value : null })
          }
        >
          <option value="any">{t('decks.draw.any')}</option>
          {DEPTHS.map((depth) => (
            <option key={depth} value={depth}>
              {t(`depth.${depth}`)}
            </option>
          ))}
        </SelectField>
      )}
      <div className="together__question" aria-live="polite">
        {next.isPending ? (
          <Skeleton lines={1} card={false} />
        ) : next.isError ? (
          <Notice tone="error">{errorText(next.error, { not_found: 'decks.draw.nothing' })}</Notice>
        ) : (
          <>
            <p className="eyebrow together__text">{t('decks.together.questionLabel')}</p>
            <p className="question-card__text together__text">{next.data.question.text}</p>
            <CardQuestionMeta question={next.data.question} partner={names.partner} />
          </>
        )}
      </div>
      <Button className="button button--quiet" onPress={() => dispatch({ type: 'another' })}>
        {t('decks.together.another')}
      </Button>
      <p id={firstId} className="field__label">
        {t('decks.together.whoFirst')}
      </p>
      <RadioGroup
        className="together__who"
        aria-labelledby={firstId}
        value={state.firstWriter}
        onChange={(value) =>
          dispatch({ type: 'choose-first', writer: value === 'partner' ? 'partner' : 'me' })
        }
      >
        {(['me', 'partner'] as const).map((writer) => (
          <Radio key={writer} value={writer} className="together-choice">
            {names[writer]}
          </Radio>
        ))}
      </RadioGroup>
      <Button
        className="button button--primary"
        isDisabled={!next.data}
        onPress={() => {
          if (next.data) dispatch({ type: 'start', question: next.data.question });
        }}
      >
        {t('decks.together.begin', { name: names[state.firstWriter] })}
      </Button>
    </section>
  );
}

export function Write({ state, dispatch, names }: StepProps) {
  const writer = writerOf(state) ?? 'me';
  const other = otherOf(writer);
  const first = state.step === 'write-first';
  return (
    <section className="card together">
      <p className="eyebrow">{t(first ? 'decks.together.stepOne' : 'decks.together.stepTwo')}</p>
      <StepHeading key={state.step}>
        {t('decks.together.yourTurn', { name: names[writer] })}
      </StepHeading>
      <p className="question-card__text">{state.question?.text}</p>
      <TextField
        className="field"
        value={state.answers[writer]}
        onChange={(text) => dispatch({ type: 'write', text })}
        maxLength={LIMITS.answer}
      >
        <Label className="field__label">
          {t('decks.together.answerLabel', { name: names[writer] })}
        </Label>
        <p className="field__hint" slot="description">
          {t('decks.together.hidden', { other: names[other] })}
        </p>
        <TextArea className="field__input field__textarea" rows={6} />
      </TextField>
      <div className="actions">
        <Button
          className="button button--primary"
          isDisabled={!canFinishWriting(state)}
          onPress={() => dispatch({ type: 'done-writing' })}
        >
          {first
            ? t('decks.together.handOver', { other: names[other] })
            : t('decks.together.showBoth')}
        </Button>
        <Button className="button button--quiet" onPress={() => dispatch({ type: 'next-card' })}>
          {t('decks.together.stop')}
        </Button>
      </div>
    </section>
  );
}

export function HandOver({ state, dispatch, names }: StepProps) {
  const next = otherOf(state.firstWriter);
  return (
    <section className="card together together--hand-over">
      <p className="eyebrow">{t('decks.together.stepHandOver')}</p>
      <StepHeading>{t('decks.together.passTo', { name: names[next] })}</StepHeading>
      <p className="together__pass">
        {t('decks.together.passBody', { name: names[state.firstWriter] })}
      </p>
      <Button className="button button--primary" onPress={() => dispatch({ type: 'ready' })}>
        {t('decks.together.ready', { name: names[next] })}
      </Button>
    </section>
  );
}

export function Both({ state, dispatch, names }: StepProps) {
  const keep = useKeepTogether();
  const hintId = useId();
  return (
    <section className="card together">
      <p className="eyebrow">{t('decks.together.stepThree')}</p>
      <StepHeading>{t('decks.together.bothTitle')}</StepHeading>
      <p className="question-card__text">{state.question?.text}</p>
      <div className="revealed__grid">
        {(['me', 'partner'] as const).map((writer) => (
          <figure key={writer} className={`answer answer--${writer === 'me' ? 'mine' : 'partner'}`}>
            <figcaption className="answer__who">{names[writer]}</figcaption>
            <p className="answer__text">{state.answers[writer]}</p>
          </figure>
        ))}
      </div>
      {state.step === 'saved' ? (
        <Notice
          tone="success"
          action={
            <Link
              to={`/decks/cards/${encodeURIComponent(state.savedCardId ?? '')}`}
              className="button button--secondary"
            >
              {t('decks.together.openSaved')}
            </Link>
          }
        >
          {t('decks.together.saved')}
        </Notice>
      ) : (
        <fieldset className="together__keep" aria-describedby={hintId}>
          <legend className="field__label">{t('decks.together.keepQuestion')}</legend>
          <p id={hintId} className="field__hint together__text">
            {t('decks.together.keepHint')}
          </p>
          {(['me', 'partner'] as const).map((writer) => (
            <Checkbox
              key={writer}
              className="keep-check"
              isSelected={state.keep[writer]}
              onChange={(on) => dispatch({ type: 'keep', who: writer, keep: on })}
            >
              <ToggleTick className="keep-check__box" />
              {t('decks.together.keep', { name: names[writer] })}
            </Checkbox>
          ))}
          {keep.isError && <Notice tone="error">{errorText(keep.error)}</Notice>}
          <BusyButton
            className="button button--primary"
            isDisabled={!canKeep(state)}
            isBusy={keep.isPending}
            onPress={() =>
              keep.mutate(
                {
                  deckId: state.deckId,
                  questionId: state.question?.id ?? '',
                  mine: state.answers.me.trim(),
                  partner: state.answers.partner.trim(),
                },
                {
                  onSuccess: (card) => {
                    announce(t('decks.together.saved'));
                    dispatch({ type: 'saved', cardId: card.id });
                  },
                },
              )
            }
          >
            {t('decks.together.save')}
          </BusyButton>
        </fieldset>
      )}
      <div className="actions">
        <Button
          className="button button--secondary"
          onPress={() => dispatch({ type: 'next-card' })}
        >
          {state.step === 'saved' ? t('decks.together.nextCard') : t('decks.together.nextWithout')}
        </Button>
        <Link to="/decks" className="button button--quiet">
          {t('decks.together.finish')}
        </Link>
      </div>
    </section>
  );
}
