import { useState } from 'react';
import { Button, Checkbox, Label, Text, TextArea, TextField } from 'react-aria-components';
import { CHECKIN_LIMITS } from '../../../core/checkin';
import type { CheckinState, CurrentCheckinView } from '../../../shared/checkins-api';
import type { PulseBody } from '../../../shared/program-api';
import { BusyButton } from '../../components/busy-button';
import { KindBadge } from '../../components/kind-badge';
import { Notice } from '../../components/notice';
import { RatingSlider } from '../../components/rating-slider';
import { WhoSees } from '../../components/who-sees';
import { errorText } from '../../data/error-text';
import { useCurrentMe } from '../../data/me';
import { plural, t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { readStored, writeStored } from '../../lib/storage';
import { SharedWhoSees } from '../check/shared-who-sees';
import { usePulseForm } from '../pulse/pulse-api';
import { useConcernStatus, useSavePrep } from './checkin-api';
import { draftOf, type PrepDraft, parseDraft, prepBodyOf, sameDraft } from './prep-draft';

type TextKey = 'appreciation' | 'success' | 'concern' | 'goals';

function draftKey(userId: string, checkinId: string): string {
  return `rekindle.checkin-prep.${userId}.${checkinId}`;
}

/** The draft, kept on this device while it differs from what is saved. */
function usePrepDraft(userId: string, checkin: CurrentCheckinView) {
  const key = draftKey(userId, checkin.id);
  const saved = draftOf(checkin.mine);
  const [draft, setDraft] = useState<PrepDraft>(() => parseDraft(readStored(key)) ?? saved);
  const kept = readStored(key) !== null;
  const change = (next: PrepDraft) => {
    setDraft(next);
    writeStored(key, sameDraft(next, saved) ? null : JSON.stringify(next));
  };
  return { draft, change, kept, clear: () => writeStored(key, null) };
}

function NoteField({
  name,
  label,
  hint,
  value,
  max,
  onChange,
}: {
  name: TextKey;
  label: string;
  hint?: string;
  value: string;
  max: number;
  onChange: (value: string) => void;
}) {
  const tooLong = value.length > max;
  return (
    <TextField className="field" name={name} value={value} onChange={onChange} isInvalid={tooLong}>
      <Label className="field__label">{label}</Label>
      {hint && (
        <Text slot="description" className="field__hint">
          {hint}
        </Text>
      )}
      <TextArea className="field__input field__textarea checkin-prep__text" rows={3} />
      {tooLong && <p className="field__error">{t('checkins.prep.tooLong', { max })}</p>}
    </TextField>
  );
}

/** My open concern from an earlier week: carry it on, or call it resolved. */
function EarlierConcern({
  concern,
  onCarry,
}: {
  concern: { id: string; text: string };
  onCarry: () => void;
}) {
  const status = useConcernStatus();
  return (
    <section className="checkin-prep__earlier" aria-labelledby="checkin-earlier-heading">
      <h3 id="checkin-earlier-heading" className="checkin-prep__earlier-heading">
        {t('checkins.prep.earlierHeading')}
      </h3>
      <p>{t('checkins.prep.earlier', { text: concern.text })}</p>
      {status.isError && <Notice tone="error">{errorText(status.error)}</Notice>}
      <div className="actions">
        <Button className="button button--secondary button--small" onPress={onCarry}>
          {t('checkins.prep.carry')}
        </Button>
        <BusyButton
          className="button button--quiet"
          isBusy={status.isPending}
          onPress={() => status.mutate({ id: concern.id, resolved: true })}
        >
          {t('checkins.prep.resolved')}
        </BusyButton>
      </div>
    </section>
  );
}

function Ratings({
  values,
  onChange,
}: {
  values: PrepDraft['ratings'];
  onChange: (key: keyof PulseBody, value: number) => void;
}) {
  const form = usePulseForm();
  if (!form.data) return null;
  return (
    <fieldset className="checkin-prep__ratings">
      <legend className="field__label">{t('checkins.prep.ratings')}</legend>
      <p className="field__hint">{t('checkins.prep.ratingsHint')}</p>
      <SharedWhoSees topic="progress" />
      {form.data.kinds.map(({ kind, label }) => (
        <div key={kind} className="pulse-item">
          <KindBadge kind={kind} />
          <RatingSlider
            id={`checkin-rate-${kind}`}
            label={label}
            value={values[kind]}
            min={1}
            max={10}
            low={t('pulse.low')}
            high={t('pulse.high')}
            onChange={(value) => onChange(kind, value)}
          />
        </div>
      ))}
      <RatingSlider
        id="checkin-rate-talk"
        label={form.data.talk.label}
        value={values.talk}
        min={1}
        max={10}
        low={form.data.talk.low}
        high={form.data.talk.high}
        onChange={(value) => onChange('talk', value)}
      />
    </fieldset>
  );
}

/**
 * My private preparation: each note stays with me until its step comes in
 * focus mode; the concern can stay mine altogether. The ratings are my
 * weekly pulse. Unsaved words survive a reload.
 */
export function PrepForm({ state, checkin }: { state: CheckinState; checkin: CurrentCheckinView }) {
  const me = useCurrentMe();
  const partner = state.partnerName ?? t('nav.partner');
  const { draft, change, kept, clear } = usePrepDraft(me.user.id, checkin);
  const save = useSavePrep();
  const [missing, setMissing] = useState(0);
  const [savedNow, setSavedNow] = useState(false);
  const set = (patch: Partial<PrepDraft>) => {
    setSavedNow(false);
    setMissing(0);
    change({ ...draft, ...patch });
  };
  const text = (key: TextKey) => (value: string) => set({ [key]: value });
  const tooLong =
    [draft.appreciation, draft.success, draft.concern].some(
      (v) => v.length > CHECKIN_LIMITS.note,
    ) || draft.goals.length > CHECKIN_LIMITS.goals;
  const earlier = state.openConcern;
  const carried = checkin.mine.concern?.continued ?? false;

  const submit = () => {
    if (tooLong) return;
    const result = prepBodyOf(draft);
    if ('missing' in result) {
      setMissing(result.missing);
      return;
    }
    save.mutate(result.body, {
      onSuccess: () => {
        clear();
        setSavedNow(true);
        announce(t('checkins.prep.saved'));
      },
    });
  };

  return (
    <section className="card checkin-prep" aria-labelledby="checkin-prep-heading">
      <h2 id="checkin-prep-heading" className="card__title">
        {t('checkins.prep.heading')}
      </h2>
      <p className="checkin-prep__lead">{t('checkins.prep.lead')}</p>
      <WhoSees
        visibility="private"
        partnerName={partner}
        detail={t('checkins.prep.whoSees', { partner })}
      />
      <form
        className="form checkin-prep__form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <NoteField
          name="appreciation"
          label={t('checkins.prep.appreciation', { partner })}
          value={draft.appreciation}
          max={CHECKIN_LIMITS.note}
          onChange={text('appreciation')}
        />
        <NoteField
          name="success"
          label={t('checkins.prep.success')}
          value={draft.success}
          max={CHECKIN_LIMITS.note}
          onChange={text('success')}
        />
        {earlier && draft.continues !== earlier.id && (
          <EarlierConcern
            concern={earlier}
            onCarry={() =>
              set({
                continues: earlier.id,
                concern: draft.concern.trim() ? draft.concern : earlier.text,
              })
            }
          />
        )}
        <NoteField
          name="concern"
          label={t('checkins.prep.concern')}
          hint={
            carried || (earlier !== null && draft.continues === earlier.id)
              ? `${t('checkins.prep.concernHint')} ${t('checkins.prep.carried')}`
              : t('checkins.prep.concernHint')
          }
          value={draft.concern}
          max={CHECKIN_LIMITS.note}
          onChange={text('concern')}
        />
        <Checkbox
          className="choice choice--check checkin-prep__private"
          isSelected={draft.concernPrivate}
          onChange={(on) => set({ concernPrivate: on })}
        >
          <span className="choice__box" aria-hidden="true">
            <svg viewBox="0 0 16 16" width="16" height="16" focusable="false" aria-hidden="true">
              <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2.4" />
            </svg>
          </span>
          <span className="choice__label">{t('checkins.prep.keepPrivate')}</span>
        </Checkbox>
        {draft.concernPrivate && (
          <p className="field__hint">{t('checkins.prep.keptPrivate', { partner })}</p>
        )}
        <NoteField
          name="goals"
          label={t('checkins.prep.goals')}
          value={draft.goals}
          max={CHECKIN_LIMITS.goals}
          onChange={text('goals')}
        />
        <Ratings
          values={draft.ratings}
          onChange={(key, value) => set({ ratings: { ...draft.ratings, [key]: value } })}
        />
        {kept && <p className="field__hint">{t('checkins.prep.draftKept')}</p>}
        {missing > 0 && (
          <Notice tone="error">{plural('checkins.prep.ratingsMissing', missing)}</Notice>
        )}
        {save.isError && <Notice tone="error">{errorText(save.error)}</Notice>}
        {savedNow && <Notice tone="success">{t('checkins.prep.saved')}</Notice>}
        <BusyButton type="submit" className="button button--primary" isBusy={save.isPending}>
          {save.isPending ? t('checkins.prep.saving') : t('checkins.prep.save')}
        </BusyButton>
      </form>
    </section>
  );
}
