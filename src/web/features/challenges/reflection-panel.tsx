import { useState } from 'react';
import { Button, Checkbox } from 'react-aria-components';
import type { ChallengeWeek } from '../../../shared/challenges-api';
import { PLAY_LIMITS } from '../../../shared/play-limits';
import { BusyButton } from '../../components/busy-button';
import { WordsField } from '../../components/field';
import { Notice } from '../../components/notice';
import { ValidatedForm } from '../../components/validated-form';
import { WhoSees } from '../../components/who-sees';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { useSaveReflection } from './challenges-api';
import { TickIcon } from './challenges-icon';

type Props = { week: ChallengeWeek; partner: string; compact?: boolean };

function validateReflection(value: string): string | null {
  if (!value.trim()) return t('common.required');
  return value.trim().length > PLAY_LIMITS.reflection
    ? t('challenges.reflection.tooLong', { max: PLAY_LIMITS.reflection })
    : null;
}

const VALIDATORS = { reflection: validateReflection };

/** Writing (or changing) my reflection, with who will read it right beside the box. */
function ReflectionForm({
  week,
  partner,
  onDone,
}: {
  week: ChallengeWeek;
  partner: string;
  onDone: (() => void) | null;
}) {
  const [text, setText] = useState(week.myReflection?.text ?? '');
  const [shared, setShared] = useState(week.myReflection?.visibility === 'shared');
  const save = useSaveReflection(week.id);
  const hintId = `reflection-${week.id}-share-hint`;

  const submit = () =>
    save.mutate(
      { text: text.trim(), shared },
      {
        onSuccess: () => {
          announce(
            shared
              ? t('challenges.reflection.savedShared', { partner })
              : t('challenges.reflection.saved'),
          );
          onDone?.();
        },
      },
    );

  return (
    <ValidatedForm
      className="form challenge-reflection__form"
      validators={VALIDATORS}
      onValidSubmit={submit}
    >
      <WordsField
        name="reflection"
        label={t('challenges.reflection.label')}
        value={text}
        onChange={setText}
        visibility={shared ? 'shared' : 'private'}
        partnerName={partner}
        rows={3}
        short
      />
      <Checkbox
        className="tick-box"
        isSelected={shared}
        onChange={setShared}
        aria-describedby={hintId}
      >
        <span className="tick-box__mark" aria-hidden="true">
          {shared && <TickIcon />}
        </span>
        <span>{t('challenges.reflection.share', { partner })}</span>
      </Checkbox>
      <p id={hintId} className="field__hint">
        {t('challenges.reflection.shareHint', { partner })}
      </p>
      {save.isError && <Notice tone="error">{errorText(save.error)}</Notice>}
      <div className="actions">
        <BusyButton type="submit" className="button button--primary" isBusy={save.isPending}>
          {save.isPending ? t('common.saving') : t('common.save')}
        </BusyButton>
        {onDone && (
          <Button className="button button--quiet" onPress={onDone}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </ValidatedForm>
  );
}

/**
 * After a done challenge: my reflection (only mine unless I share it) and my
 * partner's, when they chose to share theirs.
 */
export function ReflectionPanel({ week, partner, compact = false }: Props) {
  const [editing, setEditing] = useState(false);
  const mine = week.myReflection;
  const Heading = compact ? 'h4' : 'h3';
  return (
    <div className="challenge-reflection">
      <Heading className="challenge-reflection__title">
        {t('challenges.reflection.heading')}
      </Heading>
      {mine && !editing ? (
        <div className="challenge-reflection__mine">
          <p className="challenge-reflection__label">{t('challenges.reflection.yours')}</p>
          <p className="challenge-reflection__text">{mine.text}</p>
          <WhoSees visibility={mine.visibility} partnerName={partner} />
          <Button className="button button--quiet" onPress={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
        </div>
      ) : (
        <ReflectionForm
          week={week}
          partner={partner}
          onDone={mine ? () => setEditing(false) : null}
        />
      )}
      {week.partnerReflection && (
        <div className="challenge-reflection__partner">
          <p className="challenge-reflection__label">
            {t('challenges.reflection.partners', { partner })}
          </p>
          <p className="challenge-reflection__text">{week.partnerReflection.text}</p>
        </div>
      )}
    </div>
  );
}
