import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import type { CheckinState } from '../../../shared/checkins-api';
import { BusyButton } from '../../components/busy-button';
import { SelectField } from '../../components/field';
import { Notice } from '../../components/notice';
import { WhoSees } from '../../components/who-sees';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { useAcceptProposal, useClearProposal, usePropose } from './checkin-api';
import { localTimeText, normalizeTime, WEEKDAYS, weekdayName } from './checkin-words';

type Props = { state: CheckinState; partner: string };

function slotText(slot: { weekday: number; time: string }) {
  return { weekday: weekdayName(slot.weekday), time: localTimeText(slot.time) };
}

/** Day and time: a native select and a time field, both labelled. */
function ProposalForm({
  initial,
  onDone,
  partner,
}: {
  initial: { weekday: number; time: string };
  onDone?: () => void;
  partner: string;
}) {
  const timeId = useId();
  const errorId = useId();
  const [weekday, setWeekday] = useState(initial.weekday);
  const [time, setTime] = useState(initial.time);
  const [invalid, setInvalid] = useState(false);
  const propose = usePropose();
  const submit = () => {
    const normalized = normalizeTime(time);
    if (!normalized) {
      setInvalid(true);
      document.getElementById(timeId)?.focus();
      return;
    }
    propose.mutate(
      { weekday, time: normalized },
      {
        onSuccess: () => {
          announce(t('checkins.schedule.sent', { partner }));
          onDone?.();
        },
      },
    );
  };
  return (
    <form
      className="checkin-schedule__form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="checkin-schedule__fields">
        <SelectField
          label={t('checkins.schedule.day')}
          value={String(weekday)}
          onChange={(value) => setWeekday(Number(value))}
        >
          {WEEKDAYS.map((day) => (
            <option key={day} value={day}>
              {weekdayName(day)}
            </option>
          ))}
        </SelectField>
        <div className="field">
          <label className="field__label" htmlFor={timeId}>
            {t('checkins.schedule.time')}
          </label>
          <input
            id={timeId}
            className="field__input"
            type="time"
            value={time}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? errorId : undefined}
            onChange={(event) => {
              setInvalid(false);
              setTime(event.target.value);
            }}
          />
        </div>
      </div>
      {invalid && (
        <p id={errorId} className="field__error">
          {t('checkins.schedule.timeInvalid')}
        </p>
      )}
      {propose.isError && <Notice tone="error">{errorText(propose.error)}</Notice>}
      <div className="actions">
        <BusyButton type="submit" className="button button--primary" isBusy={propose.isPending}>
          {t('checkins.schedule.propose')}
        </BusyButton>
        {onDone && (
          <Button className="button button--quiet" onPress={onDone}>
            {t('checkins.schedule.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}

/** A proposal waiting: mine to take back, or my partner's to accept or decline. */
function Proposal({ state, partner }: Props) {
  const accept = useAcceptProposal();
  const clear = useClearProposal();
  const proposal = state.proposal;
  if (!proposal) return null;
  const words = slotText(proposal);
  const failed = accept.error ?? clear.error;
  return (
    <div className="checkin-schedule__proposal">
      <p className="checkin-schedule__proposal-text">
        {proposal.byMe
          ? t('checkins.schedule.byMe', { ...words, partner })
          : t('checkins.schedule.byPartner', { ...words, partner })}
      </p>
      {failed && <Notice tone="error">{errorText(failed)}</Notice>}
      <div className="actions">
        {!proposal.byMe && (
          <BusyButton
            className="button button--primary"
            isBusy={accept.isPending}
            onPress={() =>
              accept.mutate(undefined, {
                onSuccess: () => announce(t('checkins.schedule.accepted', words)),
              })
            }
          >
            {t('checkins.schedule.accept')}
          </BusyButton>
        )}
        <BusyButton
          className="button button--secondary"
          isBusy={clear.isPending}
          onPress={() => clear.mutate(undefined)}
        >
          {proposal.byMe ? t('checkins.schedule.withdraw') : t('checkins.schedule.decline')}
        </BusyButton>
      </div>
    </div>
  );
}

/** The couple's agreed day and time; a change takes both. */
export function ScheduleCard({ state, partner }: Props) {
  const [changing, setChanging] = useState(false);
  const schedule = state.schedule;
  const initial = state.proposal ?? schedule ?? { weekday: 7, time: '19:00' };
  return (
    <section className="card checkin-schedule" aria-labelledby="checkin-schedule-heading">
      <h2 id="checkin-schedule-heading" className="card__title">
        {t('checkins.schedule.heading')}
      </h2>
      <WhoSees visibility="shared" partnerName={partner} />
      {schedule ? (
        <p className="checkin-schedule__agreed">
          <strong>{t('checkins.schedule.agreed', slotText(schedule))}</strong>
          <span className="field__hint">
            {t('checkins.schedule.zone', { zone: state.timeZone ?? '' })}
          </span>
        </p>
      ) : (
        !state.proposal && <p>{t('checkins.schedule.none', { partner })}</p>
      )}
      <Proposal state={state} partner={partner} />
      {!schedule && !state.proposal ? (
        <ProposalForm initial={initial} partner={partner} />
      ) : changing ? (
        <ProposalForm initial={initial} onDone={() => setChanging(false)} partner={partner} />
      ) : (
        <Button className="button button--quiet" onPress={() => setChanging(true)}>
          {t('checkins.schedule.change')}
        </Button>
      )}
    </section>
  );
}
