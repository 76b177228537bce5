/**
 * Life events: what is going on in a couple's life (a new baby, a move, an
 * illness, living apart for a while…) and how it reshapes the plan. Either
 * partner names an event; it holds for the couple from its first day until
 * the day someone says it is over. While it lasts, the plan asks for fewer,
 * shorter things, puts other tracks first, sets some activities aside for
 * now, and prefers versions that work at a distance. Its start and end also
 * bring the next re-check closer.
 */
import type { RhythmEntry, RhythmId, TrackId } from './plan';

export const LIFE_EVENT_KINDS = [
  'new-baby',
  'move',
  'new-job',
  'illness',
  'long-distance',
  'bereavement',
  'caring',
  'busy-season',
  'other',
] as const;
export type LifeEventKind = (typeof LIFE_EVENT_KINDS)[number];

/** Whether a stored value is a kind this code knows. */
export function isLifeEventKind(value: string): value is LifeEventKind {
  return (LIFE_EVENT_KINDS as readonly string[]).includes(value);
}

/** How much the plan asks while an event lasts. */
export type Load = 'usual' | 'lighter' | 'much-lighter';

export interface LifeEventEffect {
  load: Load;
  /** Tracks to put first for now, most helpful first. */
  favour: readonly TrackId[];
  /** Rhythm entries set aside until the event is over. */
  pause: readonly RhythmId[];
  /** Prefer activities that work when the two of you are apart. */
  apart: boolean;
}

/** Each kind's effect. Original reasoning: what a tired, stretched or grieving couple can hold. */
export const LIFE_EVENT_EFFECTS: Readonly<Record<LifeEventKind, LifeEventEffect>> = {
  // Little sleep and no spare hour: tiny touches and thanks, nothing that needs planning.
  'new-baby': {
    load: 'much-lighter',
    favour: [4, 5],
    pause: ['novelty-challenge', 'active-listening'],
    apart: false,
  },
  // Boxes everywhere: the move is novelty enough; a shared project fits it.
  move: { load: 'lighter', favour: [5, 3], pause: ['novelty-challenge'], apart: false },
  // New days to learn: shorter things, and room to talk it through.
  'new-job': { load: 'lighter', favour: [3, 5], pause: [], apart: false },
  // Rest comes first: gentle closeness, nothing that asks for energy.
  illness: {
    load: 'much-lighter',
    favour: [5, 4],
    pause: ['novelty-challenge', 'active-listening'],
    apart: false,
  },
  // The same rhythm, in versions that work on a call or by message.
  'long-distance': { load: 'usual', favour: [3, 5], pause: [], apart: true },
  // Grief is slow: comfort, being heard, and people who can help.
  bereavement: {
    load: 'much-lighter',
    favour: [5, 7],
    pause: ['novelty-challenge'],
    apart: false,
  },
  // Caring for someone else takes the hours: small, warm, schedulable things.
  caring: { load: 'lighter', favour: [4, 5], pause: ['novelty-challenge'], apart: false },
  // Exams or a full season at work: short things that still keep you close.
  'busy-season': {
    load: 'lighter',
    favour: [4, 3],
    pause: ['novelty-challenge', 'active-listening'],
    apart: false,
  },
  other: { load: 'lighter', favour: [], pause: [], apart: false },
};

const LOAD_ORDER: readonly Load[] = ['usual', 'lighter', 'much-lighter'];

/** The most a daily entry asks per week, and the share of its minutes, by load. */
const LOAD_RULES: Readonly<Record<Load, { maxDaily: number; minuteShare: number }>> = {
  usual: { maxDaily: 7, minuteShare: 1 },
  lighter: { maxDaily: 5, minuteShare: 0.6 },
  'much-lighter': { maxDaily: 3, minuteShare: 0.5 },
};

/** Entries a life event never changes: they are about the person's own footing. */
const STEADY: ReadonlySet<RhythmId> = new Set(['weekly-pulse', 'support-resources']);

/** No effect at all: what the plan is without any event. */
export const NO_EFFECT: LifeEventEffect = { load: 'usual', favour: [], pause: [], apart: false };

/** Kinds in their canonical order, each once: the same input always gives the same plan. */
export function canonicalKinds(kinds: readonly LifeEventKind[]): LifeEventKind[] {
  const present = new Set(kinds);
  return LIFE_EVENT_KINDS.filter((kind) => present.has(kind));
}

/** Several events at once: the heaviest load, every track to favour and every pause, apart if any is. */
export function combineEffects(kinds: readonly LifeEventKind[]): LifeEventEffect {
  let load: Load = 'usual';
  const favour: TrackId[] = [];
  const pause = new Set<RhythmId>();
  let apart = false;
  for (const kind of canonicalKinds(kinds)) {
    const effect = LIFE_EVENT_EFFECTS[kind];
    if (LOAD_ORDER.indexOf(effect.load) > LOAD_ORDER.indexOf(load)) load = effect.load;
    for (const track of effect.favour) if (!favour.includes(track)) favour.push(track);
    for (const id of effect.pause) pause.add(id);
    apart ||= effect.apart;
  }
  return { load, favour, pause: [...pause], apart };
}

function shorter(minutes: number, share: number): number {
  if (share >= 1) return minutes;
  // Longer activities shrink to whole five minutes; short ones to whole minutes.
  if (minutes >= 10) return Math.max(5, Math.round((minutes * share) / 5) * 5);
  return Math.max(1, Math.round(minutes * share));
}

/** The rhythm while these events last: paused entries left out, the rest fewer and shorter. */
export function adjustRhythm(
  rhythm: readonly RhythmEntry[],
  effect: LifeEventEffect,
): RhythmEntry[] {
  const rules = LOAD_RULES[effect.load];
  return rhythm
    .filter((entry) => STEADY.has(entry.id) || !effect.pause.includes(entry.id))
    .map((entry) => {
      if (STEADY.has(entry.id)) return entry;
      return {
        ...entry,
        timesPerWeek:
          entry.cadence === 'daily'
            ? Math.min(entry.timesPerWeek, rules.maxDaily)
            : entry.timesPerWeek,
        minutes: shorter(entry.minutes, rules.minuteShare),
      };
    });
}

/** The tracks to start with: the events' favourites first, then the plan's own, three at most. */
export function adjustFocus(focus: readonly TrackId[], effect: LifeEventEffect): TrackId[] {
  return [...new Set([...effect.favour, ...focus])].slice(0, 3);
}

export interface LifeEventSpan {
  kind: LifeEventKind;
  /** First day it holds ("YYYY-MM-DD", the couple's calendar). */
  startsOn: string;
  /** The day it was over (it no longer holds on that day), or null while it lasts. */
  endedOn: string | null;
}

/** Whether an event holds on a day. */
export function holdsOn(event: LifeEventSpan, day: string): boolean {
  return event.startsOn <= day && (event.endedOn === null || day < event.endedOn);
}

/** Whether an event holds on any day of a span (a week, say). */
export function holdsDuring(event: LifeEventSpan, from: string, to: string): boolean {
  return event.startsOn <= to && (event.endedOn === null || from < event.endedOn);
}

/** The kinds that hold on a day, in canonical order. */
export function activeKinds(events: readonly LifeEventSpan[], day: string): LifeEventKind[] {
  return canonicalKinds(events.filter((e) => holdsOn(e, day)).map((e) => e.kind));
}

/** The latest day on or before `day` when an event began or was over; null when none has. */
export function lastChange(events: readonly LifeEventSpan[], day: string): string | null {
  let latest: string | null = null;
  for (const event of events) {
    for (const change of [event.startsOn, event.endedOn]) {
      if (change !== null && change <= day && (latest === null || change > latest)) latest = change;
    }
  }
  return latest;
}

/** Four weeks after something changed, a re-check helps the plan catch up. */
export const RECHECK_AFTER_CHANGE_DAYS = 28;
const DAY_MS = 24 * 3600 * 1000;

/**
 * When the next re-check is due. `usualDue` is the regular cadence (from the
 * last check); a life event that began or was over after that check brings it
 * forward to four weeks after the change, never later than the usual one.
 * Without any check yet there is no re-check (the first check comes first).
 */
export function recheckDue(input: {
  usualDue: string | null;
  lastCheckAt: string | null;
  lastChangeDay: string | null;
}): string | null {
  const { usualDue, lastCheckAt, lastChangeDay } = input;
  if (!usualDue || !lastCheckAt || !lastChangeDay) return usualDue;
  const change = Date.parse(`${lastChangeDay}T00:00:00Z`);
  if (change <= Date.parse(lastCheckAt)) return usualDue;
  const afterChange = change + RECHECK_AFTER_CHANGE_DAYS * DAY_MS;
  return new Date(Math.min(Date.parse(usualDue), afterChange)).toISOString();
}

/** Each kind as one bit, for a single number in a snapshot query. */
export function kindBit(kind: LifeEventKind): number {
  return 2 ** LIFE_EVENT_KINDS.indexOf(kind);
}

/** The kinds a bit mask holds, in canonical order (unknown bits are ignored). */
export function kindsFromMask(mask: number): LifeEventKind[] {
  return LIFE_EVENT_KINDS.filter((kind) => (mask & kindBit(kind)) !== 0);
}
