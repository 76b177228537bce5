/**
 * The intimacy check: our own statements rated "now" and "would like", the
 * causes that weigh on me and the signs I notice. Results are private; a
 * comparison with my partner exists only while both of us opt in.
 */
import { localDay } from '../../../core/calendar';
import { scoreCheck } from '../../../core/scoring';
import type {
  CheckDefinition,
  CheckResponseBody,
  CheckResultView,
} from '../../../shared/program-api';
import type { AuthContext } from '../../lib/auth-context';
import { DomainError, notFound } from '../../lib/errors';
import { newId } from '../../lib/tokens';
import type { ServiceDeps } from '../deps';
import {
  findLatestCheckResult,
  insertCheckResult,
  listCheckResults,
  parseStoredResult,
} from './check.repository';
import { isMutuallyShared } from './sharing.service';

/** A gentle re-check is suggested five weeks after the last (within the 4–6 week window). */
export const RECHECK_AFTER_DAYS = 35;

export function nextCheckAt(lastTakenAt: string | undefined): string | null {
  if (!lastTakenAt) return null;
  return new Date(Date.parse(lastTakenAt) + RECHECK_AFTER_DAYS * 24 * 3600 * 1000).toISOString();
}

export function getCheckDefinition(deps: Pick<ServiceDeps, 'catalog'>): CheckDefinition {
  const { checkItems, checkSettings } = deps.catalog;
  return {
    version: checkSettings.version,
    items: checkItems.map((i) => ({ id: i.id, kind: i.kinds[0] ?? 'emotional', text: i.text })),
    causes: checkSettings.causes,
    signs: checkSettings.signs,
  };
}

function invalid(message: string): DomainError {
  return new DomainError('validation_failed', `The request is not valid: ${message}`);
}

/** Scores my answers and keeps the result, privately. */
export async function submitCheck(
  deps: Pick<ServiceDeps, 'db' | 'catalog' | 'clock'>,
  auth: AuthContext,
  body: CheckResponseBody,
): Promise<CheckResultView> {
  const definition = getCheckDefinition(deps);
  const items = new Map(definition.items.map((i) => [i.id, i]));
  const causes = new Map(definition.causes.map((c) => [c.id, c]));
  const signs = new Set(definition.signs.map((s) => s.id));
  const answered = Object.entries(body.items);
  if (answered.length === 0) throw invalid('answer at least one statement.');
  const itemAnswers = answered.map(([id, a]) => {
    const item = items.get(id);
    if (!item) throw invalid(`unknown statement "${id}".`);
    return { kind: item.kind, now: a.now, wish: a.wish };
  });
  const causeAnswers = Object.entries(body.causes).map(([id, weight]) => {
    const cause = causes.get(id);
    if (!cause) throw invalid(`unknown cause "${id}".`);
    return { cause: id, group: cause.group, weight };
  });
  for (const sign of body.signs) if (!signs.has(sign)) throw invalid(`unknown sign "${sign}".`);
  const result = scoreCheck(itemAnswers, causeAnswers, body.signs);
  const id = newId();
  const takenAt = deps.clock.now().toISOString();
  await insertCheckResult(deps.db, {
    id,
    userId: auth.user.id,
    coupleId: auth.couple?.id ?? null,
    version: definition.version,
    answers: JSON.stringify(body),
    result: JSON.stringify(result),
    takenAt,
  });
  return { id, takenAt, version: definition.version, ...result };
}

function presentResult(row: {
  id: string;
  version: string;
  result: string;
  taken_at: string;
}): CheckResultView {
  const result = parseStoredResult(row.result);
  return { id: row.id, takenAt: row.taken_at, version: row.version, ...result };
}

export async function getMyResults(deps: Pick<ServiceDeps, 'db'>, auth: AuthContext) {
  const rows = await listCheckResults(deps.db, auth.user.id);
  return { results: rows.map(presentResult), nextCheckAt: nextCheckAt(rows[0]?.taken_at) };
}

/**
 * Both latest results of this couple side by side, only while both partners
 * opt in. Otherwise the answer is the same as for something that does not
 * exist. What the partner sees is dated to the day, never the moment.
 */
export async function getComparison(deps: Pick<ServiceDeps, 'db'>, auth: AuthContext) {
  const couple = auth.couple;
  if (!couple || !(await isMutuallyShared(deps, auth, 'check'))) throw notFound();
  const [mine, theirs] = await Promise.all([
    findLatestCheckResult(deps.db, auth.user.id, couple.id),
    findLatestCheckResult(deps.db, couple.partnerId, couple.id),
  ]);
  if (!mine || !theirs) throw notFound();
  const toDay = (row: typeof mine) => ({
    ...presentResult(row),
    takenAt: localDay(new Date(row.taken_at), couple.timeZone),
  });
  return { me: toDay(mine), partner: toDay(theirs), partnerName: couple.partnerName };
}
