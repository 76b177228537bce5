import { describe, expect, it } from 'vitest';
import type { CheckDefinition } from '../../../shared/program-api';
import {
  type CheckFlowAction,
  type CheckFlowState,
  type CheckStep,
  canGoBack,
  checkFlowReducer,
  checkSubmission,
  currentStep,
  initialCheckFlow,
  MIDDLE,
  stepAt,
  totalSteps,
} from './check-flow-state';
import type { CheckProgress } from './check-storage';

const definition: CheckDefinition = {
  version: 'v1',
  items: [
    { id: 'emo-1', kind: 'emotional', text: 'One' },
    { id: 'phy-1', kind: 'physical', text: 'Two' },
    { id: 'int-1', kind: 'intellectual', text: 'Three' },
  ],
  causes: [
    { id: 'arguments', group: 'communication', label: 'Arguments' },
    { id: 'same-days', group: 'routine', label: 'Same days' },
  ],
  signs: [
    { id: 'less-talk', label: 'Less talk' },
    { id: 'less-touch', label: 'Less touch' },
  ],
};
const ids = definition.items.map((item) => item.id);
/** Steps: 0 intro, 1–3 statements, 4 causes, 5 signs. */
const CAUSES = 4;
const SIGNS = 5;

function progress(changes: Partial<CheckProgress> = {}): CheckProgress {
  return { version: 'v1', step: 0, items: {}, causes: {}, signs: [], ...changes };
}

function at(step: number, changes: Partial<CheckProgress> = {}): CheckFlowState {
  return initialCheckFlow(definition, progress({ step, ...changes }));
}

function run(state: CheckFlowState, ...actions: CheckFlowAction[]): CheckFlowState {
  return actions.reduce(checkFlowReducer, state);
}

describe('steps', () => {
  it('counts the statements, causes and signs', () => {
    expect(totalSteps(ids.length)).toBe(5);
    expect(totalSteps(0)).toBe(2);
  });

  it.each<[number, CheckStep]>([
    [0, { kind: 'intro' }],
    [1, { kind: 'item', itemId: 'emo-1' }],
    [2, { kind: 'item', itemId: 'phy-1' }],
    [3, { kind: 'item', itemId: 'int-1' }],
    [CAUSES, { kind: 'causes' }],
    [SIGNS, { kind: 'signs' }],
  ])('step %i is %o', (step, expected) => {
    expect(stepAt(ids, step)).toEqual(expected);
  });

  it('goes from the introduction straight to causes when there are no statements', () => {
    expect(stepAt([], 1)).toEqual({ kind: 'causes' });
    expect(stepAt([], 2)).toEqual({ kind: 'signs' });
  });
});

describe('initialCheckFlow', () => {
  it('starts at the introduction with nothing saved', () => {
    const state = initialCheckFlow(definition, null);
    expect(state.progress).toEqual(progress());
    expect(state).toMatchObject({ draft: MIDDLE, resumed: false, moved: false, noAnswers: false });
  });

  it('resumes at the saved step, with that statement’s saved rating on the sliders', () => {
    const state = at(2, { items: { 'phy-1': { now: 2, wish: 8 } } });
    expect(currentStep(state)).toEqual({ kind: 'item', itemId: 'phy-1' });
    expect(state.draft).toEqual({ now: 2, wish: 8 });
    expect(state).toMatchObject({ resumed: true, moved: false });
  });

  it.each([
    [99, SIGNS],
    [SIGNS + 1, SIGNS],
    [-3, 0],
  ])('brings a saved step of %i back to %i', (saved, expected) => {
    expect(at(saved).progress.step).toBe(expected);
  });
});

describe('moving between steps', () => {
  it.each<[string, number, CheckFlowAction, number]>([
    ['start leaves the introduction', 0, { type: 'start' }, 1],
    ['start elsewhere does nothing', 2, { type: 'start' }, 2],
    ['Next keeps the rating and goes on', 1, { type: 'answer' }, 2],
    ['Skip goes on', 2, { type: 'skip' }, 3],
    ['the last statement leads to causes', 3, { type: 'answer' }, CAUSES],
    ['Next from causes leads to signs', CAUSES, { type: 'next' }, SIGNS],
    ['Next on a statement is Answer, not Next', 2, { type: 'next' }, 2],
    ['rating is only on statements', CAUSES, { type: 'answer' }, CAUSES],
    ['skipping is only on statements', SIGNS, { type: 'skip' }, SIGNS],
    ['Back from a later statement', 3, { type: 'back' }, 2],
    ['no Back from the first statement', 1, { type: 'back' }, 1],
    ['no Back from the introduction', 0, { type: 'back' }, 0],
    ['Back from causes to the last statement', CAUSES, { type: 'back' }, 3],
    ['Back from signs to causes', SIGNS, { type: 'back' }, CAUSES],
    ['"To the first question" from signs', SIGNS, { type: 'toFirst' }, 1],
  ])('%s (%i → %i)', (_name, from, action, expected) => {
    expect(run(at(from), action).progress.step).toBe(expected);
  });

  it.each([
    [0, false],
    [1, false],
    [2, true],
    [3, true],
    [CAUSES, true],
    [SIGNS, true],
  ])('offers Back on step %i: %s', (step, expected) => {
    expect(canGoBack(at(step))).toBe(expected);
  });

  it('offers Back from causes to the introduction when there are no statements', () => {
    const state = initialCheckFlow({ ...definition, items: [] }, progress({ step: 1 }));
    expect(canGoBack(state)).toBe(true);
    expect(run(state, { type: 'back' }).progress.step).toBe(0);
  });

  it('marks the person as having moved, which hides the resume notice and clears the no-answers notice', () => {
    const state = run(at(SIGNS), { type: 'noAnswers' });
    expect(state).toMatchObject({ moved: false, noAnswers: true });
    expect(run(state, { type: 'back' })).toMatchObject({ moved: true, noAnswers: false });
  });
});

describe('ratings', () => {
  it('keeps the draft only when the person presses Next', () => {
    const state = run(at(1), { type: 'draft', rating: { now: 1, wish: 9 } });
    expect(state.progress.items).toEqual({});
    const next = run(state, { type: 'answer' });
    expect(next.progress.items).toEqual({ 'emo-1': { now: 1, wish: 9 } });
  });

  it('forgets an earlier rating when the statement is skipped', () => {
    const state = at(1, { items: { 'emo-1': { now: 4, wish: 6 }, 'phy-1': { now: 2, wish: 2 } } });
    expect(run(state, { type: 'skip' }).progress.items).toEqual({ 'phy-1': { now: 2, wish: 2 } });
  });

  it('shows the next statement’s saved rating, or the middle', () => {
    const state = at(1, { items: { 'phy-1': { now: 2, wish: 3 } } });
    const second = run(state, { type: 'draft', rating: { now: 9, wish: 9 } }, { type: 'answer' });
    expect(second.draft).toEqual({ now: 2, wish: 3 });
    expect(run(second, { type: 'skip' }).draft).toEqual(MIDDLE);
  });

  it('shows the saved rating again after going back', () => {
    const state = run(
      at(1),
      { type: 'draft', rating: { now: 7, wish: 8 } },
      { type: 'answer' },
      { type: 'back' },
    );
    expect(state.draft).toEqual({ now: 7, wish: 8 });
  });

  it('ignores a draft outside a statement', () => {
    const state = at(CAUSES);
    expect(run(state, { type: 'draft', rating: { now: 1, wish: 1 } })).toBe(state);
  });
});

describe('what is saved for resume', () => {
  it.each<[string, number, CheckFlowAction]>([
    ['moving a slider', 2, { type: 'draft', rating: { now: 0, wish: 10 } }],
    ['submitting with nothing rated', SIGNS, { type: 'noAnswers' }],
    ['an action that does not apply', 1, { type: 'back' }],
  ])('keeps the same progress (nothing to save) on %s', (_name, step, action) => {
    const state = at(step);
    expect(checkFlowReducer(state, action).progress).toBe(state.progress);
  });

  it.each<[string, number, CheckFlowAction, Partial<CheckProgress>]>([
    ['a step', 1, { type: 'skip' }, { step: 2 }],
    ['a rating', 1, { type: 'answer' }, { step: 2, items: { 'emo-1': MIDDLE } }],
    [
      'a cause',
      CAUSES,
      { type: 'cause', id: 'arguments', weight: 2 },
      { causes: { arguments: 2 } },
    ],
    ['signs', SIGNS, { type: 'signs', signs: ['less-talk'] }, { signs: ['less-talk'] }],
  ])('saves %s', (_name, step, action, changed) => {
    const state = at(step);
    const next = checkFlowReducer(state, action);
    expect(next.progress).not.toBe(state.progress);
    expect(next.progress).toEqual({ ...state.progress, ...changed });
  });

  it('does not move on when a cause or the signs change', () => {
    expect(run(at(CAUSES), { type: 'cause', id: 'arguments', weight: 1 }).moved).toBe(false);
    expect(run(at(SIGNS), { type: 'signs', signs: [] }).moved).toBe(false);
  });

  it('never saves the draft', () => {
    const state = run(at(2), { type: 'draft', rating: { now: 1, wish: 2 } }, { type: 'back' });
    expect(state.progress.items).toEqual({});
  });
});

describe('checkSubmission', () => {
  it('sends nothing while no statement is rated', () => {
    expect(checkSubmission(definition, progress())).toBeNull();
    expect(
      checkSubmission(definition, progress({ causes: { arguments: 3 }, signs: ['less-talk'] })),
    ).toBeNull();
  });

  it('sends the ratings, causes and signs', () => {
    const saved = progress({
      items: { 'emo-1': { now: 3, wish: 9 } },
      causes: { arguments: 3, 'same-days': 0 },
      signs: ['less-talk'],
    });
    expect(checkSubmission(definition, saved)).toEqual({
      items: saved.items,
      causes: saved.causes,
      signs: saved.signs,
    });
  });

  it('leaves out what this check does not ask', () => {
    const saved = progress({
      items: { 'emo-1': { now: 3, wish: 9 }, 'gone-1': { now: 1, wish: 1 } },
      causes: { arguments: 1, gone: 2 },
      signs: ['less-talk', 'gone'],
    });
    expect(checkSubmission(definition, saved)).toEqual({
      items: { 'emo-1': { now: 3, wish: 9 } },
      causes: { arguments: 1 },
      signs: ['less-talk'],
    });
  });

  it('counts only ratings of this check as answers', () => {
    expect(checkSubmission(definition, progress({ items: { gone: MIDDLE } }))).toBeNull();
  });
});
