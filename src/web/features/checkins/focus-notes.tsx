import { useState } from 'react';
import { Label, Text, TextArea, TextField } from 'react-aria-components';
import { CHECKIN_LIMITS } from '../../../core/checkin';
import type { CurrentCheckinView, PrepBody } from '../../../shared/checkins-api';
import { BusyButton } from '../../components/busy-button';
import { type Choice, ChoiceGroup } from '../../components/choice-group';
import { Notice } from '../../components/notice';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { useConcernStatus, useSavePrep } from './checkin-api';
import { NOTE_OF_STEP, type NoteStep } from './checkin-words';

type Note = (typeof NOTE_OF_STEP)[NoteStep];

function myNote(checkin: CurrentCheckinView, note: Note): string | null {
  return note === 'concern' ? (checkin.mine.concern?.text ?? null) : checkin.mine[note];
}

/** Writing my note when its step comes, having not prepared it: shared at once. */
function AddMine({ note, partner }: { note: Note; partner: string }) {
  const [text, setText] = useState('');
  const save = useSavePrep();
  const max = note === 'goals' ? CHECKIN_LIMITS.goals : CHECKIN_LIMITS.note;
  const share = () => {
    const trimmed = text.trim();
    if (!trimmed || trimmed.length > max) return;
    const body: PrepBody =
      note === 'concern'
        ? { concern: { text: trimmed, private: false, continues: null } }
        : { [note]: trimmed };
    save.mutate(body);
  };
  return (
    <form
      className="form focus-note__add"
      onSubmit={(event) => {
        event.preventDefault();
        share();
      }}
    >
      <TextField className="field" value={text} onChange={setText} isInvalid={text.length > max}>
        <Label className="field__label">{t('checkins.focus.addMine')}</Label>
        <Text slot="description" className="field__hint">
          {t('checkins.focus.addHint', { partner })}
        </Text>
        <TextArea className="field__input field__textarea focus-note__input" rows={3} />
      </TextField>
      {save.isError && <Notice tone="error">{errorText(save.error)}</Notice>}
      <BusyButton type="submit" className="button button--secondary" isBusy={save.isPending}>
        {t('checkins.focus.share')}
      </BusyButton>
    </form>
  );
}

type ConcernState = 'open' | 'resolved';

/** Where my own concern stands, for me alone. */
function ConcernStatus({
  concern,
}: {
  concern: NonNullable<CurrentCheckinView['mine']['concern']>;
}) {
  const status = useConcernStatus();
  const options: Choice<ConcernState>[] = [
    { value: 'open', label: t('checkins.focus.stillOpen') },
    { value: 'resolved', label: t('checkins.focus.resolved') },
  ];
  return (
    <div className="focus-note__status">
      <p id="focus-concern-status" className="field__label">
        {t('checkins.focus.concernStatus')}
      </p>
      <p id="focus-concern-status-hint" className="field__hint">
        {t('checkins.focus.concernPrivate')}
      </p>
      <div className="checkin-choices">
        <ChoiceGroup
          labelledBy="focus-concern-status"
          describedBy="focus-concern-status-hint"
          layout="row"
          options={options}
          value={concern.resolved ? 'resolved' : 'open'}
          onChange={(value) => status.mutate({ id: concern.id, resolved: value === 'resolved' })}
        />
      </div>
      {status.isError && <Notice tone="error">{errorText(status.error)}</Notice>}
    </div>
  );
}

/**
 * One step of notes, side by side: mine (or a box to write it now) and my
 * partner's, which the server gives only now that its step has come.
 */
export function NoteStepView({
  step,
  checkin,
  partner,
}: {
  step: NoteStep;
  checkin: CurrentCheckinView;
  partner: string;
}) {
  const note = NOTE_OF_STEP[step];
  const mine = myNote(checkin, note);
  const theirs = checkin.partner[note];
  const concern = checkin.mine.concern;
  const keptPrivate = note === 'concern' && concern?.private === true;
  return (
    <div className="focus__notes">
      <article className="focus-note focus-note--mine" aria-labelledby="focus-note-mine">
        <h3 id="focus-note-mine" className="focus-note__who">
          {t('checkins.focus.you')}
        </h3>
        {keptPrivate ? (
          <p className="status-line">{t('checkins.focus.keptPrivate')}</p>
        ) : mine ? (
          <p className="focus-note__text">{mine}</p>
        ) : (
          <AddMine note={note} partner={partner} />
        )}
        {note === 'concern' && concern && <ConcernStatus concern={concern} />}
      </article>
      <article className="focus-note focus-note--partner" aria-labelledby="focus-note-partner">
        <h3 id="focus-note-partner" className="focus-note__who">
          {partner}
        </h3>
        {theirs ? (
          <p className="focus-note__text">{theirs}</p>
        ) : (
          <p className="status-line">{t('checkins.focus.nothingPartner', { partner })}</p>
        )}
      </article>
    </div>
  );
}
