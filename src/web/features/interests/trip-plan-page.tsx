import './interests.css';
import '../../styles/flows.css';
import '../../styles/ratings.css';
import '../../styles/tick-box.css';
import { useState } from 'react';
import { Button, Checkbox } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import type { TripPlan, TripTiming } from '../../../shared/interests-api';
import { type BudgetBand, PLAY_LIMITS, SEASONS, type Season } from '../../../shared/play-limits';
import { BusyButton } from '../../components/busy-button';
import { ChoiceField } from '../../components/choice-group';
import { EmptyState } from '../../components/empty-state';
import { Field } from '../../components/field';
import { LoadFailed } from '../../components/load-failed';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { ValidatedForm } from '../../components/validated-form';
import { WhoSees } from '../../components/who-sees';
import { hasCode } from '../../data/client';
import { errorText } from '../../data/error-text';
import { useCurrentMe } from '../../data/me';
import { plural, t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { formText } from '../../lib/form-text';
import { TickIcon } from '../challenges/challenges-icon';
import {
  useAddChecklistItem,
  useRemoveChecklistItem,
  useSetTripPlan,
  useTickChecklistItem,
  useTripPlan,
} from './interests-api';
import { BUDGET_KEYS, budgetChoices, ideaFacts, SEASON_KEYS, timingText } from './travel-words';

type WhenKind = 'unset' | TripTiming['kind'];
type BudgetChoice = 'unset' | BudgetBand;

const WHEN_KINDS: readonly WhenKind[] = ['unset', 'season', 'month', 'dates'];

/** The parts of "when" a form edits, whichever kind is chosen. */
type WhenDraft = {
  kind: WhenKind;
  season: Season;
  year: string;
  month: string;
  from: string;
  to: string;
};

function draftOf(plan: TripPlan, thisYear: number): WhenDraft {
  const when = plan.when;
  return {
    kind: when?.kind ?? 'unset',
    season: when?.kind === 'season' ? when.season : 'summer',
    year: String(when?.kind === 'season' ? when.year : thisYear),
    month: when?.kind === 'month' ? when.month : '',
    from: when?.kind === 'dates' ? when.from : '',
    to: when?.kind === 'dates' ? when.to : '',
  };
}

/** The draft as the server takes it, or the words for what is missing. */
function timingOf(draft: WhenDraft): { when: TripTiming | null } | { problem: string } {
  switch (draft.kind) {
    case 'unset':
      return { when: null };
    case 'season': {
      const year = Number(draft.year);
      if (!Number.isInteger(year) || year < 2000 || year > 2200)
        return { problem: t('interests.plan.yearInvalid') };
      return { when: { kind: 'season', season: draft.season, year } };
    }
    case 'month':
      if (!/^\d{4}-\d{2}$/.test(draft.month)) return { problem: t('interests.plan.monthMissing') };
      return { when: { kind: 'month', month: draft.month } };
    case 'dates':
      if (!draft.from || !draft.to) return { problem: t('interests.plan.datesMissing') };
      if (draft.to < draft.from) return { problem: t('interests.plan.datesBackwards') };
      return { when: { kind: 'dates', from: draft.from, to: draft.to } };
  }
}

function NativeInput({
  label,
  type,
  value,
  onChange,
}: {
  label: string;
  type: 'month' | 'date' | 'number';
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <input
        className="field__input play-when__input"
        type={type}
        value={value}
        inputMode={type === 'number' ? 'numeric' : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}

/** When, and a budget band: saved together. */
function WhenAndBudget({ plan, partner }: { plan: TripPlan; partner: string }) {
  const save = useSetTripPlan(plan.ideaId);
  const [draft, setDraft] = useState(() => draftOf(plan, new Date().getFullYear()));
  const [budget, setBudget] = useState<BudgetChoice>(plan.budget ?? 'unset');
  const [problem, setProblem] = useState<string | null>(null);
  const set = (change: Partial<WhenDraft>) => {
    setProblem(null);
    setDraft((d) => ({ ...d, ...change }));
  };

  return (
    <section className="card play-plan" aria-labelledby="plan-when-title">
      <h2 id="plan-when-title" className="card__title">
        {t('interests.plan.whenHeading')}
      </h2>
      <p className="status-line">
        {t('interests.plan.now', {
          when: timingText(plan.when),
          budget: plan.budget ? t(BUDGET_KEYS[plan.budget]) : t('interests.plan.budgetNone'),
        })}
      </p>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const timing = timingOf(draft);
          if ('problem' in timing) {
            setProblem(timing.problem);
            return;
          }
          save.mutate(
            { when: timing.when, budget: budget === 'unset' ? null : budget },
            { onSuccess: () => announce(t('interests.plan.saved', { partner })) },
          );
        }}
      >
        <ChoiceField<WhenKind>
          id="plan-when-label"
          label={t('interests.plan.when')}
          layout="row"
          value={draft.kind}
          options={WHEN_KINDS.map((kind) => ({
            value: kind,
            label: t(`interests.plan.kind.${kind}`),
          }))}
          onChange={(kind) => set({ kind })}
        />
        {draft.kind === 'season' && (
          <div className="play-when">
            <ChoiceField<Season>
              id="plan-season-label"
              label={t('interests.plan.season')}
              layout="row"
              value={draft.season}
              options={SEASONS.map((season) => ({ value: season, label: t(SEASON_KEYS[season]) }))}
              onChange={(season) => set({ season })}
            />
            <NativeInput
              label={t('interests.plan.year')}
              type="number"
              value={draft.year}
              onChange={(year) => set({ year })}
            />
          </div>
        )}
        {draft.kind === 'month' && (
          <div className="play-when">
            <NativeInput
              label={t('interests.plan.month')}
              type="month"
              value={draft.month}
              onChange={(month) => set({ month })}
            />
          </div>
        )}
        {draft.kind === 'dates' && (
          <div className="play-when play-when--dates">
            <NativeInput
              label={t('interests.plan.from')}
              type="date"
              value={draft.from}
              onChange={(from) => set({ from })}
            />
            <NativeInput
              label={t('interests.plan.to')}
              type="date"
              value={draft.to}
              onChange={(to) => set({ to })}
            />
          </div>
        )}
        <ChoiceField<BudgetChoice>
          id="plan-budget-label"
          label={t('interests.plan.budget')}
          layout="row"
          value={budget}
          options={[{ value: 'unset', label: t('interests.plan.budgetNone') }, ...budgetChoices()]}
          onChange={setBudget}
        />
        {problem && <Notice tone="error">{problem}</Notice>}
        {save.isError && <Notice tone="error">{errorText(save.error)}</Notice>}
        <div className="actions">
          <BusyButton type="submit" className="button button--primary" isBusy={save.isPending}>
            {save.isPending ? t('common.saving') : t('interests.plan.save')}
          </BusyButton>
        </div>
      </form>
    </section>
  );
}

function validateItem(value: string): string | null {
  if (!value.trim()) return t('common.required');
  return value.trim().length > PLAY_LIMITS.checklistItem
    ? t('interests.plan.itemLong', { max: PLAY_LIMITS.checklistItem })
    : null;
}

/** "Added by you · ticked by Sam". */
function whoText(item: TripPlan['items'][number], partner: string): string {
  const added =
    item.addedBy === 'me'
      ? t('interests.plan.addedByMe')
      : t('interests.plan.addedByPartner', { partner });
  if (!item.done || !item.doneBy) return added;
  const ticked =
    item.doneBy === 'me'
      ? t('interests.plan.tickedByMe')
      : t('interests.plan.tickedByPartner', { partner });
  return `${added} · ${ticked}`;
}

/** Things to do or bring; either of us adds, ticks and removes. */
function Checklist({ plan, partner }: { plan: TripPlan; partner: string }) {
  const add = useAddChecklistItem(plan.ideaId);
  const tick = useTickChecklistItem(plan.ideaId);
  const remove = useRemoveChecklistItem(plan.ideaId);
  const [formKey, setFormKey] = useState(0);
  const done = plan.items.filter((item) => item.done).length;

  return (
    <section className="card play-plan" aria-labelledby="plan-list-title">
      <h2 id="plan-list-title" className="card__title">
        {t('interests.plan.listHeading')}
      </h2>
      {plan.items.length === 0 ? (
        <p className="status-line">{t('interests.plan.listEmpty')}</p>
      ) : (
        <>
          <p className="status-line">
            {plural('interests.plan.ticked', plan.items.length, { done })}
          </p>
          <ul className="play-checklist">
            {plan.items.map((item) => (
              <li key={item.id} className={item.done ? 'play-check is-done' : 'play-check'}>
                <Checkbox
                  className="tick-box"
                  isSelected={item.done}
                  onChange={(next) => tick.mutate({ itemId: item.id, done: next })}
                  aria-describedby={`item-${item.id}-who`}
                >
                  <span className="tick-box__mark" aria-hidden="true">
                    {item.done && <TickIcon />}
                  </span>
                  <span className="play-check__text">{item.text}</span>
                </Checkbox>
                <div className="play-check__meta">
                  <p id={`item-${item.id}-who`} className="play-check__who">
                    {whoText(item, partner)}
                  </p>
                  <Button
                    className="button button--quiet button--small play-check__remove"
                    aria-label={t('interests.plan.removeLabel', { text: item.text })}
                    onPress={() =>
                      remove.mutate(item.id, {
                        onSuccess: () => announce(t('interests.plan.removed', { text: item.text })),
                      })
                    }
                  >
                    {t('interests.plan.remove')}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      {(tick.isError || remove.isError) && (
        <Notice tone="error">{errorText(tick.error ?? remove.error)}</Notice>
      )}
      {plan.items.length < PLAY_LIMITS.checklistItems && (
        <ValidatedForm
          key={formKey}
          className="form play-add"
          validators={{ item: validateItem }}
          onValidSubmit={(form) =>
            add.mutate(formText(form, 'item').trim(), {
              onSuccess: () => {
                announce(t('interests.plan.addedAnnounce'));
                setFormKey((k) => k + 1);
              },
            })
          }
        >
          <Field name="item" label={t('interests.plan.newItem')} isRequired />
          {add.isError && <Notice tone="error">{errorText(add.error)}</Notice>}
          <BusyButton type="submit" className="button button--secondary" isBusy={add.isPending}>
            {t('interests.plan.add')}
          </BusyButton>
        </ValidatedForm>
      )}
    </section>
  );
}

/** Planning a trip we both want: when, budget, and a checklist both of us can tick. */
export default function TripPlanPage() {
  const { ideaId = '' } = useParams();
  const me = useCurrentMe();
  const plan = useTripPlan(ideaId);
  const partner = me.couple?.partnerName ?? t('nav.partner');

  return (
    <div className="page play-page">
      <p className="play-back">
        <Link to="/travel">{t('interests.plan.back')}</Link>
      </p>
      <PageHeading title={t('interests.plan.title')}>
        {plan.data?.idea.title ?? t('interests.plan.title')}
      </PageHeading>
      {plan.isPending ? (
        <Skeleton lines={5} />
      ) : plan.isError ? (
        hasCode(plan.error, 'not_found') ? (
          <EmptyState
            title={t('interests.plan.goneTitle')}
            body={t('interests.plan.goneBody')}
            action={
              <Link to="/travel" className="button button--primary">
                {t('interests.plan.back')}
              </Link>
            }
          />
        ) : (
          <LoadFailed error={plan.error} retry={() => void plan.refetch()} />
        )
      ) : (
        <>
          {plan.data.idea.description && <p className="page__lead">{plan.data.idea.description}</p>}
          <ul className="play-facts" aria-label={t('interests.factsLabel')}>
            {ideaFacts(plan.data.idea).map((fact) => (
              <li key={fact} className="tag">
                {fact}
              </li>
            ))}
          </ul>
          <WhoSees
            visibility="shared"
            partnerName={partner}
            detail={t('interests.plan.whoSees', { partner })}
          />
          <WhenAndBudget
            key={`${plan.data.ideaId}-${JSON.stringify(plan.data.when)}-${plan.data.budget}`}
            plan={plan.data}
            partner={partner}
          />
          <Checklist plan={plan.data} partner={partner} />
        </>
      )}
    </div>
  );
}
