import { Radio, RadioGroup } from 'react-aria-components';
import type { DepthChoice as Choice, TodayQuestion } from '../../../shared/api';
import { Notice } from '../../components/notice';
import { type MessageKey, plural, t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { useChooseDepth } from './question-api';

const OPTIONS: readonly { value: Choice; label: MessageKey }[] = [
  { value: 'lighter', label: 'question.depth.lighter' },
  { value: 'as-it-comes', label: 'question.depth.asItComes' },
  { value: 'deeper', label: 'question.depth.deeper' },
];

function isChoice(value: string): value is Choice {
  return OPTIONS.some((option) => option.value === value);
}

function hintOf(choice: Choice, today: TodayQuestion): string {
  switch (choice) {
    case 'lighter':
      return t('question.depth.lighterHint');
    case 'as-it-comes':
      return t('question.depth.asItComesHint');
    case 'deeper':
      return today.deck.open.length > 1
        ? t('question.depth.deeperHint')
        : t('question.depth.deeperHintClosed');
  }
}

/** 0, 1, … count − 1: one step per day. */
function daysUpTo(count: number): number[] {
  return Array.from({ length: count }, (_, day) => day);
}

/** What opens next, and the answered days counted so far, in words that say what they count. */
function NextOpening({ today, id }: { today: TodayQuestion; id: string }) {
  const { next } = today.deck;
  if (!next) {
    return (
      <p id={id} className="depth-choice__next">
        {t('question.depth.allOpen')}
      </p>
    );
  }
  const together = today.visibility === 'reveal-together';
  const opens = plural(
    next.depth === 'deepest' ? 'question.depth.nextDeepest' : 'question.depth.nextDeeper',
    next.after,
  );
  const done = plural(
    together ? 'question.depth.doneCouple' : 'question.depth.doneSolo',
    next.after,
    { done: next.done },
  );
  return (
    <div className="depth-choice__next">
      <p id={id}>
        {opens} {done}
      </p>
      {/* The same count as the words above, drawn: one step per day it needs. */}
      <span className="depth-choice__steps" aria-hidden="true">
        {daysUpTo(next.after).map((day) => (
          <span
            key={day}
            className={
              day < next.done ? 'depth-choice__step depth-choice__step--done' : 'depth-choice__step'
            }
          />
        ))}
      </span>
    </div>
  );
}

/**
 * "Questions to come": lighter, as it comes, or deeper, within what use has
 * opened. One choice per couple (or per person alone); it starts with the next question.
 */
export function DepthChoice({ today }: { today: TodayQuestion }) {
  const choose = useChooseDepth();
  // Shown at once while the choice is saved; the server's answer then takes over.
  const value = choose.isPending && choose.variables ? choose.variables : today.deck.choice;
  const lead =
    today.visibility === 'reveal-together'
      ? t('question.depth.leadCouple', { partner: today.partnerName ?? t('nav.partner') })
      : t('question.depth.leadSolo');

  return (
    <section className="depth-choice" aria-labelledby="depth-choice-heading">
      <h3 id="depth-choice-heading" className="depth-choice__heading">
        {t('question.depth.heading')}
      </h3>
      <p id="depth-choice-lead" className="depth-choice__lead">
        {lead}
      </p>
      <RadioGroup
        className="segmented depth-choice__options"
        aria-labelledby="depth-choice-heading"
        aria-describedby="depth-choice-hint depth-choice-next"
        orientation="horizontal"
        value={value}
        onChange={(next) => {
          if (!isChoice(next) || next === value) return;
          choose.mutate(next, { onSuccess: () => announce(t('question.depth.saved')) });
        }}
      >
        {OPTIONS.map((option) => (
          <Radio
            key={option.value}
            value={option.value}
            className="segmented__option depth-choice__option"
          >
            {t(option.label)}
          </Radio>
        ))}
      </RadioGroup>
      <p id="depth-choice-hint" className="depth-choice__hint">
        {hintOf(value, today)}
      </p>
      <NextOpening today={today} id="depth-choice-next" />
      {choose.isError && <Notice tone="error">{t('question.depth.failed')}</Notice>}
    </section>
  );
}
