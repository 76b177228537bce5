/**
 * The private screen each person answers alone (rules S1, S2). The answers
 * themselves are never stored; only the minimal routing flag, where the
 * person chose: in their account, on their device (the server keeps nothing),
 * or for this session only. Nothing here reaches the partner.
 */
import {
  nextScreenDue,
  type Route,
  routeFromAnswers,
  type ScreenAnswer,
} from '../../../core/private-screen';
import type { PrivateScreenView } from '../../../shared/program-api';
import { setSessionRoute } from '../../auth/sessions';
import type { AuthContext } from '../../lib/auth-context';
import { DomainError } from '../../lib/errors';
import { findMilestone, recordMilestone } from '../../tables/milestones';
import type { ServiceDeps } from '../deps';
import { setAccountRoute } from './personal.repository';

export const SCREEN_TAKEN = 'screen-taken';

export type Remember = 'account' | 'device' | 'none';

/** Whether it is time to offer the screen (never taken, or six weeks since). */
export function isScreenDue(takenAt: string | undefined, now: Date): boolean {
  return takenAt === undefined || nextScreenDue(new Date(takenAt)).getTime() <= now.getTime();
}

export async function getScreen(
  deps: Pick<ServiceDeps, 'db' | 'catalog' | 'clock'>,
  auth: AuthContext,
): Promise<PrivateScreenView> {
  const screen = deps.catalog.privateScreen;
  const takenAt = await findMilestone(deps.db, auth.user.id, SCREEN_TAKEN);
  return {
    version: screen.version,
    intro: screen.intro,
    questions: screen.questions.map((q) => ({ id: q.id, text: q.text, group: q.group })),
    due: isScreenDue(takenAt, deps.clock.now()),
    route: auth.route,
    kept: auth.routeKept,
  };
}

/** Routes the person from their answers and keeps the flag only where they chose. */
export async function submitScreen(
  deps: Pick<ServiceDeps, 'db' | 'catalog' | 'clock'>,
  auth: AuthContext,
  answers: Record<string, ScreenAnswer>,
  remember: Remember,
): Promise<{ route: Route; remember: Remember }> {
  const questions = deps.catalog.privateScreen.questions;
  const known = new Set(questions.map((q) => q.id));
  const unknown = Object.keys(answers).find((id) => !known.has(id));
  if (unknown)
    throw new DomainError('validation_failed', 'The request is not valid: unknown question.');
  const route = routeFromAnswers(questions, answers);
  const flag = route === 'together' ? null : route;
  const nowIso = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await setAccountRoute(trx, auth.user.id, remember === 'account' ? flag : null, nowIso);
    await setSessionRoute(trx, auth.sessionId, remember === 'none' ? flag : null);
    await recordMilestone(trx, auth.user.id, SCREEN_TAKEN, nowIso);
  });
  return { route, remember };
}

/** Forgets the flag wherever the server kept it. */
export async function forgetScreenRoute(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  auth: AuthContext,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await setAccountRoute(trx, auth.user.id, null, deps.clock.now().toISOString());
    await setSessionRoute(trx, auth.sessionId, null);
  });
}
