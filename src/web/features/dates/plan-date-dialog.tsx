import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { DATE_LIMITS } from '../../../core/dates';
import type { DateIdea, PlannedDate } from '../../../shared/dates-api';
import { BusyButton } from '../../components/busy-button';
import { Notice } from '../../components/notice';
import { WhoSees } from '../../components/who-sees';
import { errorText } from '../../data/error-text';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { TimeZonePicker } from '../settings/time-zone-picker';
import { DURATION_CHOICES, nearestDuration, suggestedStart } from './date-words';
import { useChangeDate, usePlanDate } from './dates-api';
import { lengthWords } from './idea-meta';

type What = { idea: DateIdea } | { own: true } | { date: PlannedDate };

type Draft = {
  title: string;
  day: string;
  time: string;
  timeZone: string;
  duration: number;
  place: string;
  notes: string;
};

function draftOf(what: What, zone: string): Draft {
  if ('date' in what) {
    const { date } = what;
    return {
      title: date.ideaId ? '' : date.title,
      day: date.start.slice(0, 10),
      time: date.start.slice(11, 16),
      timeZone: date.timeZone,
      duration: date.durationMinutes,
      place: date.place ?? '',
      notes: date.notes ?? '',
    };
  }
  const start = suggestedStart(new Date(), zone);
  return {
    title: '',
    ...start,
    timeZone: zone,
    duration: 'idea' in what ? nearestDuration(what.idea.minutes) : 120,
    place: '',
    notes: '',
  };
}

/** A labelled native control with its hint, wired for screen readers. */
function Labelled({
  id,
  label,
  hint,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}

function PlanForm({ what, close }: { what: What; close: () => void }) {
  const me = useCurrentMe();
  const zone = me.couple?.timeZone ?? me.user.timeZone;
  const [draft, setDraft] = useState<Draft>(() => draftOf(what, zone));
  const [missing, setMissing] = useState(false);
  const ids = useId();
  const plan = usePlanDate();
  const change = useChangeDate('date' in what ? what.date.id : '');
  const saving = plan.isPending || change.isPending;
  const failure = plan.error ?? change.error;
  const edit = (patch: Partial<Draft>) => {
    setMissing(false);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const ownTitle = 'own' in what || ('date' in what && what.date.ideaId === null);
  const partner = me.couple?.partnerName ?? null;
  // The length list always holds the current value, even one typed elsewhere.
  const durations = [...new Set<number>([...DURATION_CHOICES, draft.duration])].sort(
    (a, b) => a - b,
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.day || !draft.time || (ownTitle && !draft.title.trim())) {
      setMissing(true);
      return;
    }
    const start = `${draft.day}T${draft.time}`;
    const common = {
      start,
      timeZone: draft.timeZone,
      durationMinutes: draft.duration,
      place: draft.place.trim() || null,
      notes: draft.notes.trim() || null,
    };
    try {
      if ('date' in what) {
        await change.mutateAsync({ ...common, ...(ownTitle ? { title: draft.title.trim() } : {}) });
        announce(t('dates.plan.changed'));
      } else {
        await plan.mutateAsync(
          'idea' in what
            ? { ...common, ideaId: what.idea.id }
            : { ...common, title: draft.title.trim() },
        );
        announce(t('dates.plan.saved'));
      }
      close();
    } catch {
      // Shown below from the mutation's error.
    }
  };

  return (
    <form className="form plan-form" onSubmit={(event) => void submit(event)} noValidate>
      {'idea' in what && <p className="plan-form__idea">{what.idea.title}</p>}
      {ownTitle && (
        <Labelled id={`${ids}-title`} label={t('dates.plan.title')}>
          <input
            id={`${ids}-title`}
            className="field__input"
            value={draft.title}
            maxLength={DATE_LIMITS.title}
            required
            aria-invalid={missing && !draft.title.trim() ? true : undefined}
            onChange={(e) => edit({ title: e.target.value })}
          />
        </Labelled>
      )}
      <div className="plan-form__when">
        <Labelled id={`${ids}-day`} label={t('dates.plan.day')}>
          <input
            id={`${ids}-day`}
            type="date"
            className="field__input"
            value={draft.day}
            required
            aria-invalid={missing && !draft.day ? true : undefined}
            onChange={(e) => edit({ day: e.target.value })}
          />
        </Labelled>
        <Labelled id={`${ids}-time`} label={t('dates.plan.time')}>
          <input
            id={`${ids}-time`}
            type="time"
            className="field__input"
            value={draft.time}
            required
            aria-invalid={missing && !draft.time ? true : undefined}
            onChange={(e) => edit({ time: e.target.value })}
          />
        </Labelled>
      </div>
      <TimeZonePicker
        label={t('dates.plan.zone')}
        hint={t('dates.plan.zoneHint')}
        name="timeZone"
        value={draft.timeZone}
        onChange={(timeZone) => edit({ timeZone })}
        keep={[zone, me.user.timeZone, draft.timeZone]}
      />
      <Labelled id={`${ids}-length`} label={t('dates.plan.length')}>
        <select
          id={`${ids}-length`}
          className="field__input field__select"
          value={draft.duration}
          onChange={(e) => edit({ duration: Number(e.target.value) })}
        >
          {durations.map((minutes) => (
            <option key={minutes} value={minutes}>
              {lengthWords(minutes)}
            </option>
          ))}
        </select>
      </Labelled>
      <Labelled id={`${ids}-place`} label={t('dates.plan.place')} hint={t('dates.plan.placeHint')}>
        <input
          id={`${ids}-place`}
          className="field__input"
          value={draft.place}
          maxLength={DATE_LIMITS.place}
          aria-describedby={`${ids}-place-hint`}
          onChange={(e) => edit({ place: e.target.value })}
        />
      </Labelled>
      <Labelled id={`${ids}-notes`} label={t('dates.plan.notes')}>
        <textarea
          id={`${ids}-notes`}
          className="field__input field__textarea field__textarea--short"
          value={draft.notes}
          maxLength={DATE_LIMITS.notes}
          aria-describedby={`${ids}-notes-who`}
          onChange={(e) => edit({ notes: e.target.value })}
        />
      </Labelled>
      <div id={`${ids}-notes-who`}>
        <WhoSees visibility="shared" partnerName={partner} detail={t('dates.plan.notesWho')} />
      </div>
      {missing && <Notice tone="error">{t('dates.plan.missing')}</Notice>}
      {failure && <Notice tone="error">{errorText(failure)}</Notice>}
      <div className="actions">
        <BusyButton type="submit" className="button button--primary" isBusy={saving}>
          {'date' in what ? t('dates.plan.saveChange') : t('dates.plan.save')}
        </BusyButton>
        <Button className="button button--quiet" onPress={close} isDisabled={saving}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

type PlanDateDialogProps = {
  what: What;
  triggerLabel: string;
  triggerClassName?: string;
};

/** Planning a date (from a match, or our own) or changing one, in a dialog below the exit. */
export function PlanDateDialog({
  what,
  triggerLabel,
  triggerClassName = 'button button--primary',
}: PlanDateDialogProps) {
  const title =
    'date' in what
      ? t('dates.plan.changeTitle')
      : 'idea' in what
        ? t('dates.plan.fromIdeaTitle')
        : t('dates.plan.ownTitle');
  return (
    <DialogTrigger>
      <Button className={triggerClassName}>{triggerLabel}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal plan-modal">
          <Dialog className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="dialog__title">
                  {title}
                </Heading>
                <PlanForm what={what} close={close} />
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
