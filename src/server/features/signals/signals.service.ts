/**
 * When to suggest professional help, for the person asking and from their own
 * data only: their pulses, their checks and their private weekly answers run
 * through the rules in core/therapy-signals.ts. A suggestion is made at most
 * once every four weeks, shown only to them, and can be set aside ("Not now")
 * or snoozed for a month. Nothing here emits an event or touches anything the
 * partner reads.
 */
import { addDays, isoWeek, isoWeekAt, localDay } from '../../../core/calendar';
import {
  ASKED,
  type Candidate,
  CYCLE_DAYS,
  checkReading,
  decideSuggestion,
  evaluateRules,
  kindFor,
  type PrivateWeekAnswers,
  pickCandidate,
  pulseReading,
  SIGNAL_REASONS,
  type SignalInputs,
  type SignalReason,
  type SignalSettings,
  SUGGESTION_KINDS,
  type SuggestionKind,
  WINDOW_WEEKS,
  weeksBetween,
} from '../../../core/therapy-signals';
import {
  type PrivateWeek,
  type PrivateWeekBody,
  privateWeekBodySchema,
  type Signals,
} from '../../../shared/signals-api';
import { writeEpochOf } from '../../db/database';
import type { AuthContext } from '../../lib/auth-context';
import { notFound } from '../../lib/errors';
import { newId } from '../../lib/tokens';
import { listCheckResults, parseStoredResult } from '../check/check.queries';
import type { ServiceDeps } from '../deps';
import { listPulsesOf } from '../progress/progress.queries';
import {
  deleteAnswers,
  findAnswers,
  findLatestSuggestion,
  findSuggestion,
  insertSuggestion,
  listAnswers,
  listSuggestionReasons,
  type SuggestionRow,
  updateSuggestion,
  upsertAnswers,
} from './signals.repository';

type Deps = Pick<ServiceDeps, 'db' | 'clock' | 'catalog'>;

const DAY_MS = 24 * 3600 * 1000;

/** The ISO week of "now" in the person's own time zone, like the pulse. */
function weekOf(deps: Pick<ServiceDeps, 'clock'>, auth: AuthContext): string {
  return isoWeekAt(deps.clock.now(), auth.user.timeZone);
}

/** The rules' settings, all from the versioned check settings. */
export function signalSettingsOf(catalog: ServiceDeps['catalog']): SignalSettings {
  const { distress, reliability } = catalog.checkSettings;
  return {
    distress,
    reliability: {
      pulse: { version: reliability.version, ...reliability.pulse },
      check: { version: reliability.version, ...reliability.check },
    },
  };
}

/** Stored answers, read back through the request schema (never cast). */
export function parseAnswers(json: string): PrivateWeekBody {
  return privateWeekBodySchema.parse(JSON.parse(json));
}

/** Everything the rules read, all of it the person's own. */
async function gatherInputs(deps: Deps, auth: AuthContext): Promise<SignalInputs> {
  const now = deps.clock.now();
  const { id: userId, timeZone } = auth.user;
  const week = isoWeekAt(now, timeZone);
  const firstWeekOfWindow = isoWeek(addDays(localDay(now, timeZone), -7 * (WINDOW_WEEKS - 1)));
  const [pulses, checks, answers] = await Promise.all([
    listPulsesOf(deps.db, userId),
    listCheckResults(deps.db, userId),
    listAnswers(deps.db, userId, firstWeekOfWindow),
  ]);
  const pulseReadings = pulses.map((p) => ({
    weeksAgo: weeksBetween(p.week, week),
    value: pulseReading({
      emotional: Number(p.emotional),
      physical: Number(p.physical),
      intellectual: Number(p.intellectual),
      talk: Number(p.talk),
    }),
  }));
  const checkReadings = checks.map((row) =>
    checkReading(
      parseStoredResult(row.result).kinds,
      weeksBetween(isoWeekAt(new Date(row.taken_at), timeZone), week),
    ),
  );
  const privateAnswers: PrivateWeekAnswers[] = answers.map((row) => ({
    weeksAgo: weeksBetween(row.week, week),
    ...parseAnswers(row.answers),
  }));
  const ages = [...pulseReadings, ...checkReadings].map((r) => r.weeksAgo);
  return {
    pulses: pulseReadings,
    checks: checkReadings,
    answers: privateAnswers,
    weeksOfUse: ages.length > 0 ? Math.max(0, ...ages) : 0,
  };
}

function isReason(value: string): value is SignalReason {
  return (SIGNAL_REASONS as readonly string[]).includes(value);
}

function isKind(value: string): value is SuggestionKind {
  return (SUGGESTION_KINDS as readonly string[]).includes(value);
}

/** A stored suggestion as the person sees it: its kind fitted to their own safety routing. */
function present(row: SuggestionRow, auth: AuthContext): Signals {
  if (!isReason(row.reason) || !isKind(row.kind)) return { suggestion: null };
  return { suggestion: { id: row.id, reason: row.reason, kind: kindFor(row.kind, auth.route) } };
}

/** Adds a suggestion after `latest`; when another request added one first, that one stands. */
async function addSuggestion(
  deps: Deps,
  auth: AuthContext,
  latest: SuggestionRow | undefined,
  candidate: Candidate,
): Promise<Signals> {
  const row = {
    id: newId(),
    userId: auth.user.id,
    seq: (latest?.seq ?? 0) + 1,
    rule: candidate.rule,
    reason: candidate.reason,
    kind: candidate.kind,
    shownAt: deps.clock.now().toISOString(),
  };
  if (!(await insertSuggestion(deps.db, row))) {
    const winner = await findLatestSuggestion(deps.db, auth.user.id);
    return winner ? present(winner, auth) : { suggestion: null };
  }
  return present(
    {
      id: row.id,
      seq: row.seq,
      rule: row.rule,
      reason: row.reason,
      kind: row.kind,
      shown_at: row.shownAt,
      dismissed_at: null,
      snoozed_until: null,
    },
    auth,
  );
}

function toStored(row: SuggestionRow) {
  return {
    id: row.id,
    reason: isReason(row.reason) ? row.reason : ('asked' as const),
    shownAt: new Date(row.shown_at),
    dismissedAt: row.dismissed_at ? new Date(row.dismissed_at) : null,
    snoozedUntil: row.snoozed_until ? new Date(row.snoozed_until) : null,
  };
}

/** What the rules read and decide from; every table is the person's own data. */
const SIGNAL_TABLES = ['pulses', 'check_results', 'signal_answers', 'signal_suggestions'] as const;

interface RulesOutcome {
  candidate: Candidate | null;
  latest: SuggestionRow | undefined;
}

interface Memo extends RulesOutcome {
  epoch: number;
  week: string;
  timeZone: string;
}

/** Per database, per person; at most MEMO_LIMIT people are kept (then it starts over). */
const memos = new WeakMap<Deps['db'], Map<string, Memo>>();
const MEMO_LIMIT = 10_000;

/**
 * The rules' outcome for me this week. Today asks on every open, and the
 * inputs change only with a write to the tables above: on SQLite the outcome
 * is kept until one of them is written or the week (in my time zone) turns;
 * on PostgreSQL, where other instances write too, it is worked out each time.
 */
async function rulesOutcome(deps: Deps, auth: AuthContext): Promise<RulesOutcome> {
  const epochOf = writeEpochOf(deps.db);
  const epoch = epochOf?.(SIGNAL_TABLES);
  const week = weekOf(deps, auth);
  const { id: userId, timeZone } = auth.user;
  let byPerson = memos.get(deps.db);
  const kept = byPerson?.get(userId);
  if (
    kept &&
    epoch !== undefined &&
    kept.epoch === epoch &&
    kept.week === week &&
    kept.timeZone === timeZone
  ) {
    return kept;
  }
  const [inputs, latest, reasons] = await Promise.all([
    gatherInputs(deps, auth),
    findLatestSuggestion(deps.db, userId),
    listSuggestionReasons(deps.db, userId),
  ]);
  const candidate = pickCandidate(
    evaluateRules(inputs, signalSettingsOf(deps.catalog)),
    reasons.filter(isReason),
  );
  if (epoch !== undefined) {
    if (!byPerson || byPerson.size >= MEMO_LIMIT) {
      byPerson = new Map();
      memos.set(deps.db, byPerson);
    }
    byPerson.set(userId, { candidate, latest, epoch, week, timeZone });
  }
  return { candidate, latest };
}

/**
 * My current suggestion, if any: the rules run on my own data; a new one is
 * made (and so "shown") only when the four weeks since the last have passed.
 */
export async function currentSuggestion(deps: Deps, auth: AuthContext): Promise<Signals> {
  const { candidate, latest } = await rulesOutcome(deps, auth);
  const decision = decideSuggestion(
    deps.clock.now(),
    latest ? toStored(latest) : null,
    candidate !== null,
  );
  if (decision.action === 'keep' && latest) return present(latest, auth);
  if (decision.action === 'create' && candidate)
    return addSuggestion(deps, auth, latest, candidate);
  return { suggestion: null };
}

/** "We have tried on our own and it is not improving": the same help, now, whatever the rules say. */
export async function sayWeTried(deps: Deps, auth: AuthContext): Promise<Signals> {
  const latest = await findLatestSuggestion(deps.db, auth.user.id);
  return addSuggestion(deps, auth, latest, ASKED);
}

async function requireMine(deps: Deps, auth: AuthContext, id: string): Promise<SuggestionRow> {
  const row = await findSuggestion(deps.db, auth.user.id, id);
  if (!row) throw notFound();
  return row;
}

/** "Not now": this suggestion goes; a new one may come four weeks after it was shown. */
export async function dismissSuggestion(
  deps: Deps,
  auth: AuthContext,
  id: string,
): Promise<Signals> {
  const row = await requireMine(deps, auth, id);
  await updateSuggestion(deps.db, auth.user.id, row.id, {
    dismissed_at: deps.clock.now().toISOString(),
    snoozed_until: row.snoozed_until,
  });
  return currentSuggestion(deps, auth);
}

/** "Remind me in a month": nothing until then, and then this one again. */
export async function snoozeSuggestion(
  deps: Deps,
  auth: AuthContext,
  id: string,
): Promise<Signals> {
  const row = await requireMine(deps, auth, id);
  const until = new Date(deps.clock.now().getTime() + CYCLE_DAYS * DAY_MS);
  await updateSuggestion(deps.db, auth.user.id, row.id, {
    dismissed_at: null,
    snoozed_until: until.toISOString(),
  });
  return currentSuggestion(deps, auth);
}

/** My answers for this week, if I gave any. */
export async function getPrivateWeek(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  auth: AuthContext,
): Promise<PrivateWeek> {
  const week = weekOf(deps, auth);
  const row = await findAnswers(deps.db, auth.user.id, week);
  return { week, mine: row ? parseAnswers(row.answers) : null };
}

/** Saves this week's answers; answering nothing at all keeps nothing. */
export async function savePrivateWeek(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  auth: AuthContext,
  body: PrivateWeekBody,
): Promise<PrivateWeek> {
  const week = weekOf(deps, auth);
  if (body.separation === null && body.conflict === null && body.needs === null) {
    await deleteAnswers(deps.db, auth.user.id, week);
    return { week, mine: null };
  }
  await upsertAnswers(deps.db, {
    userId: auth.user.id,
    week,
    answers: JSON.stringify(body),
    nowIso: deps.clock.now().toISOString(),
  });
  return { week, mine: body };
}
