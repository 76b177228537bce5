/**
 * The check flow's steps, without React: step 0 is the introduction, then one
 * step per statement, then causes, then signs. The reducer keeps what is
 * saved for resume (`progress`) apart from what is not (`draft`, `moved`,
 * `noAnswers`): it returns the same `progress` object when nothing to save
 * changed, so a save can follow reference changes.
 */
import type { CheckDefinition, CheckResponseBody } from '../../../shared/program-api';
import type { CheckProgress, Rating } from './check-storage';

/** What a statement's sliders show before the person moves them. */
export const MIDDLE: Rating = { now: 5, wish: 5 };

export type CheckStep =
  | { kind: 'intro' }
  | { kind: 'item'; itemId: string }
  | { kind: 'causes' }
  | { kind: 'signs' };

export type CheckFlowState = {
  /** Statement ids in the definition's order. */
  itemIds: readonly string[];
  /** Saved on this device after every change, so the check can be resumed. */
  progress: CheckProgress;
  /** The current statement's rating; kept only when the person presses Next. */
  draft: Rating;
  /** Whether the flow came back from saved progress. */
  resumed: boolean;
  /** Whether the person has changed step on this visit (focus follows; the resume notice goes). */
  moved: boolean;
  /** Shown after "See my results" with no statement rated. */
  noAnswers: boolean;
};

export type CheckFlowAction =
  | { type: 'start' }
  | { type: 'back' }
  /** Past causes to signs. */
  | { type: 'next' }
  /** Keep the draft for this statement and go on. */
  | { type: 'answer' }
  /** Forget any rating for this statement and go on. */
  | { type: 'skip' }
  | { type: 'draft'; rating: Rating }
  | { type: 'cause'; id: string; weight: number }
  | { type: 'signs'; signs: string[] }
  | { type: 'noAnswers' }
  | { type: 'toFirst' };

/** Steps after the introduction: the statements, causes, signs. */
export function totalSteps(itemCount: number): number {
  return itemCount + 2;
}

export function stepAt(itemIds: readonly string[], step: number): CheckStep {
  if (step <= 0) return { kind: 'intro' };
  const itemId = itemIds[step - 1];
  if (itemId !== undefined) return { kind: 'item', itemId };
  return step === itemIds.length + 1 ? { kind: 'causes' } : { kind: 'signs' };
}

export function currentStep(state: CheckFlowState): CheckStep {
  return stepAt(state.itemIds, state.progress.step);
}

/** Back is offered on every step but the introduction and the first statement. */
export function canGoBack(state: CheckFlowState): boolean {
  const { step } = state.progress;
  return step > 1 || (step === 1 && currentStep(state).kind !== 'item');
}

function draftFor(itemIds: readonly string[], progress: CheckProgress): Rating {
  const step = stepAt(itemIds, progress.step);
  return (step.kind === 'item' && progress.items[step.itemId]) || MIDDLE;
}

/** Where the flow starts: saved progress of this version (its step kept in range), or the introduction. */
export function initialCheckFlow(
  definition: Pick<CheckDefinition, 'version' | 'items'>,
  saved: CheckProgress | null,
): CheckFlowState {
  const itemIds = definition.items.map((item) => item.id);
  const total = totalSteps(itemIds.length);
  const progress: CheckProgress = saved
    ? { ...saved, step: Math.max(0, Math.min(saved.step, total)) }
    : { version: definition.version, step: 0, items: {}, causes: {}, signs: [] };
  return {
    itemIds,
    progress,
    draft: draftFor(itemIds, progress),
    resumed: saved !== null,
    moved: false,
    noAnswers: false,
  };
}

function goTo(state: CheckFlowState, step: number, from: CheckProgress): CheckFlowState {
  const target = Math.max(0, Math.min(step, totalSteps(state.itemIds.length)));
  const progress = { ...from, step: target };
  return {
    ...state,
    progress,
    draft: draftFor(state.itemIds, progress),
    moved: true,
    noAnswers: false,
  };
}

function rateCurrent(state: CheckFlowState, rating: Rating | null): CheckFlowState {
  const step = currentStep(state);
  if (step.kind !== 'item') return state;
  const { [step.itemId]: _old, ...rest } = state.progress.items;
  const items = rating ? { ...rest, [step.itemId]: rating } : rest;
  return goTo(state, state.progress.step + 1, { ...state.progress, items });
}

export function checkFlowReducer(state: CheckFlowState, action: CheckFlowAction): CheckFlowState {
  const { progress } = state;
  switch (action.type) {
    case 'start':
      return currentStep(state).kind === 'intro' ? goTo(state, 1, progress) : state;
    case 'back':
      return canGoBack(state) ? goTo(state, progress.step - 1, progress) : state;
    case 'next':
      return currentStep(state).kind === 'causes'
        ? goTo(state, progress.step + 1, progress)
        : state;
    case 'answer':
      return rateCurrent(state, state.draft);
    case 'skip':
      return rateCurrent(state, null);
    case 'draft':
      return currentStep(state).kind === 'item' ? { ...state, draft: action.rating } : state;
    case 'cause':
      return {
        ...state,
        progress: { ...progress, causes: { ...progress.causes, [action.id]: action.weight } },
      };
    case 'signs':
      return { ...state, progress: { ...progress, signs: [...action.signs] } };
    case 'noAnswers':
      return { ...state, noAnswers: true };
    case 'toFirst':
      return goTo(state, 1, progress);
  }
}

/**
 * What "See my results" sends: only entries of this definition, so stale or
 * corrupt saved ids cannot make the server refuse the whole check. Null when
 * no statement is rated, which the flow answers with a notice instead.
 */
export function checkSubmission(
  definition: Pick<CheckDefinition, 'items' | 'causes' | 'signs'>,
  progress: CheckProgress,
): CheckResponseBody | null {
  const known = (ids: readonly { id: string }[]) => new Set(ids.map((entry) => entry.id));
  const items = known(definition.items);
  const causes = known(definition.causes);
  const signs = known(definition.signs);
  const body: CheckResponseBody = {
    items: Object.fromEntries(Object.entries(progress.items).filter(([id]) => items.has(id))),
    causes: Object.fromEntries(Object.entries(progress.causes).filter(([id]) => causes.has(id))),
    signs: progress.signs.filter((id) => signs.has(id)),
  };
  return Object.keys(body.items).length > 0 ? body : null;
}
