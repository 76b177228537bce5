/**
 * When to suggest professional help (rules T1–T6 of SAFETY-AND-SCORING.md),
 * on one person's own data only: their weekly pulses, their check results and
 * their private "how have things been" answers. The safety routing (S1/S2,
 * core/private-screen.ts) overrides every rule: a person it routed elsewhere
 * is never pointed toward couples therapy or couple skills, only toward help
 * for themselves. A suggestion is an option, shown at most once every four
 * weeks, and can be dismissed or snoozed.
 *
 * The distressed band, the check's cut-off and the reliable-change parameters
 * come from the versioned check settings (content/check/settings.yaml); the
 * windows below are the rules themselves.
 */
import { mayOfferCoupleActivities, type Route } from './private-screen';
import {
  type ReliabilityConfig,
  reliableChangeThreshold,
  summarizeChange,
} from './reliable-change';

/** T1 and T5 look at the current week and the three before it. */
export const WINDOW_WEEKS = 4;
/** "3 of the last 4 weeks" (T1); "most weeks" of those four (T5). */
export const WEEKS_NEEDED = 3;
/** T3: self-help is given at least this long (the rule's 8–12 weeks starts here). */
export const NO_GAIN_AFTER_WEEKS = 8;
/** A check older than this says little about now (monthly checks run about five weeks apart). */
export const CHECK_FRESH_WEEKS = 8;
/** At most one suggestion every 4 weeks; "Remind me in a month" waits as long. */
export const CYCLE_DAYS = 28;
const CYCLE_MS = CYCLE_DAYS * 24 * 3600 * 1000;

// ---------------------------------------------------------------- vocabulary

/** "In the past week, thoughts of separating or steps toward it?" */
export const SEPARATION_ANSWERS = ['no', 'thoughts', 'steps', 'prefer-not'] as const;
export type SeparationAnswer = (typeof SEPARATION_ANSWERS)[number];

/** "Flooded, shut out or put down in arguments most days this week?" */
export const CONFLICT_ANSWERS = ['yes', 'no', 'prefer-not'] as const;
export type ConflictAnswer = (typeof CONFLICT_ANSWERS)[number];

/** Things that call for a specialist (T6). */
export const SPECIALIST_NEEDS = ['betrayal', 'sexual-pain', 'substance-use', 'low-mood'] as const;
export type SpecialistNeed = (typeof SPECIALIST_NEEDS)[number];

/** Kinds of professional help; the per-country directories say which they cover. */
export const HELP_KINDS = [
  'couples-therapy',
  'individual-therapy',
  'sex-therapy',
  'addiction-service',
  'doctor',
] as const;
export type HelpKind = (typeof HELP_KINDS)[number];

/** The kind of help a suggestion points to: a professional, or first some skills to try together. */
export const SUGGESTION_KINDS = [...HELP_KINDS, 'skills'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

/** Why a suggestion was made; the person's own words say it gently (never "your partner…"). */
export const SIGNAL_REASONS = [
  'persistent-distress',
  'reliable-drop',
  'no-gain',
  'separation',
  'conflict-pattern',
  'betrayal',
  'sexual-pain',
  'substance-use',
  'low-mood',
  'asked',
] as const;
export type SignalReason = (typeof SIGNAL_REASONS)[number];

export type SignalRule = 'T1' | 'T2' | 'T3' | 'T4' | 'T5' | 'T6' | 'asked';

// ---------------------------------------------------------------- inputs

export interface DistressSettings {
  /** A week's pulse reading at or below this is in the distressed band (1–10). */
  pulse: { max: number };
  /** A check is below the cut-off when its mean score is under `below` and it wants at least `minGap` more (0–100). */
  check: { below: number; minGap: number };
}

export interface SignalSettings {
  distress: DistressSettings;
  reliability: { pulse: ReliabilityConfig; check: ReliabilityConfig };
}

/** One reading with its age in ISO weeks (0 = the current week). */
export interface WeekReading {
  weeksAgo: number;
  value: number;
}

/** One check result as a reading: mean "now" score and mean gap over the kinds answered. */
export interface CheckReading {
  weeksAgo: number;
  score: number | null;
  gap: number | null;
}

/** What "not applicable" looks like for the specialist list: none fit, or they would rather not say. */
export type SpecialistAnswer = readonly SpecialistNeed[] | 'prefer-not';

/** One week's private answers; each item may be left unanswered (null). */
export interface PrivateWeekAnswers {
  weeksAgo: number;
  separation: SeparationAnswer | null;
  conflict: ConflictAnswer | null;
  needs: SpecialistAnswer | null;
}

export interface SignalInputs {
  pulses: readonly WeekReading[];
  checks: readonly CheckReading[];
  answers: readonly PrivateWeekAnswers[];
  /** Weeks since the person first gave a pulse or took the check (0 when never). */
  weeksOfUse: number;
}

/** A week's pulse as one reading: the mean of its four 1–10 ratings. */
export function pulseReading(p: {
  emotional: number;
  physical: number;
  intellectual: number;
  talk: number;
}): number {
  return (p.emotional + p.physical + p.intellectual + p.talk) / 4;
}

/** A check as one reading: the mean score and mean gap over the kinds that were answered. */
export function checkReading(
  kinds: readonly { score: number | null; gap: number | null }[],
  weeksAgo: number,
): CheckReading {
  const scores = kinds.flatMap((k) => (k.score === null ? [] : [k.score]));
  const gaps = kinds.flatMap((k) => (k.gap === null ? [] : [k.gap]));
  return { weeksAgo, score: meanOrNull(scores), gap: meanOrNull(gaps) };
}

function meanOrNull(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

// ---------------------------------------------------------------- weeks

/** The Monday ("YYYY-MM-DD") of an ISO week ("2026-W09"). */
export function isoWeekMonday(week: string): string {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) throw new Error(`Not an ISO week: ${week}`);
  const year = Number(match[1]);
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const weekday = (jan4.getUTCDay() + 6) % 7;
  jan4.setUTCDate(jan4.getUTCDate() - weekday + 7 * (Number(match[2]) - 1));
  return jan4.toISOString().slice(0, 10);
}

/** Whole ISO weeks from `earlier` to `later` (negative when `earlier` is later). */
export function weeksBetween(earlier: string, later: string): number {
  const ms = Date.parse(isoWeekMonday(later)) - Date.parse(isoWeekMonday(earlier));
  return Math.round(ms / (7 * 24 * 3600 * 1000));
}

// ---------------------------------------------------------------- the rules

const inWindow = (weeksAgo: number, weeks = WINDOW_WEEKS) => weeksAgo >= 0 && weeksAgo < weeks;

export function isPulseDistressed(value: number, settings: DistressSettings): boolean {
  return value <= settings.pulse.max;
}

export function isCheckDistressed(check: CheckReading, settings: DistressSettings): boolean {
  return (
    check.score !== null &&
    check.score < settings.check.below &&
    (check.gap ?? 0) >= settings.check.minGap
  );
}

/** Checks newest first. */
function byNewest<T extends { weeksAgo: number }>(items: readonly T[]): T[] {
  return [...items].filter((i) => i.weeksAgo >= 0).sort((a, b) => a.weeksAgo - b.weeksAgo);
}

/** Readings oldest first, as summarizeChange reads them. */
function chronological(pulses: readonly WeekReading[]): number[] {
  return [...pulses]
    .filter((p) => p.weeksAgo >= 0)
    .sort((a, b) => b.weeksAgo - a.weeksAgo)
    .map((p) => p.value);
}

/**
 * T1: the pulse in the distressed band in 3 of the last 4 weeks, or the last
 * two checks (the latest still recent) both below the cut-off.
 */
export function persistentDistress(
  input: Pick<SignalInputs, 'pulses' | 'checks'>,
  settings: DistressSettings,
): boolean {
  const distressedWeeks = input.pulses.filter(
    (p) => inWindow(p.weeksAgo) && isPulseDistressed(p.value, settings),
  ).length;
  if (distressedWeeks >= WEEKS_NEEDED) return true;
  const [latest, previous] = byNewest(input.checks);
  return (
    latest !== undefined &&
    previous !== undefined &&
    inWindow(latest.weeksAgo, CHECK_FRESH_WEEKS) &&
    isCheckDistressed(latest, settings) &&
    isCheckDistressed(previous, settings)
  );
}

/** The latest pulse is recent enough to speak for now. */
function pulsesAreCurrent(pulses: readonly WeekReading[]): boolean {
  return pulses.some((p) => inWindow(p.weeksAgo));
}

/**
 * T2: the mean of the last four pulses dropped below the baseline (the first
 * readings) by at least the reliable-change threshold.
 */
export function reliableDrop(
  input: Pick<SignalInputs, 'pulses'>,
  reliability: ReliabilityConfig,
): boolean {
  if (!pulsesAreCurrent(input.pulses)) return false;
  return summarizeChange(chronological(input.pulses), reliability).verdict === 'went-down';
}

/**
 * T3: after at least 8 weeks of use, still distressed (the last four pulses'
 * mean in the band, or the latest recent check below the cut-off) with no
 * reliable gain (pulses, or the checks when there are too few pulses).
 */
export function noReliableGain(input: SignalInputs, settings: SignalSettings): boolean {
  if (input.weeksOfUse < NO_GAIN_AFTER_WEEKS) return false;
  const pulses = summarizeChange(chronological(input.pulses), settings.reliability.pulse);
  const checks = byNewest(input.checks);
  const latestCheck = checks[0];
  const checkNow =
    latestCheck !== undefined && inWindow(latestCheck.weeksAgo, CHECK_FRESH_WEEKS)
      ? latestCheck
      : undefined;
  const pulseDistressed =
    pulsesAreCurrent(input.pulses) &&
    pulses.current !== null &&
    isPulseDistressed(pulses.current, settings.distress);
  const checkDistressed = checkNow !== undefined && isCheckDistressed(checkNow, settings.distress);
  if (!pulseDistressed && !checkDistressed) return false;
  if (pulses.verdict !== 'not-enough-data') return pulses.verdict !== 'went-up';
  const firstCheck = checks.at(-1);
  if (!checkNow || !firstCheck || checks.length < 2) return false;
  if (checkNow.score === null || firstCheck.score === null) return false;
  return checkNow.score - firstCheck.score < reliableChangeThreshold(settings.reliability.check);
}

/** The most recent answered value of one item within the window (null when none). */
function latestAnswer<K extends 'separation' | 'conflict' | 'needs'>(
  answers: readonly PrivateWeekAnswers[],
  key: K,
): PrivateWeekAnswers[K] | null {
  for (const week of byNewest(answers)) {
    if (!inWindow(week.weeksAgo)) break;
    if (week[key] !== null) return week[key];
  }
  return null;
}

/** T4: the latest answer within four weeks tells of thoughts of, or steps toward, separating. */
export function separationSignal(answers: readonly PrivateWeekAnswers[]): boolean {
  const answer = latestAnswer(answers, 'separation');
  return answer === 'thoughts' || answer === 'steps';
}

/** T5: flooded, shut out or put down in arguments on most days, in most (3) of the last 4 weeks. */
export function conflictPattern(answers: readonly PrivateWeekAnswers[]): boolean {
  const weeks = new Set(
    answers.filter((a) => inWindow(a.weeksAgo) && a.conflict === 'yes').map((a) => a.weeksAgo),
  );
  return weeks.size >= WEEKS_NEEDED;
}

/** T6: what the latest answer within four weeks marked as needing a specialist. */
export function specialistNeeds(answers: readonly PrivateWeekAnswers[]): SpecialistNeed[] {
  const answer = latestAnswer(answers, 'needs');
  return answer === null || answer === 'prefer-not' ? [] : [...answer];
}

export interface RuleHit {
  rule: SignalRule;
  reason: SignalReason;
}

/**
 * Every rule that fires, most pressing first: low mood and substance use need
 * their own kind of help before anything else; then separation, betrayal and
 * sexual pain; then the patterns in the pulse and check, the conflict
 * pattern, and last a drop that may only call for a gentle check-in.
 */
export function evaluateRules(input: SignalInputs, settings: SignalSettings): RuleHit[] {
  const needs = new Set(specialistNeeds(input.answers));
  const hits: RuleHit[] = [];
  if (needs.has('low-mood')) hits.push({ rule: 'T6', reason: 'low-mood' });
  if (needs.has('substance-use')) hits.push({ rule: 'T6', reason: 'substance-use' });
  if (separationSignal(input.answers)) hits.push({ rule: 'T4', reason: 'separation' });
  if (needs.has('betrayal')) hits.push({ rule: 'T6', reason: 'betrayal' });
  if (needs.has('sexual-pain')) hits.push({ rule: 'T6', reason: 'sexual-pain' });
  if (persistentDistress(input, settings.distress))
    hits.push({ rule: 'T1', reason: 'persistent-distress' });
  if (noReliableGain(input, settings)) hits.push({ rule: 'T3', reason: 'no-gain' });
  if (conflictPattern(input.answers)) hits.push({ rule: 'T5', reason: 'conflict-pattern' });
  if (reliableDrop(input, settings.reliability.pulse))
    hits.push({ rule: 'T2', reason: 'reliable-drop' });
  return hits;
}

// ---------------------------------------------------------------- the suggestion

const KIND_BY_REASON: Record<SignalReason, SuggestionKind> = {
  'persistent-distress': 'couples-therapy',
  'reliable-drop': 'couples-therapy',
  'no-gain': 'couples-therapy',
  separation: 'couples-therapy',
  'conflict-pattern': 'couples-therapy',
  betrayal: 'couples-therapy',
  'sexual-pain': 'sex-therapy',
  'substance-use': 'addiction-service',
  'low-mood': 'doctor',
  asked: 'couples-therapy',
};

/**
 * The kind of help for this person now. Someone the private screen routed
 * elsewhere (S1/S2) is never pointed to couples therapy, couple skills or a
 * sex therapist seen as a couple: help for themselves instead.
 */
export function kindFor(kind: SuggestionKind, route: Route): SuggestionKind {
  if (mayOfferCoupleActivities(route)) return kind;
  if (kind === 'addiction-service' || kind === 'doctor') return kind;
  if (kind === 'sex-therapy') return 'doctor';
  return 'individual-therapy';
}

export interface Candidate {
  rule: SignalRule;
  reason: SignalReason;
  /** The kind before the safety routing is applied; see kindFor. */
  kind: SuggestionKind;
}

/**
 * At most one suggestion from the rules that fire: the most pressing one.
 * A conflict pattern brings skills first, and therapy when it is still there
 * the next time (`earlierReasons`: reasons of suggestions already made).
 */
export function pickCandidate(
  hits: readonly RuleHit[],
  earlierReasons: readonly SignalReason[],
): Candidate | null {
  const first = hits[0];
  if (!first) return null;
  const skillsFirst = first.reason === 'conflict-pattern' && !earlierReasons.includes(first.reason);
  return { ...first, kind: skillsFirst ? 'skills' : KIND_BY_REASON[first.reason] };
}

/** "We have tried on our own and it is not improving", said by the person themselves. */
export const ASKED: Candidate = { rule: 'asked', reason: 'asked', kind: KIND_BY_REASON.asked };

/** The latest suggestion made to a person, with what they did with it. */
export interface StoredSuggestion {
  id: string;
  reason: SignalReason;
  shownAt: Date;
  dismissedAt: Date | null;
  /** "Remind me in a month": nothing is shown until then, and then this one again. */
  snoozedUntil: Date | null;
}

export type SignalDecision =
  | { action: 'keep'; id: string }
  | { action: 'create' }
  | { action: 'none' };

/**
 * What to show now, given the latest suggestion and whether a rule fires.
 * An open suggestion stays for up to four weeks while a rule still fires
 * (one the person asked for stays regardless); a snooze holds everything,
 * then brings the same one back; a new one comes at most four weeks after
 * the last was shown.
 */
export function decideSuggestion(
  now: Date,
  latest: StoredSuggestion | null,
  firing: boolean,
): SignalDecision {
  if (!latest) return firing ? { action: 'create' } : { action: 'none' };
  const t = now.getTime();
  const shown = latest.shownAt.getTime();
  const snoozed = latest.snoozedUntil?.getTime() ?? null;
  const open = latest.dismissedAt === null;
  if (open && snoozed !== null) {
    if (t < snoozed) return { action: 'none' };
    if (t < snoozed + CYCLE_MS) return { action: 'keep', id: latest.id };
  }
  if (open && snoozed === null && t < shown + CYCLE_MS && (firing || latest.reason === 'asked')) {
    return { action: 'keep', id: latest.id };
  }
  const lastShown = snoozed !== null && snoozed <= t ? Math.max(shown, snoozed) : shown;
  return firing && t >= lastShown + CYCLE_MS ? { action: 'create' } : { action: 'none' };
}
