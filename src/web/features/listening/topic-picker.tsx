import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { LISTENING_LIMITS } from '../../../core/listening';
import type { ListeningPrompts, ListeningTopicBody } from '../../../shared/listening-api';
import { ChoiceGroup } from '../../components/choice-group';
import { Field } from '../../components/field';
import { WhoSees } from '../../components/who-sees';
import { t } from '../../i18n';
import { pickSome } from './listening-logic';

type Prompt = ListeningPrompts['prompts'][number];

/** What the speaker chose: a prompt, their own words, or no set topic. */
export type TopicChoice =
  | { kind: 'none' }
  | { kind: 'prompt'; id: string }
  | { kind: 'own'; text: string };

export const NO_TOPIC: TopicChoice = { kind: 'none' };

/** How many prompts are shown at once. */
const SHOWN = 3;

/** The topic as the server takes it; undefined while "own words" is still empty. */
export function topicBody(choice: TopicChoice): ListeningTopicBody | null | undefined {
  if (choice.kind === 'none') return null;
  if (choice.kind === 'prompt') return { promptId: choice.id };
  const text = choice.text.trim();
  return text ? { text } : undefined;
}

function choiceValue(choice: TopicChoice): string {
  return choice.kind === 'prompt' ? `prompt:${choice.id}` : choice.kind;
}

type TopicPickerProps = {
  prompts: readonly Prompt[];
  choice: TopicChoice;
  onChange: (choice: TopicChoice) => void;
  heading: string;
  partnerName: string;
  /** Shown when "own words" was chosen but left empty. */
  missing: boolean;
};

/**
 * A few topics from the list, shuffled (another few on request), the
 * speaker's own words, or none. The topic is seen by both partners.
 */
export function TopicPicker({
  prompts,
  choice,
  onChange,
  heading,
  partnerName,
  missing,
}: TopicPickerProps) {
  const headingId = useId();
  const hintId = useId();
  const [shown, setShown] = useState(() => pickSome(prompts, SHOWN));
  const options = [
    ...shown.map((prompt) => ({ value: `prompt:${prompt.id}`, label: prompt.text })),
    { value: 'own', label: t('listening.topic.own') },
    { value: 'none', label: t('listening.topic.none'), hint: t('listening.topic.noneHint') },
  ];
  const choose = (value: string) => {
    if (value === 'none') onChange(NO_TOPIC);
    else if (value === 'own')
      onChange({ kind: 'own', text: choice.kind === 'own' ? choice.text : '' });
    else onChange({ kind: 'prompt', id: value.slice('prompt:'.length) });
  };
  const shuffle = () => {
    const next = pickSome(prompts, SHOWN, shown);
    setShown(next);
    if (choice.kind === 'prompt' && !next.some((p) => p.id === choice.id)) onChange(NO_TOPIC);
  };
  return (
    <div className="listening-topic">
      <h3 id={headingId} className="listening-topic__heading">
        {heading}
      </h3>
      <p id={hintId} className="field__hint">
        {t('listening.topic.hint')}
      </p>
      <WhoSees visibility="shared" partnerName={partnerName} />
      <ChoiceGroup
        labelledBy={headingId}
        describedBy={hintId}
        options={options}
        value={choiceValue(choice)}
        onChange={choose}
      />
      {prompts.length > SHOWN && (
        <Button className="button button--quiet listening-topic__shuffle" onPress={shuffle}>
          {t('listening.topic.shuffle')}
        </Button>
      )}
      {choice.kind === 'own' && (
        <Field
          name="topic"
          label={t('listening.topic.ownLabel')}
          value={choice.text}
          maxLength={LISTENING_LIMITS.topic}
          onChange={(text) => onChange({ kind: 'own', text })}
          isInvalid={missing}
        />
      )}
      {missing && (
        <p className="field__error" role="alert">
          {t('listening.topic.ownMissing')}
        </p>
      )}
    </div>
  );
}
