import '../../styles/flows.css';
import '../../styles/ratings.css';
import './rhythm.css';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { LIFE_EVENT_KINDS, type LifeEventKind } from '../../../core/life-events';
import type { Plan } from '../../../shared/program-api';
import type { LifeEvent, LifeEventList } from '../../../shared/rhythm-api';
import { BusyButton } from '../../components/busy-button';
import { ChoiceField } from '../../components/choice-group';
import { LoadFailed } from '../../components/load-failed';
import { Notice } from '../../components/notice';
import { Skeleton } from '../../components/skeleton';
import { WhoSees } from '../../components/who-sees';
import { errorText } from '../../data/error-text';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { formatDay } from '../../lib/format';
import { adjustedLine, kindLabel } from './life-event-words';
import { useAddLifeEvent, useEndLifeEvent, useLifeEvents, useRemoveLifeEvent } from './rhythm-api';

const NOTE_MAX = 80;

function metaLine(event: LifeEvent, partnerName: string | null): string {
  const when =
    event.status === 'upcoming'
      ? t('keepGoing.events.from', { date: formatDay(event.startsOn) })
      : event.status === 'ongoing'
        ? t('keepGoing.events.since', { date: formatDay(event.startsOn) })
        : t('keepGoing.events.between', {
            from: formatDay(event.startsOn),
            to: formatDay(event.endedOn ?? event.startsOn),
          });
  if (event.addedBy === 'partner' && partnerName)
    return `${when} · ${t('keepGoing.events.addedBy', { partner: partnerName })}`;
  return when;
}

function EventItem({ event, partnerName }: { event: LifeEvent; partnerName: string | null }) {
  const end = useEndLifeEvent();
  const remove = useRemoveLifeEvent();
  const nameId = `life-event-${event.id}`;
  const failed = end.error ?? remove.error;
  return (
    <li className="life-event">
      <h3 id={nameId} className="life-event__name">
        {kindLabel(event.kind)}
        {event.note ? `: ${event.note}` : ''}
      </h3>
      <p className="life-event__meta">{metaLine(event, partnerName)}</p>
      {failed && <Notice tone="error">{errorText(failed)}</Notice>}
      {event.status !== 'over' && (
        <div className="actions">
          <BusyButton
            className="button button--secondary button--small"
            aria-describedby={nameId}
            isBusy={end.isPending}
            onPress={() => end.mutate(event.id)}
          >
            {event.status === 'upcoming' ? t('keepGoing.events.cancel') : t('keepGoing.events.end')}
          </BusyButton>
          <BusyButton
            className="button button--quiet button--small"
            aria-describedby={nameId}
            isBusy={remove.isPending}
            onPress={() => remove.mutate(event.id)}
          >
            {t('keepGoing.events.remove')}
          </BusyButton>
        </div>
      )}
    </li>
  );
}

function AddForm({ list, close }: { list: LifeEventList; close: () => void }) {
  const me = useCurrentMe();
  const add = useAddLifeEvent();
  const [kind, setKind] = useState<LifeEventKind | null>(null);
  const [startsOn, setStartsOn] = useState(list.today);
  const [note, setNote] = useState('');
  const [missingKind, setMissingKind] = useState(false);
  const partnerName = me.couple?.partnerName ?? null;
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!kind) {
          setMissingKind(true);
          return;
        }
        const words = note.trim();
        add.mutate(
          { kind, startsOn, ...(words ? { note: words } : {}) },
          { onSuccess: () => close() },
        );
      }}
    >
      <ChoiceField<LifeEventKind>
        id="life-event-kind"
        label={t('keepGoing.events.kindQuestion')}
        options={LIFE_EVENT_KINDS.map((value) => ({ value, label: kindLabel(value) }))}
        value={kind}
        onChange={(value) => {
          setKind(value);
          setMissingKind(false);
        }}
      />
      {missingKind && <p className="field__error">{t('keepGoing.events.pickOne')}</p>}
      <label className="field">
        <span className="field__label">{t('keepGoing.events.startsOn')}</span>
        <input
          className="field__input"
          type="date"
          name="startsOn"
          value={startsOn}
          required
          onChange={(event) => setStartsOn(event.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">{t('keepGoing.events.note')}</span>
        <input
          className="field__input"
          type="text"
          name="note"
          maxLength={NOTE_MAX}
          value={note}
          aria-describedby="life-event-note-hint"
          onChange={(event) => setNote(event.target.value)}
        />
        <span id="life-event-note-hint" className="field__hint">
          {t('keepGoing.events.noteHint')}
        </span>
      </label>
      <WhoSees
        visibility={partnerName ? 'shared' : 'private'}
        partnerName={partnerName}
        detail={partnerName ? t('keepGoing.events.sharedDetail', { partner: partnerName }) : null}
      />
      {add.isError && <Notice tone="error">{errorText(add.error)}</Notice>}
      <div className="actions">
        <BusyButton type="submit" className="button button--primary" isBusy={add.isPending}>
          {t('keepGoing.events.add')}
        </BusyButton>
        <Button className="button button--quiet" onPress={close} isDisabled={add.isPending}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

function EventsBody({ list, plan }: { list: LifeEventList; plan: Plan | undefined }) {
  const me = useCurrentMe();
  const [adding, setAdding] = useState(false);
  const partnerName = me.couple?.partnerName ?? null;
  const current = list.events.filter((e) => e.status !== 'over');
  const past = list.events.filter((e) => e.status === 'over');
  const adjusted = plan ? adjustedLine(plan.adjustedFor) : null;
  return (
    <>
      {adjusted && <p className="life-events__adjusted">{adjusted}</p>}
      {current.length > 0 ? (
        <ul className="life-events__list">
          {current.map((event) => (
            <EventItem key={event.id} event={event} partnerName={partnerName} />
          ))}
        </ul>
      ) : (
        !adding && <p>{t('keepGoing.events.none')}</p>
      )}
      {adding ? (
        <AddForm list={list} close={() => setAdding(false)} />
      ) : (
        <Button className="button button--secondary" onPress={() => setAdding(true)}>
          {t('keepGoing.events.open')}
        </Button>
      )}
      {past.length > 0 && (
        <details className="life-events__past">
          <summary>{t('keepGoing.events.earlier')}</summary>
          <ul className="life-events__list">
            {past.map((event) => (
              <EventItem key={event.id} event={event} partnerName={partnerName} />
            ))}
          </ul>
        </details>
      )}
      <p className="field__hint">{t('keepGoing.events.recheck')}</p>
    </>
  );
}

/** Life right now: what is going on, and how the plan makes room for it. */
export function LifeEventsCard({ plan }: { plan?: Plan | undefined }) {
  // The individual track is already the lightest: life events do not reshape it.
  if (plan?.individual) return null;
  return <LifeEventsSection plan={plan} />;
}

function LifeEventsSection({ plan }: { plan: Plan | undefined }) {
  const me = useCurrentMe();
  const events = useLifeEvents();
  return (
    <section className="card life-events" aria-labelledby="life-events-heading">
      <h2 id="life-events-heading" className="card__title">
        {t('keepGoing.events.heading')}
      </h2>
      <p>
        {me.couple
          ? t('keepGoing.events.lead', { partner: me.couple.partnerName })
          : t('keepGoing.events.leadAlone')}
      </p>
      {events.isPending ? (
        <Skeleton lines={2} />
      ) : events.isError ? (
        <LoadFailed error={events.error} retry={() => void events.refetch()} />
      ) : (
        <EventsBody list={events.data} plan={plan} />
      )}
    </section>
  );
}
