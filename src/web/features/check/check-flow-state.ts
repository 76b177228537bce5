/**
 * The check flow's steps, without React: step 0 is the introduction, then
 * one step per screen of check-screens.ts. Nothing starts on a value: a
 * rating exists only once the person chooses it, and Next on a screen of
 * statements waits until each one is rated twice or skipped on purpose.
 *
 * The reducer keeps what is saved for resume (`progress`) apart from what is
 * not (`moved`, `missing`, `noAnswers`): it returns the same
 * `progress` object when nothing to save changed, so a save can follow
 * reference changes.
 */
import type { CheckDefinition, CheckResponseBody } from '../../../shared/program-api';
import { buildScreens, type CheckScreen, screenOf } from './check-screens';
import type { CheckProgress, Rating } from './check-storage';

export type CheckStep = { kind: 'intro' } | CheckScreen;

export type CheckFlowState = {
  screens: readonly CheckScreen[];
  /** Saved on this device after every change, so the check can be resumed. */
  progress: CheckProgress;
  /** Whether the flow came back from saved progress. */
  resumed: boolean;
  /** Whether the person has changed step on this visit (focus follows; the resume notice goes). */
  moved: boolean;
  /** Statements on this screen left without two ratings or a skip when Next was pressed. */
  missing: readonly string[];
  /** Shown after "See my results" with no statement rated. */
  noAnswers: boolean;
};

export type CheckFlowAction =
  | { type: 'start' }
  | { type: 'back' }
  /** On to the next screen, once this one is answered. */
  | { type: 'next' }
  | { type: 'rate'; itemId: string; which: keyof Rating; value: number }
  /** Skip a statement on purpose (its ratings are forgotten), or take the skip back. */
  | { type: 'skip'; itemId: string; skipped: boolean }
  | { type: 'cause'; id: string; weight: number }
  | { type: 'signs'; signs: string[] }
  | { type: 'noAnswers' }
  | { type: 'toFirst' };

const NOT_RATED: Rating = { now: null, wish: null };

export function isComplete(rating: Rating | undefined): boolean {
  return rating !== undefined && rating.now !== null && rating.wish !== null;
}

/** The steps after the introduction: one per screen. */
export function totalSteps(screens: readonly CheckScreen[]): number {
  return screens.length;
}

export function stepAt(screens: readonly CheckScreen[], step: number): CheckStep {
  if (step <= 0) return { kind: 'intro' };
  return screens[Math.min(step, screens.length) - 1] ?? { kind: 'intro' };
}

export function currentStep(state: CheckFlowState): CheckStep {
  return stepAt(state.screens, state.progress.step);
}

/** Whether this is the last screen, where the results are asked for. */
export function isLastStep(state: CheckFlowState): boolean {
  return state.progress.step === state.screens.length;
}

/** Back is offered on every step but the introduction and a first screen of statements. */
export function canGoBack(state: CheckFlowState): boolean {
  const { step } = state.progress;
  return step > 1 || (step === 1 && currentStep(state).kind !== 'statements');
}

/** Statements of a screen still without two ratings and not skipped. */
export function unanswered(screen: CheckStep, progress: CheckProgress): string[] {
  if (screen.kind !== 'statements') return [];
  return screen.itemIds.filter(
    (id) => !progress.skipped.includes(id) && !isComplete(progress.items[id]),
  );
}

/**
 * Progress saved while each statement had a screen of its own, moved onto
 * screens: the same answers, the screen of the statement it was on, and the
 * statements passed without a rating counted as skipped (that was the only
 * way past them).
 */
function fromStatementLayout(
  saved: CheckProgress,
  definition: Pick<CheckDefinition, 'items'>,
  screens: readonly CheckScreen[],
): CheckProgress {
  const ids = definition.items.map((item) => item.id);
  const passed = ids.slice(0, Math.max(0, saved.step - 1));
  const skipped = passed.filter((id) => !isComplete(saved.items[id]));
  const onStatement = ids[saved.step - 1];
  const causes = screens.findIndex((screen) => screen.kind === 'causes');
  const step =
    saved.step <= 0
      ? 0
      : onStatement !== undefined
        ? screenOf(screens, onStatement) + 1
        : saved.step === ids.length + 1 && causes >= 0
          ? causes + 1
          : screens.length;
  return {
    ...saved,
    layout: 'screens',
    step,
    skipped: [...new Set([...saved.skipped, ...skipped])],
  };
}

/** Where the flow starts: saved progress of this version (its step kept in range), or the introduction. */
export function initialCheckFlow(
  definition: Pick<CheckDefinition, 'version' | 'items' | 'causes' | 'signs'>,
  saved: CheckProgress | null,
): CheckFlowState {
  const screens = buildScreens(definition);
  const restored =
    saved && saved.layout === 'statements'
      ? fromStatementLayout(saved, definition, screens)
      : saved;
  const progress: CheckProgress = restored
    ? { ...restored, step: Math.max(0, Math.min(restored.step, screens.length)) }
    : {
        version: definition.version,
        layout: 'screens',
        step: 0,
        items: {},
        skipped: [],
        causes: {},
        signs: [],
      };
  return {
    screens,
    progress,
    resumed: saved !== null,
    moved: false,
    missing: [],
    noAnswers: false,
  };
}

function goTo(state: CheckFlowState, step: number): CheckFlowState {
  const target = Math.max(0, Math.min(step, state.screens.length));
  return {
    ...state,
    progress: { ...state.progress, step: target },
    moved: true,
    missing: [],
    noAnswers: false,
  };
}

/** The same state with new progress; what was missing stays listed only while it still is. */
function withProgress(state: CheckFlowState, progress: CheckProgress): CheckFlowState {
  const still = new Set(unanswered(currentStep(state), progress));
  return { ...state, progress, missing: state.missing.filter((id) => still.has(id)) };
}

function onThisScreen(state: CheckFlowState, itemId: string): boolean {
  const step = currentStep(state);
  return step.kind === 'statements' && step.itemIds.includes(itemId);
}

export function checkFlowReducer(state: CheckFlowState, action: CheckFlowAction): CheckFlowState {
  const { progress } = state;
  switch (action.type) {
    case 'start':
      return currentStep(state).kind === 'intro' ? goTo(state, 1) : state;
    case 'back':
      return canGoBack(state) ? goTo(state, progress.step - 1) : state;
    case 'next': {
      const step = currentStep(state);
      if (step.kind === 'intro') return state;
      const missing = unanswered(step, progress);
      if (missing.length > 0) return { ...state, missing };
      // The last screen asks for the results instead (see checkSubmission).
      return isLastStep(state) ? state : goTo(state, progress.step + 1);
    }
    case 'rate': {
      if (!onThisScreen(state, action.itemId)) return state;
      const rating = {
        ...(progress.items[action.itemId] ?? NOT_RATED),
        [action.which]: action.value,
      };
      return withProgress(state, {
        ...progress,
        items: { ...progress.items, [action.itemId]: rating },
        skipped: progress.skipped.filter((id) => id !== action.itemId),
      });
    }
    case 'skip': {
      if (!onThisScreen(state, action.itemId)) return state;
      const { [action.itemId]: _forgotten, ...items } = progress.items;
      const others = progress.skipped.filter((id) => id !== action.itemId);
      return withProgress(state, {
        ...progress,
        items: action.skipped ? items : progress.items,
        skipped: action.skipped ? [...others, action.itemId] : others,
      });
    }
    case 'cause':
      return currentStep(state).kind === 'causes'
        ? {
            ...state,
            progress: { ...progress, causes: { ...progress.causes, [action.id]: action.weight } },
          }
        : state;
    case 'signs':
      return { ...state, progress: { ...progress, signs: [...action.signs] } };
    case 'noAnswers':
      return { ...state, noAnswers: true };
    case 'toFirst':
      return goTo(state, 1);
  }
}

/**
 * What "See my results" sends: only statements rated twice, and only entries
 * of this definition, so stale or corrupt saved ids cannot make the server
 * refuse the whole check. Null when no statement is rated, which the flow
 * answers with a notice instead.
 */
export function checkSubmission(
  definition: Pick<CheckDefinition, 'items' | 'causes' | 'signs'>,
  progress: CheckProgress,
): CheckResponseBody | null {
  const known = (ids: readonly { id: string }[]) => new Set(ids.map((entry) => entry.id));
  const items = known(definition.items);
  const causes = known(definition.causes);
  const signs = known(definition.signs);
  const rated: CheckResponseBody['items'] = {};
  for (const [id, rating] of Object.entries(progress.items)) {
    if (!items.has(id) || progress.skipped.includes(id)) continue;
    if (rating.now !== null && rating.wish !== null)
      rated[id] = { now: rating.now, wish: rating.wish };
  }
  const body: CheckResponseBody = {
    items: rated,
    causes: Object.fromEntries(Object.entries(progress.causes).filter(([id]) => causes.has(id))),
    signs: progress.signs.filter((id) => signs.has(id)),
  };
  return Object.keys(body.items).length > 0 ? body : null;
}
