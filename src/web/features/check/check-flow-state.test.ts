import { describe, expect, it } from 'vitest';
import type { CheckDefinition } from '../../../shared/program-api';
import {
  type CheckFlowAction,
  type CheckFlowState,
  canGoBack,
  checkFlowReducer,
  checkSubmission,
  currentStep,
  initialCheckFlow,
  isLastStep,
  stepAt,
  totalSteps,
  unanswered,
} from './check-flow-state';
import { buildScreens } from './check-screens';
import type { CheckProgress } from './check-storage';

/** Five emotional statements (two screens: 3 and 2), one physical, causes, signs. */
const definition: CheckDefinition = {
  version: 'v1',
  items: [
    { id: 'emo-1', kind: 'emotional', text: 'One' },
    { id: 'emo-2', kind: 'emotional', text: 'Two' },
    { id: 'emo-3', kind: 'emotional', text: 'Three' },
    { id: 'emo-4', kind: 'emotional', text: 'Four' },
    { id: 'emo-5', kind: 'emotional', text: 'Five' },
    { id: 'phy-1', kind: 'physical', text: 'Six' },
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
/** Steps: 0 intro, 1 emo-1..3, 2 emo-4..5, 3 phy-1, 4 causes, 5 signs. */
const CAUSES = 4;
const SIGNS = 5;
const both = (now: number, wish: number) => ({ now, wish });

function progress(changes: Partial<CheckProgress> = {}): CheckProgress {
  return {
    version: 'v1',
    layout: 'screens',
    step: 0,
    items: {},
    skipped: [],
    causes: {},
    signs: [],
    ...changes,
  };
}

function at(step: number, changes: Partial<CheckProgress> = {}): CheckFlowState {
  return initialCheckFlow(definition, progress({ step, ...changes }));
}

function run(state: CheckFlowState, ...actions: CheckFlowAction[]): CheckFlowState {
  return actions.reduce(checkFlowReducer, state);
}

const rate = (itemId: string, now: number, wish: number): CheckFlowAction[] => [
  { type: 'rate', itemId, which: 'now', value: now },
  { type: 'rate', itemId, which: 'wish', value: wish },
];

describe('steps', () => {
  const screens = buildScreens(definition);

  it('counts one step per screen: the "of N" is the real number of screens', () => {
    expect(totalSteps(screens)).toBe(5);
  });

  it.each([
    [0, 'intro'],
    [1, 'statements'],
    [2, 'statements'],
    [3, 'statements'],
    [CAUSES, 'causes'],
    [SIGNS, 'signs'],
    [99, 'signs'],
  ])('step %i is %s', (step, kind) => {
    expect(stepAt(screens, step).kind).toBe(kind);
  });

  it('knows the last step', () => {
    expect(isLastStep(at(SIGNS))).toBe(true);
    expect(isLastStep(at(CAUSES))).toBe(false);
  });
});

describe('initialCheckFlow', () => {
  it('starts at the introduction with nothing chosen', () => {
    const state = initialCheckFlow(definition, null);
    expect(state.progress).toEqual(progress());
    expect(state).toMatchObject({ resumed: false, moved: false, missing: [], noAnswers: false });
  });

  it('resumes at the saved screen with what was chosen there, complete or not', () => {
    const items = { 'emo-4': both(2, 8), 'emo-5': { now: 3, wish: null } };
    const state = at(2, { items });
    expect(currentStep(state)).toMatchObject({ kind: 'statements', itemIds: ['emo-4', 'emo-5'] });
    expect(state.progress.items).toEqual(items);
    expect(state).toMatchObject({ resumed: true, moved: false });
  });

  it.each([
    [99, SIGNS],
    [SIGNS + 1, SIGNS],
    [-3, 0],
  ])('brings a saved step of %i back to %i', (saved, expected) => {
    expect(at(saved).progress.step).toBe(expected);
  });

  describe('progress saved when each statement had a screen of its own', () => {
    const old = (step: number, items: CheckProgress['items'] = {}) =>
      initialCheckFlow(definition, progress({ layout: 'statements', step, items })).progress;

    it.each([
      [0, 0],
      [1, 1],
      [3, 1],
      [4, 2],
      [6, 3],
      [7, CAUSES],
      [8, SIGNS],
    ])('moves statement step %i to screen step %i', (step, expected) => {
      expect(old(step).step).toBe(expected);
      expect(old(step).layout).toBe('screens');
    });

    it('keeps the ratings and counts the statements passed without one as skipped', () => {
      const moved = old(5, { 'emo-1': both(1, 2), 'emo-3': both(3, 4) });
      expect(moved.items).toEqual({ 'emo-1': both(1, 2), 'emo-3': both(3, 4) });
      expect(moved.skipped).toEqual(['emo-2', 'emo-4']);
      expect(moved.step).toBe(2);
    });
  });
});

describe('nothing starts on a value, and Next waits', () => {
  it('holds Next on a screen until each statement has both ratings or is skipped', () => {
    const state = run(at(1), { type: 'next' });
    expect(state.progress.step).toBe(1);
    expect(state.missing).toEqual(['emo-1', 'emo-2', 'emo-3']);
    expect(state.progress.items).toEqual({});
  });

  it('counts a statement with only one rating as not answered', () => {
    const state = run(
      at(1),
      { type: 'rate', itemId: 'emo-1', which: 'now', value: 4 },
      { type: 'next' },
    );
    expect(state.missing).toEqual(['emo-1', 'emo-2', 'emo-3']);
    expect(state.progress.items['emo-1']).toEqual({ now: 4, wish: null });
  });

  it('goes on once everything on the screen is answered or skipped', () => {
    const state = run(
      at(1),
      ...rate('emo-1', 2, 9),
      { type: 'skip', itemId: 'emo-2', skipped: true },
      ...rate('emo-3', 0, 10),
      { type: 'next' },
    );
    expect(state.progress.step).toBe(2);
    expect(state).toMatchObject({ moved: true, missing: [] });
  });

  it('takes a statement off the missing list as soon as it is answered', () => {
    const held = run(at(1), { type: 'next' });
    const fixed = run(held, ...rate('emo-2', 5, 5));
    expect(fixed.missing).toEqual(['emo-1', 'emo-3']);
    expect(run(fixed, { type: 'skip', itemId: 'emo-1', skipped: true }).missing).toEqual(['emo-3']);
  });

  it('lists what is still unanswered on a screen', () => {
    const state = at(1, {
      items: { 'emo-1': both(1, 1), 'emo-2': { now: null, wish: 3 } },
      skipped: ['emo-3'],
    });
    expect(unanswered(currentStep(state), state.progress)).toEqual(['emo-2']);
    expect(unanswered({ kind: 'causes', count: 2 }, state.progress)).toEqual([]);
  });

  it('lets causes go on with none answered (skipping them is allowed)', () => {
    expect(run(at(CAUSES), { type: 'next' }).progress.step).toBe(SIGNS);
  });

  it('does not move past the last screen: that is "See my results"', () => {
    expect(run(at(SIGNS), { type: 'next' }).progress.step).toBe(SIGNS);
  });
});

describe('skipping', () => {
  it('forgets the ratings of a statement skipped on purpose, and can be taken back', () => {
    const state = run(at(1, { items: { 'emo-1': both(4, 6) } }), {
      type: 'skip',
      itemId: 'emo-1',
      skipped: true,
    });
    expect(state.progress.items).toEqual({});
    expect(state.progress.skipped).toEqual(['emo-1']);
    const back = run(state, { type: 'skip', itemId: 'emo-1', skipped: false });
    expect(back.progress.skipped).toEqual([]);
    expect(back.progress.items).toEqual({});
  });

  it('un-skips a statement that gets a rating', () => {
    const state = run(at(1, { skipped: ['emo-1'] }), {
      type: 'rate',
      itemId: 'emo-1',
      which: 'now',
      value: 3,
    });
    expect(state.progress.skipped).toEqual([]);
  });

  it('ignores ratings and skips for statements on another screen', () => {
    const state = at(1);
    expect(run(state, ...rate('phy-1', 1, 1))).toBe(state);
    expect(run(state, { type: 'skip', itemId: 'phy-1', skipped: true })).toBe(state);
  });
});

describe('moving between steps', () => {
  it.each<[string, number, CheckFlowAction, number]>([
    ['start leaves the introduction', 0, { type: 'start' }, 1],
    ['start elsewhere does nothing', 2, { type: 'start' }, 2],
    ['Next from causes leads to signs', CAUSES, { type: 'next' }, SIGNS],
    ['Back from a later screen', 3, { type: 'back' }, 2],
    ['no Back from the first screen of statements', 1, { type: 'back' }, 1],
    ['no Back from the introduction', 0, { type: 'back' }, 0],
    ['Back from causes to the last statements', CAUSES, { type: 'back' }, 3],
    ['Back from signs to causes', SIGNS, { type: 'back' }, CAUSES],
    ['"To the first statement" from signs', SIGNS, { type: 'toFirst' }, 1],
  ])('%s (%i → %i)', (_name, from, action, expected) => {
    expect(run(at(from), action).progress.step).toBe(expected);
  });

  it.each([
    [0, false],
    [1, false],
    [2, true],
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

  it('marks the person as having moved, which hides the resume notice and clears notices', () => {
    const state = run(at(SIGNS), { type: 'noAnswers' });
    expect(state).toMatchObject({ moved: false, noAnswers: true });
    expect(run(state, { type: 'back' })).toMatchObject({ moved: true, noAnswers: false });
  });
});

describe('what is saved for resume', () => {
  it.each<[string, number, CheckFlowAction]>([
    ['a held-back Next', 1, { type: 'next' }],
    ['submitting with nothing rated', SIGNS, { type: 'noAnswers' }],
    ['an action that does not apply', 1, { type: 'back' }],
    ['a cause outside the causes screen', 1, { type: 'cause', id: 'arguments', weight: 2 }],
  ])('keeps the same progress (nothing to save) on %s', (_name, step, action) => {
    const state = at(step);
    expect(checkFlowReducer(state, action).progress).toBe(state.progress);
  });

  it.each<[string, number, CheckFlowAction, Partial<CheckProgress>]>([
    ['a step', CAUSES, { type: 'next' }, { step: SIGNS }],
    [
      'one rating',
      1,
      { type: 'rate', itemId: 'emo-2', which: 'wish', value: 7 },
      { items: { 'emo-2': { now: null, wish: 7 } } },
    ],
    ['a skip', 1, { type: 'skip', itemId: 'emo-3', skipped: true }, { skipped: ['emo-3'] }],
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

  it('does not move on when a rating, a cause or the signs change', () => {
    expect(run(at(1), ...rate('emo-1', 1, 2)).moved).toBe(false);
    expect(run(at(CAUSES), { type: 'cause', id: 'arguments', weight: 1 }).moved).toBe(false);
    expect(run(at(SIGNS), { type: 'signs', signs: [] }).moved).toBe(false);
  });
});

describe('checkSubmission', () => {
  it('sends nothing while no statement is rated twice', () => {
    expect(checkSubmission(definition, progress())).toBeNull();
    expect(
      checkSubmission(
        definition,
        progress({ items: { 'emo-1': { now: 3, wish: null } }, causes: { arguments: 3 } }),
      ),
    ).toBeNull();
  });

  it('sends only what was chosen: complete ratings, causes and signs', () => {
    const saved = progress({
      items: { 'emo-1': both(3, 9), 'emo-2': { now: null, wish: 4 } },
      causes: { arguments: 3, 'same-days': 0 },
      signs: ['less-talk'],
    });
    expect(checkSubmission(definition, saved)).toEqual({
      items: { 'emo-1': both(3, 9) },
      causes: { arguments: 3, 'same-days': 0 },
      signs: ['less-talk'],
    });
  });

  it('leaves out skipped statements and what this check does not ask', () => {
    const saved = progress({
      items: { 'emo-1': both(3, 9), 'emo-2': both(1, 1), 'gone-1': both(1, 1) },
      skipped: ['emo-2'],
      causes: { arguments: 1, gone: 2 },
      signs: ['less-talk', 'gone'],
    });
    expect(checkSubmission(definition, saved)).toEqual({
      items: { 'emo-1': both(3, 9) },
      causes: { arguments: 1 },
      signs: ['less-talk'],
    });
  });

  it('counts only ratings of this check as answers', () => {
    expect(checkSubmission(definition, progress({ items: { gone: both(5, 5) } }))).toBeNull();
  });
});
